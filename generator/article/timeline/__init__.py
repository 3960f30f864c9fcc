"""One article's dated events (``events.extract_events``), resolved against the article's own date."""
