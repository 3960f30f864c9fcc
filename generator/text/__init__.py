"""Text utilities every stage shares: folding, tokens, slugs, stems, stopwords and stable orderings."""
