"""How much one generated page may hold, so that no page grows with the corpus (the scale issue).

The budget is 300 KB of built HTML per page. Material's chrome takes 14-23 KB of that (more on
pages with many headings, whose table of contents is longer). A list longer than its page
size continues on further pages whose boundaries its entries choose (``generator.render.paging``:
stable paging, so one added entry rewrites the page that receives it, not every later page); each
size below is the most a page holds (pages average about half of it), and a list that fits keeps
its one page at its usual path, so a small corpus gets the same pages as before.

Each size keeps a page of typical entries under about 100 KB, and a page whose every entry is
as long as the per-entry caps allow (600-character sentences, 120-character titles, the most
links) under the budget. The sizes in brackets are the built HTML per entry measured with
MkDocs Material on 2,000 synthetic articles (``benchmarks/synth.py``); the largest page there
was 105 KB.
"""

from __future__ import annotations

# --- the list of all articles (articles/index.md, articles/months/<yyyy-mm>.md) ---
ARTICLES_ON_INDEX = 50  # newest articles on articles/index.md; a corpus this small lists nothing else
ARTICLES_PER_PAGE = 200  # table rows on a month or undated page, and rows on an outlet's page [0.2 KB]

# --- actors and themes ---
ACTORS_PER_TYPE_ON_INDEX = 30  # most-covered actors of each type on actors/index.md
ACTORS_PER_PAGE = 400  # rows of a type's full list, actors/types/<type>.md [0.1 KB]
APPEARANCES_PER_PAGE = 100  # articles with their sentence on an actor or theme page [0.4 KB]
QUOTES_ON_ACTOR_PAGE = 20  # newest quotes on an actor's page; all of them are on quotes.md
ROLES_ON_ACTOR_PAGE = 30  # roles and titles on an actor's page (reached at 2,000 articles)

# --- corpus-wide views ---
QUOTES_PER_PAGE = 200  # quotes.md [0.3 KB]
TIMELINE_PER_PAGE = 100  # timeline.md [0.4 KB; up to 2.4 KB with MENTIONS_PER_ENTRY links]
MENTIONS_PER_ENTRY = 8  # article links of one timeline entry (one event 347 articles reported: 38 KB)
EVENTS_PER_PAGE = 200  # same-event groups on events/index.md [0.2 KB]
OUTLETS_ON_EVENT_PAGE = 8  # columns of one same-event comparison table [2 KB]
EVENT_TITLE_MAX = 200  # characters of an event's title: a long chain of reports has many participants
SOURCES_PER_PAGE = 20  # outlets on sources/index.md, each with ARTICLES_PER_SOURCE_ON_INDEX rows [0.2 KB]
ARTICLES_PER_SOURCE_ON_INDEX = 10  # an outlet's newest articles on sources/index.md

# --- the build report (report.md) ---
REPORT_ARTICLES_PER_PAGE = 20  # per-article sections, at most 12 removed lines each [2.5 KB]
REPORT_LIST_MAX = 100  # entries of each summary list [0.2 KB]; `python -m generator check` prints all

# --- one entry ---
MAX_SENTENCE = 600  # characters of a sentence, quote or claim shown in a list; longer ones are cut

MAX_ON_LIST = 200  # characters of a sentence in a list of articles (an actor's appearances)
SUMMARY_ON_LIST = 160  # characters of the one-line summary of an article in a list
DESCRIPTION_ON_LIST = 120  # characters of an actor's description on actors/index.md

# --- the home page, the feed and the network drawing ---
LATEST_ON_HOME = 10
TOP_ON_HOME = 8
TOP_STORIES = 4  # same-event groups shown as cards on the home page
TIMELINE_ON_HOME = 5
FEED_ENTRIES = 50  # newest articles in feed.xml, each with a summary of at most 60 words
NETWORK_NODES = 12  # actors drawn in actors-network.svg: more labels do not fit a phone's width
