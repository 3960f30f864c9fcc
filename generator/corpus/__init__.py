"""The corpus stage: runs once over every article's draft (``link.link``).

Slugs, the actor and theme indexes, related articles, same-event groups, the merged timeline and
duplicates. Everything works from per-article records and indexes, never all pairs.
"""
