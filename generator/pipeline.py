"""The build, top to bottom: read -> clean and extract (per article) -> link -> render -> write."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from generator.cache import Cache
from generator.link.corpus import link
from generator.process import process
from generator.read import RawInput, discover, load_raw, to_source
from generator.records import Corpus, Draft, Skipped
from generator.render import OWNED_DIRS, render_site
from generator.settings import Settings
from generator.write import WriteReport, write_files

# Below this many uncached inputs, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 64


@dataclass(frozen=True)
class BuildResult:
    """What a build produced and changed."""

    corpus: Corpus
    report: WriteReport

    @property
    def problems(self) -> list[str]:
        """Everything that ``--strict`` turns into a failure."""
        out = [f"skipped {s.seed}: {s.reason}" for s in self.corpus.skipped]
        out += list(self.corpus.notes)
        out += [f"not overwritten (not made by the generator): {r}" for r in self.report.refused]
        return out


def process_raw(raw: RawInput) -> tuple[Draft | Skipped, list[str]]:
    """Decode, clean and extract one input (pure; runs in worker processes)."""
    doc, notes = to_source(raw)
    if isinstance(doc, Skipped):
        return doc, notes
    return process(doc), notes


def _per_article(raws: list[RawInput], cache: Cache | None, jobs: int) -> list[tuple[Draft | Skipped, list[str]]]:
    keys = [raw.digest() for raw in raws]
    results: list[tuple[Draft | Skipped, list[str]] | None] = [cache.get(k) if cache else None for k in keys]
    todo = [i for i, r in enumerate(results) if r is None]
    if jobs > 1 and len(todo) >= PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            fresh = list(pool.map(process_raw, [raws[i] for i in todo], chunksize=16))
    else:
        fresh = [process_raw(raws[i]) for i in todo]
    for i, value in zip(todo, fresh, strict=True):
        results[i] = value
        if cache:
            cache.put(keys[i], value)
    return [r for r in results if r is not None]


def build_corpus(settings: Settings, *, write_cache: bool = True) -> Corpus:
    """Read and process every input under ``settings.seeds`` (writes nothing but the cache)."""
    skipped: list[Skipped] = []
    raws: list[RawInput] = []
    for found in discover(settings.seeds):
        raw = load_raw(found)
        if isinstance(raw, Skipped):
            skipped.append(raw)
        else:
            raws.append(raw)
    cache = Cache(settings.cache, readonly=not write_cache) if settings.cache else None
    drafts: list[Draft] = []
    notes: list[str] = []
    for result, result_notes in _per_article(raws, cache, settings.jobs):
        notes += result_notes
        if isinstance(result, Skipped):
            skipped.append(result)
        else:
            drafts.append(result)
    return link(drafts, skipped, notes, settings.publishing)


def build(settings: Settings) -> BuildResult:
    """Generate the whole docs folder from the seeds folder."""
    corpus = build_corpus(settings)
    files = render_site(corpus, settings)
    report = write_files(settings.docs, files, OWNED_DIRS)
    return BuildResult(corpus, report)
