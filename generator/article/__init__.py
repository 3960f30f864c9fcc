"""The per-article stage: everything that runs once per input file, cached and in worker processes.

``process`` (``generator.article.process``) turns one ``SourceDoc`` into a ``Draft``: clean,
metadata, actors, themes, incident keys, timeline events, signature, summary and the sentences
that tell incidents (``event_sentences``).
"""
