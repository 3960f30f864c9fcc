"""Per-article stage: ``SourceDoc`` -> ``Extracted`` (draft and body; pure, independent per file, cacheable)."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.article.actors.find import find_actors
from generator.article.clean import clean
from generator.article.event_sentences import event_sentences
from generator.article.extract import extract_metadata
from generator.article.html import HtmlArticle, html_article
from generator.article.incidents import incident_keys
from generator.article.items import SKIPPED_KINDS
from generator.article.markdown import markdown_cleaned
from generator.article.records import REMOVED_KEPT, Basis, Cleaned, Draft, Evidence, Extracted, Metadata, Role
from generator.article.signature import content_terms, text_signature
from generator.article.summary import opening_stamps, summary
from generator.article.themes import assign_themes
from generator.article.timeline.events import extract_events
from generator.knowledge import Knowledge
from generator.read.htmlmeta import HtmlMeta
from generator.read.records import Provided, Skipped, SourceDoc

_WORD_RE = re.compile(r"\w+(?:['’-]\w+)*")
# An article body shorter than this is not an article (a cookie wall, an error page).
MIN_BODY_WORDS = 20


def count_words(cleaned: Cleaned) -> int:
    """Words in the body blocks (the title is not counted)."""
    return sum(len(_WORD_RE.findall(item)) for block in cleaned.blocks for item in block.items)


def apply_provided(meta: Metadata, provided: Provided, origin: str = "sidecar") -> Metadata:
    """Owner-provided values override extracted ones and are marked ``provided``."""
    evidence = dict(meta.evidence)
    changes: dict[str, object] = {}
    for name in ("title", "source", "authors", "date", "url", "language"):
        value = getattr(provided, name)
        if value is None:
            continue
        changes[name] = value
        evidence[name] = Evidence(Basis.PROVIDED, origin)
    if "date" in changes:
        changes["date_basis"] = Basis.PROVIDED
    return replace(meta, **changes, evidence=tuple(sorted(evidence.items())))  # type: ignore[arg-type]


def apply_page(meta: Metadata, page: HtmlMeta) -> Metadata:
    """The address and language the page's own markup states; they are ``explicit``."""
    evidence = dict(meta.evidence)
    changes: dict[str, object] = {}
    if page.url:
        changes["url"], evidence["url"] = page.url, Evidence(Basis.EXPLICIT, "canonical link")
    # <html lang> is often a template default: it is used only where the text does not contradict it.
    if page.language and meta.language in ("und", page.language):
        changes["language"] = page.language
        evidence["language"] = Evidence(Basis.EXPLICIT, f"html lang={page.language}")
    return replace(meta, **changes, evidence=tuple(sorted(evidence.items())))  # type: ignore[arg-type]


def retrieved_evidence(meta: Metadata, page: HtmlMeta | None, provided: Provided) -> Metadata:
    """Set when the page was saved (``meta.retrieved``) with its evidence.

    The owner's ``retrieved`` key wins over a SingleFile "saved date" comment in the page.
    """
    owner = provided.retrieved
    found = (owner, Basis.PROVIDED) if owner else (page.retrieved, Basis.EXPLICIT) if page else (None, Basis.UNKNOWN)
    if found[0] is None:
        return meta
    evidence = {**dict(meta.evidence), "retrieved": Evidence(found[1], found[0].isoformat())}
    return replace(meta, retrieved=found[0], evidence=tuple(sorted(evidence.items())))


# Lines later stages still read: the removed ones (build report, provenance note). The body is
# in the blocks; keeping every line of every article would double the corpus in memory.
_KEPT_ROLES = frozenset({Role.BOILERPLATE, Role.EMBED})


def slim(cleaned: Cleaned) -> Cleaned:
    """``cleaned`` with only the lines the corpus-wide stages use."""
    return replace(cleaned, lines=tuple(line for line in cleaned.lines if line.role in _KEPT_ROLES), rules=None)


def read_article(doc: SourceDoc, knowledge: Knowledge) -> tuple[Cleaned, HtmlArticle | None]:
    """The article found in ``doc`` and, for a saved page, the page it was read from."""
    page = html_article(doc.text, knowledge.boilerplate) if doc.fmt == "html" else None
    # The owner wrote a Markdown note: no boilerplate cleaning; a saved page is cleaned by trafilatura.
    if page:
        if count_words(page.cleaned) < MIN_BODY_WORDS <= count_words(page.page):
            # Markup trafilatura reads no article from (a layout built of scripts or bare divs): the page's
            # visible text as the text cleaner reads it, under the title the markup states.
            return replace(page.page, title=page.cleaned.title or page.page.title), page
        return page.cleaned, page
    if doc.fmt == "md":
        return markdown_cleaned(doc.text, knowledge.languages.byline), None
    return clean(doc.text, knowledge.boilerplate, knowledge.cleaner), None


def _stated_lines(meta: Metadata) -> frozenset[str]:
    """The lines the article's authors and date were read from (the text they stand on), on one line each."""
    texts = (meta.basis_of(field).text for field in ("authors", "date"))
    return frozenset(" ".join(t.split()) for t in texts if t)


def process(doc: SourceDoc, knowledge: Knowledge) -> Extracted | Skipped:
    """Clean one document and extract everything the corpus stage needs, or say why it is not an article."""
    cleaned, page = read_article(doc, knowledge)
    words = count_words(cleaned)
    if words < MIN_BODY_WORDS:
        if any(line.role.value == "boilerplate" for line in cleaned.lines) and words == 0:
            return Skipped(doc.seed, "nothing but page chrome: no article text found")
        where = " in the HTML page" if page else ""
        return Skipped(doc.seed, f"no article text found{where} ({words} words of body text)")
    meta = extract_metadata(cleaned, knowledge, page, doc.provided.url)
    if page:
        meta = apply_page(meta, page.meta)
    origin = "front matter or sidecar" if doc.fmt == "md" else "sidecar"
    meta = retrieved_evidence(apply_provided(meta, doc.provided, origin), page.meta if page else None, doc.provided)
    found = find_actors(cleaned, knowledge.registry, meta.language)
    byline = knowledge.languages.byline
    stamps = opening_stamps(cleaned, _stated_lines(meta), lambda t: bool(byline.match(t)))
    body = slim(cleaned)
    removed = tuple((line.number, line.text, line.reason or line.role.value) for line in body.lines)
    draft = Draft(
        seed=doc.seed,
        meta=meta,
        word_count=words,
        truncated=doc.truncated or (page is not None and page.truncated),
        encoding=doc.encoding,
        found=found,
        theme_scores=assign_themes(cleaned, found, knowledge.taxonomy),
        incidents=incident_keys(cleaned, found, knowledge.incidents.for_language(meta.language)),
        events=extract_events(cleaned, meta.date, knowledge.timeline.for_language(meta.language), stamps),
        signature=text_signature("\n".join(item for block in cleaned.blocks for item in block.items)),
        summary=summary(cleaned, skipped=stamps),
        event_sentences=event_sentences(cleaned, found, knowledge.incidents.for_language(meta.language)),
        removed=removed[:REMOVED_KEPT],
        removed_count=len(removed),
        terms=content_terms(
            meta.title,
            [item for block in cleaned.blocks if block.kind not in SKIPPED_KINDS for item in block.items],
            [a.name for a in found.actors if a.type.value != "country"],
        ),
    )
    return Extracted(draft, body)
