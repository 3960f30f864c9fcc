"""Briefing: turn a folder of saved news articles into a searchable briefing site."""
