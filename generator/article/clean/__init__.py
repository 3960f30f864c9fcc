"""Cleaning stage: find the article (title and body blocks) inside a noisy plain-text page.

The rules (``features``, ``span``, ``roles``, ``title``) give every line a role; when the knowledge
holds a fitted and enabled cleaner model (``generator/knowledge/data/cleaner_model.json``, made by
``make train``), ``learned`` then re-decides which lines are article text from the rules' own
decisions and the lines around them, for every page or only for the languages the model file lists
(the page's language told from the rules' body text). Without a model the rules' roles stand.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from generator.article.clean import embeds, figures, learned, promos, span, title
from generator.article.clean.blocks import build, tidy
from generator.article.clean.embeds import Embeds
from generator.article.clean.features import Info, Quality, analyse, code_lines, prose_rate, rewrap
from generator.article.clean.headlines import Candidate
from generator.article.clean.roles import Assigned, Layout, assign
from generator.article.records import Block, Cleaned, Line, Role
from generator.knowledge.boilerplate import Phrases
from generator.knowledge.cleaner import CleanerModel

__all__ = ["Block", "Cleaned", "Line", "Role", "Ruled", "clean", "finish", "from_rules", "page_language", "rules"]

_CONSENT_LINES = 2  # a cookie-consent notice has at least this many lines about cookies and the reader
_RELAX_BELOW = 0.04  # pages with fewer known stopwords are in a language we have no list for


@dataclass(frozen=True, eq=False)
class Ruled:
    """What the rules made of one page: per-line features, roles, embeds and the article's layout."""

    infos: list[Info]
    roles: Assigned
    found: Embeds
    lay: Layout
    stated: int | None  # the headline line the page states elsewhere (``title.stated``)


def clean(text: str, phrases: Phrases, model: CleanerModel | None = None) -> Cleaned:
    """Title, body blocks and per-line roles of one page of text (``phrases``: the boilerplate data;
    ``model``: the fitted cleaner, used when it is enabled; None: the rules alone)."""
    return from_rules(rules(text, phrases), model)


def from_rules(ruled: Ruled, model: CleanerModel | None = None) -> Cleaned:
    """The cleaned page from the rules' decisions and ``model`` (see ``clean``); with a fitted model
    the title carries the title model's confidence in it (``Cleaned.title_confidence``)."""
    plain = finish(ruled, ruled.roles, ruled.lay.title)
    if model is None or not model.fitted:
        return plain
    lines, head_on = model.parts(page_language(plain) if model.by_language() else "")
    sure_on = model.title_bar > 0  # a file without the confidence model: every title explicit, none computed
    ranked = learned.scored(ruled.infos, ruled.lay, model) if head_on or sure_on else None
    if lines or head_on:
        roles, head, head_text = learned.decide(ruled.infos, ruled.roles, ruled.lay, model, lines, head_on, ranked)
        done = finish(ruled, roles, head, head_text)
    else:
        roles, head, head_text, done = ruled.roles, ruled.lay.title, None, plain
    sure = None
    if sure_on and ranked is not None:
        sure = _confidence(ruled, model, roles, head, head_text, ranked, head_on)
    if roles == ruled.roles and done.title == plain.title:
        return replace(plain, title_confidence=sure)
    return replace(done, rules=plain, title_confidence=sure)


def title_signals(
    ruled: Ruled,
    roles: Assigned,
    head_at: int | None,
    head_text: str | None,
    ranked: tuple[list[Candidate], np.ndarray],
    by_model: bool,
) -> tuple[float, float, float, float] | None:
    """What the title model says of the chosen headline (None: no headline): the softmax probability
    of the chosen headline's text (summed over the candidates with that text: a headline repeated in
    a title bar is one headline; 0: it is no candidate), the likeliest text's, whether the page
    states its headline elsewhere (``Ruled.stated``, which wins over both choices) and whether the
    title model chose it (``by_model``; else the rules did)."""
    _, at, text = _restated(ruled, roles, head_at, head_text)
    if at is None:
        return None
    cands, z = ranked
    mass: dict[str, float] = {}
    for cand, q in zip(cands, learned.softmax(z).tolist(), strict=True):
        mass[cand.text] = mass.get(cand.text, 0.0) + q
    want = text if text is not None else ruled.infos[at].text
    stated = float(ruled.stated is not None and at == ruled.stated)
    return mass.get(want, 0.0), max(mass.values(), default=0.0), stated, float(by_model)


def _confidence(
    ruled: Ruled,
    model: CleanerModel,
    roles: Assigned,
    head_at: int | None,
    head_text: str | None,
    ranked: tuple[list[Candidate], np.ndarray],
    by_model: bool,
) -> float | None:
    signals = title_signals(ruled, roles, head_at, head_text, ranked, by_model)
    return None if signals is None else model.title_sure(signals)


def page_language(cleaned: Cleaned) -> str:
    """The language of the rules' body text, told the way the article's language is told later."""
    from generator.article.extract.language import body_text, detect_language  # the extract package imports us

    return detect_language(body_text(cleaned.blocks))[0]


def rules(text: str, phrases: Phrases) -> Ruled:
    """The rule cleaner's decisions for one page."""
    if not isinstance(text, str):
        text = str(text)
    relax = prose_rate(text) < _RELAX_BELOW
    infos = _analyse_all(text.split("\n"), relax, phrases)
    _rewrap(infos)
    for i in code_lines(infos):
        _own(infos, i).code = True
    found = embeds.find(infos)
    for i in found.lines:
        infos[i].reason, infos[i].quality = "embed", Quality.BAD
    for i in figures.find(infos):
        _drop(infos, i, "caption")
    for i in promos.blurbs([i.text for i in infos], [bool(i.reason) for i in infos]):
        _drop(infos, i, "promo")
    for i in _consent(infos, phrases):
        _drop(infos, i, "consent")
    lay = _layout(infos, phrases)
    roles = assign(infos, lay, found.lines, phrases)
    for host in found.joins:
        roles[host] = (Role.BODY, "")  # the first half of a sentence an embedded post split
    return Ruled(infos, roles, found, lay, title.stated(infos, lay.first, phrases.languages.comments_on))


def finish(ruled: Ruled, roles: Assigned, head_at: int | None, head_text: str | None = None) -> Cleaned:
    """The cleaned page from final line roles and the headline's line (``head_text``: the part of
    that line that is the headline; None: the whole line)."""
    infos = ruled.infos
    roles, head_at, head_text = _restated(ruled, roles, head_at, head_text)
    blocks = build(infos, roles, ruled.found)
    head = None
    if head_at is not None:
        head = _headline(infos, head_at, head_text)
        head = title.strip_glued_quote(title.strip_front(head, [info.text for info in infos if info.text]))
        head = title.strip_kicker(head, " ".join(item for block in blocks for item in block.items))
    lines = tuple(
        Line(info.index + 1, info.text, role, reason)
        for info, (role, reason) in zip(infos, roles, strict=True)
        if info.text
    )
    return Cleaned(head, blocks, lines)


def _headline(infos: list[Info], head_at: int, head_text: str | None) -> str:
    """The headline line's text (or the chosen part of it) without a breadcrumb trail in front."""
    return title.strip_breadcrumb(tidy(head_text if head_text is not None else infos[head_at].text))


def _restated(
    ruled: Ruled, roles: Assigned, head_at: int | None, head_text: str | None
) -> tuple[Assigned, int | None, str | None]:
    """Roles, headline line and text with the headline the page states elsewhere (``Ruled.stated``,
    under its breadcrumb trail or in its comments heading) in place of the chosen one, wherever the
    body is. The line chosen before gets back the rules' role (a body line the model took for the
    headline is body again), or is header chrome when the rules took it for the headline too."""
    infos, at = ruled.infos, ruled.stated
    if at is None or (head_at is not None and _headline(infos, head_at, head_text) == tidy(infos[at].text)):
        return roles, head_at, head_text  # the chosen line already gives it (the trail itself, say)
    out = list(roles)
    if head_at is not None:
        before = ruled.roles[head_at]
        out[head_at] = before if before[0] is not Role.TITLE else (Role.BOILERPLATE, "header-zone")
    out[at] = (Role.TITLE, "")
    return out, at, None


def _consent(infos: list[Info], phrases: Phrases) -> list[int]:
    """The lines of a cookie-consent notice (``Phrases.is_consent``) not dropped yet, when the page
    holds ``_CONSENT_LINES`` or more such lines (one line about cookies may be the article's)."""
    hits = [info for info in infos if info.text and phrases.is_consent(info.text)]
    return [info.index for info in hits if not info.reason] if len(hits) >= _CONSENT_LINES else []


def _rewrap(infos: list[Info]) -> None:
    """Lines of a hard-wrapped paragraph get the joined paragraph's class (``features.rewrap``)."""
    for i, quality in rewrap(infos):
        _own(infos, i).quality = quality


def _own(infos: list[Info], i: int) -> Info:
    """Line ``i``'s own ``Info``, to change: repeated lines share one, so it is copied first."""
    infos[i] = infos[i].at(i)
    return infos[i]


def _drop(infos: list[Info], i: int, reason: str) -> None:
    info = _own(infos, i)
    info.reason, info.quality, info.meta = reason, Quality.BAD, False


def _analyse_all(raws: list[str], relax: bool, phrases: Phrases) -> list[Info]:
    """Features of every line; repeated lines (menus, footers) are analysed once."""
    seen: dict[str, Info] = {}
    infos: list[Info] = []
    for i, raw in enumerate(raws):
        hit = seen.get(raw)
        if hit is None:
            hit = seen[raw] = analyse(i, raw, phrases, relax)
        infos.append(hit if hit.index == i else hit.at(i))
    return infos


def _layout(infos: list[Info], phrases: Phrases) -> Layout:
    start, end = span.densest(infos)
    if end < start:
        cut = len(infos) - 1
        return Layout(cut + 1, cut, cut, title.choose(infos, cut, ""))
    end = span.footer_cut(infos, start, end, phrases)
    start, end = span.extend(infos, start, end, phrases)
    end = span.trailing_promos(infos, start, end)
    first = span.body_start(infos, start, end)
    body = " ".join(i.text for i in infos[start : end + 1] if i.quality is Quality.GOOD)
    return Layout(start, end, first, title.choose(infos, first, body))
