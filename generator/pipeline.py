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

# Below this many uncached inputs in a batch, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 32
# Inputs read into memory at a time: a saved HTML page may be 12 MB, so the bytes of a whole
# corpus are never held at once, only those of one batch.
BATCH = 128


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


Result = tuple[Draft | Skipped, list[str]]


class _Workers:
    """A process pool, started only when a batch has enough uncached work to repay it."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.pool: ProcessPoolExecutor | None = None

    def run(self, raws: list[RawInput]) -> list[Result]:
        if self.jobs > 1 and len(raws) >= PARALLEL_THRESHOLD:
            self.pool = self.pool or ProcessPoolExecutor(max_workers=self.jobs)
            return list(self.pool.map(process_raw, raws, chunksize=8))
        return [process_raw(raw) for raw in raws]

    def close(self) -> None:
        if self.pool:
            self.pool.shutdown()


def _batch(raws: list[RawInput], cache: Cache | None, workers: _Workers) -> list[Result]:
    keys = [raw.digest() for raw in raws]
    results: list[Result | None] = [cache.get(k) if cache else None for k in keys]
    todo = [i for i, r in enumerate(results) if r is None]
    for i, value in zip(todo, workers.run([raws[i] for i in todo]), strict=True):
        results[i] = value
        if cache:
            cache.put(keys[i], value)
    return [r for r in results if r is not None]


def build_corpus(settings: Settings, *, write_cache: bool = True) -> Corpus:
    """Read and process every input under ``settings.seeds`` (writes nothing but the cache)."""
    skipped: list[Skipped] = []
    drafts: list[Draft] = []
    notes: list[str] = []
    cache = Cache(settings.cache, readonly=not write_cache) if settings.cache else None
    found = discover(settings.seeds)
    workers = _Workers(settings.jobs)
    try:
        for start in range(0, len(found), BATCH):
            raws: list[RawInput] = []
            for item in found[start : start + BATCH]:
                raw = load_raw(item)
                if isinstance(raw, Skipped):
                    skipped.append(raw)
                else:
                    raws.append(raw)
            for result, result_notes in _batch(raws, cache, workers):
                notes += result_notes
                if isinstance(result, Skipped):
                    skipped.append(result)
                else:
                    drafts.append(result)
    finally:
        workers.close()
    return link(drafts, skipped, notes, settings.publishing)


def build(settings: Settings) -> BuildResult:
    """Generate the whole docs folder from the seeds folder."""
    corpus = build_corpus(settings)
    files = render_site(corpus, settings)
    report = write_files(settings.docs, files, OWNED_DIRS)
    return BuildResult(corpus, report)
