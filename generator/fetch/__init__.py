"""Add articles from the web: ``add URL`` and ``fetch`` (feeds listed in ``feeds.yml``).

The only part of the generator that uses the network. ``client`` (with ``guard`` and ``robots``)
makes polite, bounded, checked requests; ``feeds``/``items``/``topic`` read the owner's feed list,
parse feeds and pick the items on topic; ``known`` tells what the seeds folder already has;
``store`` writes a fetched page and its sidecar into it; ``run`` drives ``fetch``; ``state``
remembers feed validators and seen items between runs; ``commands``/``options`` are the CLI side.
"""
