"""Corpus-wide stage: slugs, actor and theme indexes, duplicates (see ``corpus.link``)."""
