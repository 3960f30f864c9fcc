"""The timeline (issue #5): dated events from the articles' sentences, merged across articles.

``extract_events`` runs per article (pure, cached with the article); ``build_timeline`` runs once
over the corpus. Rendering lives in ``generator.render.timeline``.
"""

from generator.timeline.events import extract_events
from generator.timeline.merge import build_timeline
from generator.timeline.records import ArticleEvents, Entry, Event, Location, Mention, Timeline

__all__ = ["ArticleEvents", "Entry", "Event", "Location", "Mention", "Timeline", "build_timeline", "extract_events"]
