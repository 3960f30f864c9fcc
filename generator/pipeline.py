"""The build, top to bottom: read -> clean and extract (per article) -> link -> render -> write.

Incremental by construction (see ``generator.cache``): an input whose stat is unchanged is not
read; an input whose content is known is not processed; the corpus-wide stage works from
drafts without bodies; an article page whose inputs (its draft, its links and the titles they
show) are unchanged is not rendered, nor is a page of a corpus list whose records are
unchanged (``render.keyed``); a rerun whose inputs, generator, knowledge and settings are all
unchanged renders no page at all (``build_key``); and a file whose content is unchanged is not
written. Corpus pages are rendered and written one family at a time, so memory never holds all
of them.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import multiprocessing
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TypeVar

from generator.article.extract.language import MODEL_PATH, identifier, use_copy
from generator.article.process import process
from generator.article.records import Cleaned, Draft, Extracted
from generator.cache import BuildState, Cache, Result, StateResult, StatKey, code_version, intern_strings
from generator.corpus.link import link
from generator.corpus.records import Article, Corpus
from generator.corpus.reuse import Reuse
from generator.knowledge import Knowledge
from generator.read import Found, RawInput, discover, input_stat, load_raw, to_source
from generator.read.records import Skipped
from generator.render import OWNED_DIRS, Pieces, article_titles, common_actors, corpus_page_groups, keyed
from generator.render.article import Titles, article_page, shown_same_event
from generator.render.export import EncodedRecords
from generator.settings import Settings
from generator.workers import Task, Workers
from generator.write import Writer, WriteReport

T = TypeVar("T")

# From this many inputs on, the build process drops the language model as soon as its workers run
# (``release_article_resources``).
RELEASE_MODEL_AT = 1000

# Inputs read into memory at a time: a saved HTML page may be 12 MB, so the bytes of a whole
# corpus are never held at once, only those of one batch.
BATCH = 128
PARALLEL_PAGES = 400  # article pages to render from which forked processes render them (``_ArticlePages``)
_PAGE_CHUNK = 16  # pages a rendering process takes at a time


@dataclass(frozen=True)
class BuildResult:
    """What a build produced and changed."""

    corpus: Corpus
    report: WriteReport
    processed: int = 0  # inputs cleaned and extracted in this run (not found in any cache)

    @property
    def problems(self) -> list[str]:
        """Everything that ``--strict`` turns into a failure."""
        out = [f"skipped {s.seed}: {s.reason}" for s in self.corpus.skipped]
        out += list(self.corpus.notes)
        out += [f"not overwritten (not made by the generator): {r}" for r in self.report.refused]
        return out


def process_raw(raw: RawInput, knowledge: Knowledge) -> Result:
    """Decode, clean and extract one input (pure; runs in worker processes)."""
    doc, notes = to_source(raw)
    if isinstance(doc, Skipped):
        return doc, notes
    return process(doc, knowledge), notes


def warm(cache: Cache | None = None) -> None:
    """Load the language model in this process: the build process, so forked workers start with it, or a worker.

    The knowledge is loaded before the build starts; the model is the one thing each worker would
    otherwise load itself (0.6 s), inside its time budget. With ``cache`` (a rerun's) it is loaded from the
    uncompressed copy the cache keeps (``Cache.model_copy``): a rerun after one added article loads it
    every time, in its worker as soon as it is forked (``collect``), so the build process reads its state
    meanwhile (about 0.7 s of its CPU at 10,000 synthetic articles, on the critical path before). A cold
    build loads it here and leaves no copy: most builds of a small folder (and the tests) are cold.
    """
    if cache is not None and not identifier.cache_info().currsize:  # not loaded in this process yet
        use_copy(cache.model_copy(MODEL_PATH))
    identifier()


def release_article_resources(inputs: int) -> bool:
    """Drop the language model from the build process once its workers run, when the corpus is big.

    The model is about 95 MB of this process's memory (py3langid's arrays). This process loads it
    only to hand it to the workers it forks (``warm``); its own drafts, the corpus stage and the
    renderers never use it. From ``RELEASE_MODEL_AT`` inputs on it is released after each batch,
    so it is not held next to thousands of drafts: a worker forked later (one replacing a worker
    that died, or the second worker when a batch had one input) and a page whose body the cache
    lost, processed again here, load it again (0.6 s, or 0.12 s from the cache's copy). Below that
    the peak is small and keeping it spares a process that builds several times (the tests)
    loading it again.
    """
    if inputs < RELEASE_MODEL_AT:
        return False
    identifier.cache_clear()
    return True


def per_file_task(knowledge: Knowledge) -> Task:
    """``process_raw`` with the build's knowledge, as the workers run it (forked: nothing is pickled)."""
    return functools.partial(process_raw, knowledge=knowledge)


def process_isolated(raw: RawInput, knowledge: Knowledge) -> Result:
    """``process_raw`` for one input in a worker process, under the time and memory bounds."""
    workers = Workers(per_file_task(knowledge), 1, prepare=warm)
    try:
        return workers.run([raw])[0]
    finally:
        workers.close()


def _slim(result: Result) -> StateResult:
    """What the build state keeps of a result: the draft without its body."""
    value, notes = result
    return (value.draft if isinstance(value, Extracted) else value), notes


@dataclass
class Bodies:
    """Article bodies for the pages that are rendered: from this run's work or from the cache."""

    cache: Cache | None
    knowledge: Knowledge
    digests: dict[str, str] = field(default_factory=dict)  # seed -> input digest
    fresh: dict[str, Cleaned] = field(default_factory=dict)  # bodies processed in this run
    found: dict[str, Found] = field(default_factory=dict)

    def body(self, seed: str) -> Cleaned:
        """The cleaned body of ``seed``; processed again only if the cache lost it."""
        if seed in self.fresh:
            return self.fresh[seed]
        hit = self.cache.get(self.digests[seed]) if self.cache is not None else None
        if hit is not None and isinstance(hit[0], Extracted):
            return hit[0].body
        raw = load_raw(self.found[seed])
        result = process_raw(raw, self.knowledge) if isinstance(raw, RawInput) else (raw, [])
        if not isinstance(result[0], Extracted):
            raise RuntimeError(f"{seed}: changed while the site was being built; run the build again")
        return result[0].body


@dataclass
class _Collector:
    """Gathers per-article results in seed order, and the state for the next run."""

    bodies: Bodies
    keep_bodies: bool
    state: BuildState
    drafts: list[Draft] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    processed: int = 0
    hashed: int = 0  # inputs recorded in the state whose stat was not trusted (new, changed or racy)

    def add(
        self, seed: str, stat: tuple[int, ...] | None, digest: str, result: Result | StateResult, *,
        shared: bool = False,
    ) -> None:
        """One input's result, in seed order; ``shared``: read from the build state, its strings already shared."""
        value, notes = result
        self.bodies.digests[seed] = digest
        if isinstance(value, Extracted):
            if self.keep_bodies:
                self.bodies.fresh[seed] = replace(value.body, lines=())
            value = value.draft
        self.notes += notes
        if isinstance(value, Skipped):
            self.skipped.append(value)
        else:
            if not shared:  # from a worker's pipe or a per-article pickle: one copy of each recurring string
                value = intern_strings(value)
            self.drafts.append(value)
        if stat is not None:
            self.state.inputs[seed] = (stat, digest)
            self.state.keep(digest, (value, notes))


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """Automatic garbage collection paused (not in the workers: they are forked while it runs).

    Unpickling the build state's drafts creates millions of small objects, and the collector
    traversed them again and again while they were made: 2.2 of the 3.5 s that loading 3,000
    synthetic drafts took. Drafts hold no reference cycles; anything left in a cycle is collected
    once the pause ends. The corpus stage is run paused too: its indexes are hundreds of
    thousands of new records and containers, none in a cycle, and the collections they set off
    made it 1.4 times slower (measured 2026-12-05 at 3,000 synthetic articles, rerun after one added article:
    ``benchmarks/stages.py`` gave 3.1 s of CPU in ``link`` with the collector, 2.2 s without).
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@contextlib.contextmanager
def _long_lived() -> Iterator[None]:
    """Every object alive now (drafts, the corpus) left out of garbage collection until the block ends.

    The corpus stage and the renderers allocate a great deal while the drafts are alive; without
    this each full collection traversed every object of every draft again.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _batches(found: list[T]) -> Iterator[list[T]]:
    for start in range(0, len(found), BATCH):
        yield found[start : start + BATCH]


def collect(settings: Settings, knowledge: Knowledge, *, write_cache: bool = True) -> tuple[Corpus, Bodies, int]:
    """Read and process every input under ``settings.seeds``: the corpus without bodies, a way to
    get the bodies, and how many inputs were processed (not found in a cache).

    Writes nothing but the cache.
    """
    cache = Cache(settings.cache, knowledge.digest, readonly=not write_cache) if settings.cache else None
    previous = cache.load_state(settings.seeds) if cache else BuildState()
    # With a cache, bodies are read back from it for the pages rendered: holding 10,000 bodies in
    # memory during a cold build cost more memory than reading them back costs time.
    out = _Collector(Bodies(cache, knowledge), keep_bodies=cache is None, state=BuildState(started_ns=time.time_ns()))
    found = [(item, input_stat(item)) for item in discover(settings.seeds)]
    if cache and previous.inputs:
        # A rerun: each worker loads the model from the cache's copy itself, while this process reads
        # the build state; this process never needs it (``release_article_resources``).
        workers = Workers(per_file_task(knowledge), settings.jobs, setup=functools.partial(warm, cache))
    else:
        workers = Workers(per_file_task(knowledge), settings.jobs, prepare=warm)
    if any(previous.new_content(item.seed, stat) for item, stat in found):
        workers.start()  # an input to process, most likely: forked before the drafts are unpickled
    with _long_lived():  # until the corpus stage ends: see ``_gather``
        try:
            _gather(found, cache, previous, workers, out)
        finally:
            workers.close()
        # A rerun that trusted every stat and found the same inputs would write the same state again.
        if cache and (out.hashed or out.state.inputs != previous.inputs):
            out.state.seal(previous)
            cache.save_state(settings.seeds, out.state)
        drafts, skipped, notes, bodies, processed = out.drafts, out.skipped, out.notes, out.bodies, out.processed
        del out, previous  # the states' packed drafts are not needed by the corpus stage
        with _no_collection():
            reuse = Reuse(bodies.digests, cache.load_parts(settings.seeds) if cache else {})
            corpus = link(drafts, skipped, knowledge, notes, settings.publishing, reuse)
            if cache and reuse.changed:
                cache.save_parts(settings.seeds, reuse.made)
            # The corpus lives until the build ends: frozen before collection resumes, which would
            # otherwise traverse its hundreds of thousands of new records (young, then older
            # generations) right away; ``_long_lived`` unfreezes it as it unfreezes the drafts.
            gc.freeze()
    return corpus, bodies, processed


# keys, results (None: to process), whether each came from the state, the inputs to process
_Looked = tuple[list[str], list[Result | StateResult | None], list[bool], list[int]]


def _gather(found: list[tuple[Found, StatKey | None]], cache: Cache | None, previous: BuildState, workers: Workers,
            out: _Collector) -> None:
    """Every input's result into ``out``, batch by batch: from the previous state, the cache, or the workers.

    Each batch's drafts read from the state are frozen (``gc.freeze``) as soon as they are unpickled: they
    live until the build ends, and between the paused batches the collector traversed them again and again
    (0.9 of the 3.2 s of CPU of a 3,000-article rerun with nothing changed). Workers forked meanwhile run
    the collector as usual; the caller's ``_long_lived`` block unfreezes everything when the corpus stage ends.

    A rerun with few inputs the state does not know hands them to the workers first (``_Ahead``) and
    collects their results after the state's drafts are read, or before the first batch that needs the
    workers: the build no longer waits for the worker when it reaches an added article among the batches.
    """
    ahead = _Ahead.start(found, cache, previous, workers, out)
    for group in _batches(found):
        raws: list[tuple[RawInput, tuple[int, ...] | None]] = []
        with _no_collection():
            for item, stat in group:
                out.bodies.found[item.seed] = item
                if ahead is not None and item.seed in ahead.seeds:
                    continue
                digest = previous.known(item.seed, stat)
                kept = previous.result(digest) if digest is not None else None
                if digest is not None and kept is not None:
                    out.add(item.seed, stat, digest, kept, shared=True)
                    continue
                _read_into(raws, item, stat, out)
            gc.freeze()  # before collection resumes: it would traverse the drafts just unpickled
        if raws and ahead is not None:  # the workers are needed again: collect what they were handed first
            ahead.finish(cache, previous, workers, out)
            ahead = None
        _process(raws, cache, previous, workers, out)
        release_article_resources(len(found))
    if ahead is not None:
        ahead.finish(cache, previous, workers, out)


def _read_into(raws: list[tuple[RawInput, tuple[int, ...] | None]], item: Found, stat: StatKey | None,
               out: _Collector) -> None:
    """Read ``item``'s bytes into ``raws`` to process, or its reason into ``out.skipped``."""
    raw = load_raw(item)
    if isinstance(raw, Skipped):
        out.skipped.append(raw)
    else:
        raws.append((raw, stat))
        out.hashed += stat is not None


@dataclass
class _Ahead:
    """A rerun's inputs unknown to the build state (new, changed or touched), looked up and handed to the
    workers before the state's drafts are read; their results are added by ``finish``."""

    seeds: set[str]
    raws: list[tuple[RawInput, tuple[int, ...] | None]]
    looked: _Looked
    sent: int

    @classmethod
    def start(cls, found: list[tuple[Found, StatKey | None]], cache: Cache | None, previous: BuildState,
              workers: Workers, out: _Collector) -> _Ahead | None:
        """None unless this is a rerun with between one and ``BATCH`` such inputs (their bytes are held meanwhile)."""
        if not previous.inputs:
            return None
        unknown = [(item, stat) for item, stat in found if previous.known(item.seed, stat) is None]
        if not unknown or len(unknown) > BATCH:
            return None
        raws: list[tuple[RawInput, tuple[int, ...] | None]] = []
        for item, stat in unknown:
            _read_into(raws, item, stat, out)
        looked = _lookup(raws, cache, previous)
        sent = workers.send_ahead([raws[i][0] for i in looked[3]])
        return cls({item.seed for item, _ in unknown}, raws, looked, sent)

    def finish(self, cache: Cache | None, previous: BuildState, workers: Workers, out: _Collector) -> None:
        """Add the results of the inputs handed over (the arguments ``start`` was given)."""
        _process(self.raws, cache, previous, workers, out, self.looked, self.sent)


def _lookup(raws: list[tuple[RawInput, tuple[int, ...] | None]], cache: Cache | None, previous: BuildState) -> _Looked:
    """Each input's digest and its result from the previous state or the per-article cache (None: to process)."""
    keys = [raw.digest() for raw, _ in raws]
    results: list[Result | StateResult | None] = []
    shared: list[bool] = []
    for key in keys:
        known = previous.result(key)
        shared.append(known is not None)
        results.append(known if known is not None else cache.get(key) if cache else None)
    return keys, results, shared, [i for i, r in enumerate(results) if r is None]


def _process(raws: list[tuple[RawInput, tuple[int, ...] | None]], cache: Cache | None, previous: BuildState,
             workers: Workers, out: _Collector, looked: _Looked | None = None, sent: int = 0) -> None:
    """Results for one batch: from the previous state, the per-article cache, or by processing
    (``looked``: ``_lookup`` of ``raws`` done already; ``sent``: the first inputs to process were handed over)."""
    keys, results, shared, todo = looked if looked is not None else _lookup(raws, cache, previous)
    # Every uncached input goes through a worker: its time and memory are bounded (issue 13).
    if todo:
        for i, value in zip(todo, workers.run([raws[i][0] for i in todo], sent), strict=True):
            results[i] = value
            out.processed += 1
            if cache:
                cache.put(keys[i], value)
    for (raw, stat), key, result, kept in zip(raws, keys, results, shared, strict=True):
        if result is not None:
            out.add(raw.seed, stat, key, result, shared=kept)


def build_corpus(settings: Settings, knowledge: Knowledge, *, write_cache: bool = True) -> Corpus:
    """The corpus of ``settings.seeds`` (articles without bodies); writes nothing but the cache."""
    return collect(settings, knowledge, write_cache=write_cache)[0]


def page_key(
    article: Article,
    digest: str,
    titles: Titles,
    knowledge: str,
    light_search: bool = False,
    common: frozenset[str] = frozenset(),
) -> str:
    """Everything an article page is made from: the generator, its knowledge, the input, and the links it shows."""
    shown = sorted({link.slug for link in article.related} | set(shown_same_event(article)))
    parts = (
        # Which of its actors are linked in the lead only (none to look for when no actor is common).
        tuple(sorted(common.intersection(article.draft.actors))) if common else (),
        code_version(),
        knowledge,
        light_search,
        # The article's key fixes its draft, slug, mode and actors (``corpus.reuse``) without the
        # repr of every actor's sentences and quotes, a third of a rerun's keys at 3,000 articles.
        article.key or (digest, article.slug, article.mode, article.draft.found),
        # What the page shows of each related link: not its score, which moves with every article
        # added to the corpus (document frequencies) and would re-render every page.
        tuple((r.slug, r.shared_actors, r.shared_themes, r.same_event) for r in article.related),
        article.event,
        tuple((s, titles.get(s)) for s in shown),
    )
    # repr, not pickle: pickle's bytes depend on which equal objects happen to be shared.
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def build_key(corpus: Corpus, salt: str) -> str | None:
    """Everything a build's pages are made from, or None when an article's key is not known.

    The article keys (``corpus.reuse``: input digest, slug, mode, actor renames) fix every draft
    and, with the generator, its knowledge and the settings (``salt``), the whole linked corpus;
    the skipped inputs and the notes are shown in the build report. Equal keys mean equal pages:
    a rerun whose inputs did not change keeps every file without rendering one
    (``Writer.keep_build``), where deciding page by page cost 1.2 s of CPU at 2,000 synthetic
    articles (corpus page families, their keys and the article page keys).
    """
    keys = tuple(a.key for a in corpus.articles)
    if not all(keys):
        return None
    return hashlib.sha256(repr((salt, keys, corpus.skipped, corpus.notes)).encode()).hexdigest()


def build(settings: Settings, knowledge: Knowledge) -> BuildResult:
    """Generate the whole docs folder from the seeds folder."""
    corpus, bodies, processed = collect(settings, knowledge)
    articles = {f"articles/{a.slug}.md": a for a in corpus.articles}
    records = bodies.cache.records_path(settings.docs) if bodies.cache else None
    salt = repr((code_version(), knowledge.digest, replace(settings, jobs=1, strict=False)))
    key = build_key(corpus, salt) if records else None
    with _long_lived():
        writer = Writer(settings.docs, articles, OWNED_DIRS, records=records)
        if key is None or not writer.keep_build(key):
            _write_pages(corpus, bodies, settings, knowledge, writer, articles, salt)
        report = writer.finish(key)
    return BuildResult(corpus, report, processed)


def _write_pages(corpus: Corpus, bodies: Bodies, settings: Settings, knowledge: Knowledge, writer: Writer,
                 articles: dict[str, Article], salt: str) -> None:
    """Render and write every page whose key changed: corpus pages family by family, then article pages.

    Corpus pages are keyed like article pages (``salt``: the generator, its knowledge and the
    settings): a list page whose records are unchanged is kept.
    """
    light = settings.light_search(len(corpus.articles))
    cache = bodies.cache if writer.records_path is not None else None
    records = EncodedRecords(cache.load_export(settings.docs, salt)) if cache else None
    # Streamed: each family of corpus pages is written before the next is rendered.
    with keyed.session(keyed.Keys(salt, writer.current, writer.keep_group, writer.group)) as keys:
        for pages in corpus_page_groups(corpus, settings, knowledge, records):
            writer.announce(pages)
            for rel, page in sorted(pages.items()):
                if isinstance(page, Pieces):
                    writer.put_pieces(rel, page.make(), keys.keys.get(rel))
                else:
                    writer.put(rel, page, keys.keys.get(rel))
            del pages
    if cache and records is not None and records.changed:
        cache.save_export(settings.docs, salt, records.made)
    titles = article_titles(corpus)
    common = common_actors(corpus)
    todo: list[tuple[str, Article, str]] = []
    for rel, article in sorted(articles.items()):
        key = page_key(article, bodies.digests[article.seed], titles, knowledge.digest, light, common)
        if not writer.current(rel, key):
            todo.append((rel, article, key))
    rendering = _ArticlePages([a for _, a, _ in todo], bodies, titles, light, common)
    for (rel, _, key), text in zip(todo, rendering.rendered(settings.jobs), strict=True):
        writer.put(rel, text, key)


@dataclass
class _ArticlePages:
    """The article pages to render, in order; rendered by forked processes when there are many.

    Rendering an article page (its body read back from the cache, then the template) takes about
    2 ms, all in the build process after the corpus stage, while the workers are gone: about a
    tenth of a cold build's wall time at 2,000 synthetic articles. With ``PARALLEL_PAGES`` pages or
    more and more than one job, ``jobs`` forked processes render them (they share the corpus
    copy-on-write; nothing is pickled but the pages' text) and this process writes each page as it
    arrives, in the same order: the output is the same bytes as rendering them here.
    """

    articles: list[Article]
    bodies: Bodies
    titles: Titles
    light: bool
    common: frozenset[str]

    def render(self, index: int) -> str:
        article = self.articles[index]
        return article_page(article, self.bodies.body(article.seed), self.titles, self.light, self.common)

    def rendered(self, jobs: int) -> Iterator[str]:
        """Each page's text, in order."""
        methods = multiprocessing.get_all_start_methods()
        if jobs < 2 or len(self.articles) < PARALLEL_PAGES or "fork" not in methods:
            yield from map(self.render, range(len(self.articles)))
            return
        global _PAGES
        _PAGES = self  # what the forked processes render from
        try:
            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                yield from pool.imap(_render_page, range(len(self.articles)), chunksize=_PAGE_CHUNK)
        finally:
            _PAGES = None


_PAGES: _ArticlePages | None = None


def _render_page(index: int) -> str:
    """One article page, in a process forked by ``_ArticlePages.rendered``."""
    assert _PAGES is not None
    return _PAGES.render(index)
