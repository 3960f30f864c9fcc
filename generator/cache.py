"""Caches that make a rebuild cost what changed, not what exists (git-ignored ``.cache/briefing``).

- **Per-article results**, keyed by the input's content hash: the whole draft with its body,
  one pickle per article. The key is the hash of the input bytes and sidecar bytes; the folder
  is named by the hash of the generator's own code and data files, so editing a rule or a
  data file invalidates every entry.
- **The build state**, one file per seeds folder: for every input, its stat (size, mtime,
  inode, and the sidecar's) and content hash, and the draft *without its body*. A rerun reads
  this one file instead of 10,000 inputs and 10,000 pickles, and re-reads an input only when
  its stat changed. Like git's index, a file modified in the same instant as the previous run
  is hashed again rather than trusted (``RACY_NS``). The drafts are kept in ``SHARDS`` pickles
  by digest (``BuildState``), so a rerun pickles only the shards whose drafts changed: pickling
  the whole state again cost 2.5 s of a 3,000-article rerun (8% of it) and a pickler memo over
  every object of every draft. A rerun that read no input and found the same seeds does not
  write the state at all.
- **Corpus index parts** (``generator.corpus.reuse``), one file per seeds folder: each actor's
  summary and each date's timeline entries, under the hash of the article keys they are made
  from. Written only when the set of parts changed, and then mostly as a change record appended to
  a file beside it (``PartsStore``): a rerun after one added article pickled the whole 20 MB again
  (0.49 s of CPU at 3,000 synthetic articles) for 22 new parts (2.4 MB, 0.03 s).
- **Page records** (see ``generator.write.Writer``), one file per docs folder.

Every draft the build keeps shares the short strings that recur from article to article (actor
names and slugs, theme names, outlet names, language codes, term keys, removed-line reasons), one
copy per value, instead of one copy per draft that unpickling makes (issue 20): on 1,000 synthetic
drafts that was about 15 KB of the 44 KB each draft held. A draft from a worker or the per-article
cache passes through ``intern_strings``; a draft read from the build state comes shared already,
since a shard is one pickle whose memo stores each shared string once (``pack``).

A corrupt or unreadable entry is a miss; failing to write the cache never fails the build.
"""

from __future__ import annotations

import contextlib
import hashlib
import lzma
import os
import pickle
import shutil
import sys
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import MISSING, dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from generator.article.actors.records import ArticleActors, FoundActor
from generator.article.records import Draft, Extracted, Metadata
from generator.read.records import Skipped
from generator.write import atomic_write, atomic_write_with

PACKAGE = Path(__file__).resolve().parent
T = TypeVar("T")


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of every source and data file of the generator package."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in (".py", ".yml", ".yaml", ".json") and path.is_file():
            h.update(path.relative_to(PACKAGE).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


Result = tuple[Extracted | Skipped, list[str]]  # a per-article cache entry
StateResult = tuple[Draft | Skipped, list[str]]  # what the build state keeps: no body
StatKey = tuple[int, ...]


def _sizes(stat: StatKey) -> StatKey:
    """The sizes in a ``read.input_stat`` key (the input's, then its sidecar's), without times and inodes."""
    return stat[::3]


# A file whose mtime is this close to (or after) the start of the run that recorded it may have
# changed again within the same timestamp tick: its content is hashed instead of trusted.
RACY_NS = 2_000_000_000


_intern = sys.intern


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(map(_intern, values))


_set = object.__setattr__  # on records just unpickled only: see ``intern_strings``


def _intern_actor(actor: FoundActor) -> None:
    _set(actor, "name", _intern(actor.name))
    _set(actor, "slug", _intern(actor.slug))
    _set(actor, "spellings", _strings(actor.spellings))
    if actor.roles:
        _set(actor, "roles", _strings(actor.roles))
    _set(actor, "evidence", _strings(actor.evidence))
    for quote in actor.quotes:  # the speaker; the quoted words themselves rarely recur
        _set(quote, "speaker", _intern(quote.speaker))


def intern_strings(draft: Draft) -> Draft:
    """``draft`` with its short recurring strings interned (see the module docstring); returns ``draft``.

    Only a draft that was just unpickled, and that nothing else holds yet, may be passed: its
    frozen records get equal strings in place, because building every record again took three
    times as long as this. Sentences, quotations, titles and summaries are left alone: they seldom
    recur between articles.
    """
    meta = draft.meta
    if meta.source is not None:
        _set(meta, "source", _intern(meta.source))
    _set(meta, "authors", _strings(meta.authors))
    _set(meta, "language", _intern(meta.language))
    _set(meta, "evidence", tuple((_intern(k), ev) for k, ev in meta.evidence))
    for _, basis in meta.evidence:
        _set(basis, "text", _intern(basis.text))
        _set(basis, "source", _intern(basis.source))
        if basis.rejected:
            _set(basis, "rejected", _strings(basis.rejected))
    for actor in draft.found.actors:
        _intern_actor(actor)
    for score in draft.theme_scores:
        _set(score, "name", _intern(score.name))
        _set(score, "slug", _intern(score.slug))
        for ev in score.evidence:
            _set(ev, "label", _intern(ev.label))
    for event in draft.events:
        _set(event, "expression", _intern(event.expression))
        _set(event, "anchor", _intern(event.anchor))
    for sentence in draft.event_sentences:
        _set(sentence, "families", _strings(sentence.families))
        _set(sentence, "names", _strings(sentence.names))
    _set(draft, "encoding", _intern(draft.encoding))
    _set(draft, "incidents", tuple((_intern(f), _intern(n), _intern(t)) for f, n, t in draft.incidents))
    # Removed lines are page chrome ("Share this article"): the same few lines on every page of a site.
    _set(draft, "removed", tuple((n, _intern(text), _intern(reason)) for n, text, reason in draft.removed))
    _set(draft, "terms", tuple((_intern(key), _intern(label), weight) for key, label, weight in draft.terms))
    return draft


# The build state's drafts are stored in this many shards, by their digest (``shard_of``): fewer
# shards share more strings (peak RSS of a 2,000-article rerun 218 MiB with 16, 223 MiB with 64),
# more make a shard that one added article re-packs smaller (at 10,000 articles about 625 drafts
# with 16, at about 0.3 ms of CPU each).
SHARDS = 16

# The layout of a shard (``pack``); a state saved in another reads as empty (every input hashed, none processed).
STATE_LAYOUT = 3


def shard_of(digest: str) -> int:
    """The shard of the build state that keeps the result of the input hashed ``digest`` (hex SHA-256)."""
    return int(digest[:8], 16) % SHARDS


# Read from the build state, these fields of a record are left out until first read (``pack``): the
# corpus stage reads them only for the actor summaries and pages it makes again.
HEAVY_FIELDS: dict[type, tuple[str, ...]] = {
    FoundActor: ("first", "sentence", "roles", "quotes", "evidence"),
    Metadata: ("evidence",),
}


class _Later:
    """A field of a record read from the build state, loaded with its record's other heavy fields when first read.

    A non-data descriptor on the record's class: a record that holds the field (every record made by
    the per-article stage, and a state record once loaded) answers from its own ``__dict__`` and never
    reaches it. A record ``pack`` stored without its heavy fields holds ``_later`` instead: the shard's
    ``HeavyParts`` and the record's number in it.
    """

    def __init__(self, name: str, default: object) -> None:
        self.name, self.default = name, default

    def __get__(self, record: object, owner: type | None = None) -> object:
        if record is None:  # the class's own attribute: the field's default, as before
            if self.default is MISSING:
                raise AttributeError(self.name)
            return self.default
        held = record.__dict__
        later = held.pop("_later", None)
        if later is None:
            raise AttributeError(f"{type(record).__name__!r} object has no attribute {self.name!r}")
        parts, number = later
        held.update(zip(HEAVY_FIELDS[type(record)], parts.values(number), strict=True))
        return held[self.name]


for _kind, _names in HEAVY_FIELDS.items():
    for _name in _names:
        setattr(_kind, _name, _Later(_name, _kind.__dataclass_fields__[_name].default))  # type: ignore[attr-defined]


class HeavyParts:
    """The heavy fields of one shard's records (``HEAVY_FIELDS``): a pickled tuple per record, read when first asked."""

    __slots__ = ("blobs", "data")

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.blobs: list[bytes] | None = None

    def blob(self, number: int) -> bytes:
        """The pickled heavy fields of record ``number``."""
        if self.blobs is None:
            self.blobs = pickle.loads(zlib.decompress(self.data))  # noqa: S301 - our own file
            self.data = b""
        return self.blobs[number]

    def values(self, number: int) -> tuple[object, ...]:
        """The heavy fields of record ``number``, in the order of ``HEAVY_FIELDS``."""
        value: tuple[object, ...] = pickle.loads(self.blob(number))  # noqa: S301 - our own file
        return value


def _shell(record: T, lighter: list[object], blobs: list[bytes], extra: dict[str, object]) -> T:
    """A copy of ``record`` without its heavy fields (held in ``blobs``), for ``pack``; added to ``lighter``.

    A record read from the build state whose heavy fields were never read keeps their pickle as it was.
    """
    held = record.__dict__
    later = held.get("_later")
    if isinstance(later, tuple):
        blobs.append(later[0].blob(later[1]))
        values = {k: v for k, v in held.items() if k != "_later"}  # its light fields, and what ``extra`` adds
    else:
        heavy = HEAVY_FIELDS[type(record)]
        values = {f.name: getattr(record, f.name) for f in fields(record)}  # type: ignore[arg-type]
        blobs.append(pickle.dumps(tuple(values.pop(name) for name in heavy), protocol=pickle.HIGHEST_PROTOCOL))
        values.update(extra)
    shell = object.__new__(type(record))
    shell.__dict__.update(values, _later=len(blobs) - 1)
    lighter.append(shell)
    return shell


def _light(draft: Draft, lighter: list[object], blobs: list[bytes]) -> Draft:
    """``draft`` with its metadata and actors stored without their heavy fields (``HEAVY_FIELDS``)."""
    meta = _shell(draft.meta, lighter, blobs, {})
    actors = ArticleActors(tuple(_shell(a, lighter, blobs, {"_own": a.quoted_as_itself()}) for a in draft.found.actors))
    shell = object.__new__(Draft)
    shell.__dict__.update(draft.__dict__, meta=meta, found=actors)
    return shell


def pack(results: dict[str, StateResult]) -> tuple[bytes, bytes]:
    """One shard of slim results as the build state stores it: the records, and apart their heavy fields.

    The records are pickled together: the pickle's memo writes a string that several of the
    shard's drafts hold (already shared in memory, see ``intern_strings``) once, so unpickling
    hands them one object again and nothing is interned after loading. They are not compressed
    (a rerun reads them all: see below), unlike the heavy fields.

    The heavy fields of each actor and of each draft's metadata (``HEAVY_FIELDS``: an actor's first
    sentence and where it is, its roles, quotes and evidence; the metadata's evidence) are pickled
    apart, one small pickle per record, and left out of the records: a rerun unpickles them only
    for the records whose fields are read (``_Later``): the actor summaries made again (the actors
    of an added or changed article) and the pages rendered again. Unpickling every draft was most
    of what a rerun after one added article spent at 10,000 synthetic articles (2.0-4.6 s of CPU).
    """
    lighter: list[object] = []
    blobs: list[bytes] = []
    records = {
        digest: ((_light(value, lighter, blobs) if isinstance(value, Draft) else value), notes)
        for digest, (value, notes) in results.items()
    }
    heavy = zlib.compress(pickle.dumps(blobs, protocol=pickle.HIGHEST_PROTOCOL), 1)
    # The records carry the checksum of their heavy fields: a shard whose heavy part was damaged is a miss
    # when it is read, not a failure when a field is first read.
    # The records are left uncompressed: every rerun reads every shard's records, and decompressing them
    # took 0.3 of the 1.4 s of CPU that reading them took at 10,000 synthetic articles (77 MB against 25 MB
    # compressed); the heavy fields, read for a few records, stay compressed.
    light = pickle.dumps((records, lighter, zlib.crc32(heavy)), protocol=pickle.HIGHEST_PROTOCOL)
    return light, heavy


def unpack(light: bytes, heavy: bytes) -> dict[str, StateResult]:
    """The results ``pack`` stored; an unreadable shard is empty (its inputs are misses)."""
    try:
        value, lighter, checksum = pickle.loads(light)  # noqa: S301 - our own file
    except Exception:  # noqa: BLE001 - an unreadable shard is a miss
        return {}
    if not isinstance(value, dict) or not isinstance(lighter, list) or checksum != zlib.crc32(heavy):
        return {}
    parts = HeavyParts(heavy)
    for record in lighter:
        held = record.__dict__
        held["_later"] = (parts, held["_later"])
    return {k: v for k, v in value.items() if isinstance(v, tuple) and len(v) == 2}


@dataclass
class BuildState:
    """What the previous build saw: per seed its stat key and digest; the slim results in shards.

    ``shards`` maps a shard (``shard_of``) to the digests it holds and their results, packed
    (``pack``). A shard is unpacked when one of its results is first asked for (``result``) and
    packed again only when the digests it holds changed (``seal``): one added article re-packs the
    one shard it falls in, and an unchanged shard is saved with the bytes it was read with.
    Measured on 2,000 synthetic drafts (CPU, in one process): per-draft pickles that were interned
    after loading took 0.66 s to load (0.43 s unpickling, 0.23 s interning) and 127 MiB; 64 shards
    0.35 s and 107 MiB; 16 shards 0.38 s and 102 MiB; one pickle of all 0.40 s and 149 MiB (the
    whole of it decompressed at once).
    """

    started_ns: int = 0
    inputs: dict[str, tuple[StatKey, str]] = field(default_factory=dict)
    shards: dict[int, tuple[frozenset[str], bytes, bytes]] = field(default_factory=dict)
    # This run's own: not saved (``__getstate__``).
    opened: dict[int, dict[str, StateResult]] = field(default_factory=dict)  # shards unpacked so far
    kept: dict[int, dict[str, StateResult]] = field(default_factory=dict)  # this build's results, by shard

    def __getstate__(self) -> dict[str, object]:
        return {"started_ns": self.started_ns, "inputs": self.inputs, "shards": self.shards, "layout": STATE_LAYOUT}

    def __setstate__(self, state: dict[str, object]) -> None:
        # Only the saved fields, each of its own type: a state written in another layout reads as empty.
        started, inputs, shards = state.get("started_ns"), state.get("inputs"), state.get("shards")
        ok = isinstance(started, int) and isinstance(inputs, dict) and isinstance(shards, dict)
        ok = ok and state.get("layout") == STATE_LAYOUT
        self.__dict__.update(
            started_ns=started if ok else 0, inputs=inputs if ok else {}, shards=shards if ok else {},
            opened={}, kept={},
        )

    def has(self, digest: str) -> bool:
        """Whether a result is kept for ``digest`` (without unpacking it)."""
        entry = self.shards.get(shard_of(digest))
        return entry is not None and digest in entry[0]

    def result(self, digest: str) -> StateResult | None:
        """The slim result kept for ``digest``, or None (unknown or unreadable: a miss)."""
        if not self.has(digest):
            return None
        number = shard_of(digest)
        results = self.opened.get(number)
        if results is None:
            digests, light, heavy = self.shards[number]
            results = self.opened[number] = unpack(light, heavy)
            if results.keys() != digests:  # damaged: never carried over to the next state as it is (``seal``)
                del self.shards[number]
        return results.get(digest)

    def known(self, seed: str, stat: StatKey | None) -> str | None:
        """The digest of ``seed`` if its stat is unchanged, trustworthy and its result is kept."""
        prev = self.inputs.get(seed)
        if stat is None or prev is None or prev[0] != stat or not self.has(prev[1]):
            return None
        mtimes = stat[1::3]  # (size, mtime_ns, inode) per file
        if any(m >= self.started_ns - RACY_NS for m in mtimes):
            return None
        return prev[1]

    def new_content(self, seed: str, stat: StatKey | None) -> bool:
        """Whether ``seed`` probably holds content not processed before: not recorded, or of another size.

        A file that was only touched (a fresh checkout) or changed too recently to be trusted keeps its
        size; it is hashed as usual and is seldom processed, so no worker is started for it in advance.
        """
        prev = self.inputs.get(seed)
        return stat is not None and (prev is None or _sizes(prev[0]) != _sizes(stat))

    def keep(self, digest: str, result: StateResult) -> None:
        """Record ``result`` as this build's for ``digest`` (stored by ``seal``)."""
        self.kept.setdefault(shard_of(digest), {})[digest] = result

    def seal(self, previous: BuildState) -> None:
        """Fill ``shards`` from the kept results: a shard holding the same digests as in ``previous`` keeps its bytes.

        A digest fixes its result (the per-article cache is keyed the same way), so equal digests
        mean an equal shard.
        """
        self.shards = {}
        for number, results in sorted(self.kept.items()):
            digests = frozenset(results)
            before = previous.shards.get(number)
            if before is not None and before[0] == digests:
                self.shards[number] = before
            else:
                self.shards[number] = (digests, *pack(dict(sorted(results.items()))))
        self.kept = {}


def _folder_key(folder: Path) -> str:
    return hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]


class Cache:
    """A folder of pickled per-article results, plus the build state and page records."""

    def __init__(self, root: Path, knowledge: str, *, readonly: bool = False) -> None:
        self.base = root
        self.root = root / f"{code_version()}-{knowledge}"
        self.readonly = readonly
        self._parts: PartsStore | None = None  # the parts file read by ``load_parts``
        if not readonly:
            self._prune(root)

    def _prune(self, root: Path) -> None:
        """Remove entries made by other versions of the generator: they can never be read again."""
        if not root.is_dir():
            return
        for other in root.iterdir():
            if other != self.root and other.is_dir() and len(other.name) == len(self.root.name):
                shutil.rmtree(other, ignore_errors=True)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Result | None:
        """The cached result for ``key``, or None."""
        try:
            value = pickle.loads(self._path(key).read_bytes())  # noqa: S301 - our own files
        except Exception:  # noqa: BLE001 - any unreadable entry is a miss
            return None
        return value if isinstance(value, tuple) and len(value) == 2 else None

    def put(self, key: str, value: Result) -> None:
        """Store a result; failures to write the cache never fail the build."""
        if self.readonly:
            return
        with contextlib.suppress(OSError):
            atomic_write(self._path(key), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def _state_path(self, seeds: Path) -> Path:
        return self.root / f"state-{_folder_key(seeds)}.pickle"

    def load_state(self, seeds: Path) -> BuildState:
        """The state the previous build of ``seeds`` left, or an empty one."""
        try:
            with self._state_path(seeds).open("rb") as fh:  # streamed: the file is not held as one bytes object
                value = pickle.load(fh)  # noqa: S301 - our own file
        except Exception:  # noqa: BLE001 - a missing or unreadable state means a full read
            return BuildState()
        return value if isinstance(value, BuildState) else BuildState()

    def save_state(self, seeds: Path, state: BuildState) -> None:
        """Record this build's state (unless read-only)."""
        if self.readonly:
            return

        def dump(fh: BinaryIO) -> None:  # streamed: the whole state is never one bytes object too
            pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)

        with contextlib.suppress(OSError):
            atomic_write_with(self._state_path(seeds), dump)

    def _parts_path(self, seeds: Path) -> Path:
        return self.root / f"parts-{_folder_key(seeds)}.pickle"

    def load_parts(self, seeds: Path) -> dict[str, object]:
        """The corpus index parts the previous build of ``seeds`` kept (``corpus.reuse``), or none."""
        self._parts = PartsStore(self._parts_path(seeds))
        return self._parts.load()

    def save_parts(self, seeds: Path, parts: dict[str, object]) -> None:
        """Keep this build's corpus index parts for the next one (unless read-only)."""
        if self.readonly:
            return
        store = self._parts if self._parts is not None and self._parts.path == self._parts_path(seeds) else None
        with contextlib.suppress(OSError):
            (store or PartsStore(self._parts_path(seeds))).save(parts)

    def model_copy(self, source: Path) -> Path | None:
        """The LZMA-compressed file ``source`` (the language model) decompressed in the cache folder, or None.

        Loading the model decompresses its 4.5 MB into 68 MB (0.4 of the 0.6 s of CPU it takes), in every
        build that processes an input, such as a rerun after one added article; the copy, named by the
        digest of ``source`` and beside the versioned folders (a new generator version uses it too), is
        made once and loads in about 0.1 s. A copy of another model file is removed.
        """
        try:
            name = f"langid-{hashlib.sha256(source.read_bytes()).hexdigest()[:16]}.npz"
        except OSError:
            return None
        path = self.base / name
        if path.is_file() or self.readonly:
            return path if path.is_file() else None

        def fill(fh: BinaryIO) -> None:
            with lzma.open(source) as src:
                shutil.copyfileobj(src, fh, length=1 << 20)

        try:
            atomic_write_with(path, fill)
        except (OSError, lzma.LZMAError):
            return None
        for other in self.base.glob("langid-*.npz"):
            if other != path:
                other.unlink(missing_ok=True)
        return path

    def _export_path(self, docs: Path) -> Path:
        return self.root / f"export-{_folder_key(docs)}.pickle"

    def load_export(self, docs: Path, salt: str) -> dict[Any, str]:
        """The encoded article records of ``docs``'s data export kept by the previous build under ``salt``, or none."""
        try:
            with self._export_path(docs).open("rb") as fh:
                value = pickle.load(fh)  # noqa: S301 - our own file
        except Exception:  # noqa: BLE001 - a missing or unreadable file means every record is encoded
            return {}
        ok = isinstance(value, tuple) and len(value) == 2 and value[0] == salt and isinstance(value[1], dict)
        return value[1] if ok else {}

    def save_export(self, docs: Path, salt: str, records: Mapping[Any, str]) -> None:
        """Keep this build's encoded export records for the next one (``render.export.EncodedRecords``)."""
        if self.readonly:
            return

        def dump(fh: BinaryIO) -> None:
            pickle.dump((salt, dict(records)), fh, protocol=pickle.HIGHEST_PROTOCOL)

        with contextlib.suppress(OSError):
            atomic_write_with(self._export_path(docs), dump)

    def records_path(self, docs: Path) -> Path | None:
        """Where the writer keeps its page records for ``docs`` (None when read-only)."""
        return None if self.readonly else self.root / f"pages-{_folder_key(docs)}.json"


_MISSING = object()

# Once the change records pass this share of the whole file's size, the whole file is written again.
PARTS_CHANGE_SHARE = 0.5


@dataclass
class PartsStore:
    """The corpus index parts of one seeds folder: a whole file and the changes made since it was written.

    A build keeps every part it used (``Reuse.made``), and a rerun after one added article changes
    few of them (at 3,000 synthetic articles 22 of 5,254: the summaries of the actors and themes it
    joins, a few articles' related links). Instead of pickling every part again (20 MB, 0.49 s of
    CPU), a build appends one change record to a file beside the whole one (``<name>.changes``):
    the parts it made or took from elsewhere than the file it read (a part is compared by identity
    with the object read) and the keys it no longer uses. Every record carries the whole file's
    token, so records of an older whole file are never applied. Reading takes the whole file and
    applies the records in order: the same dict the last build saved. Once the records pass
    ``PARTS_CHANGE_SHARE`` of the whole file's size, or one of them cannot be read, the next save
    writes the whole file again and removes the change file. An unreadable record ends the reading
    there: the dict is then an earlier build's, each of its parts still valid under its key.
    """

    path: Path
    token: bytes = b""  # the whole file's, empty when there is none
    read: dict[str, object] = field(default_factory=dict)  # the parts as read (or as last written)
    size: int = 0  # the whole file's size in bytes
    clean: bool = False  # the change file, if any, was read to its end

    @property
    def changes(self) -> Path:
        return self.path.with_name(self.path.name + ".changes")

    def load(self) -> dict[str, object]:
        """Every part the last build saved, or none."""
        try:
            with self.path.open("rb") as fh:
                value = pickle.load(fh)  # noqa: S301 - our own file
                self.size = fh.tell()
        except Exception:  # noqa: BLE001 - a missing or unreadable file means every part is made
            return {}
        if not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], dict)):
            return {}
        self.token = value[0]
        parts: dict[str, object] = value[1]
        self.clean = self._apply(parts)
        self.read = dict(parts)
        return parts

    def _apply(self, parts: dict[str, object]) -> bool:
        """The change records of this whole file applied to ``parts``; False when one could not be read."""
        try:
            fh = self.changes.open("rb")
        except OSError:
            return True
        with fh:
            while True:
                try:
                    token, removed, added = pickle.load(fh)  # noqa: S301 - our own file
                except EOFError:
                    return True
                except Exception:  # noqa: BLE001 - a damaged record: the dict as of the records before it
                    return False
                if token != self.token:
                    return False
                for key in removed:
                    parts.pop(key, None)
                parts.update(added)

    def save(self, parts: dict[str, object]) -> None:
        """Keep ``parts`` for the next build: one change record, or the whole file when the records grew large."""
        if self.token and self.clean:
            removed = tuple(key for key in self.read if key not in parts)
            # A part as read is the object unpickled from the file; any other value is written.
            added = {k: v for k, v in parts.items() if self.read.get(k, _MISSING) is not v}
            data = pickle.dumps((self.token, removed, added), protocol=pickle.HIGHEST_PROTOCOL)
            try:
                held = self.changes.stat().st_size
            except OSError:
                held = 0
            if held + len(data) <= PARTS_CHANGE_SHARE * self.size:
                with self.changes.open("ab") as fh:
                    fh.write(data)
                self.read = dict(parts)
                return
        token = os.urandom(16)

        def dump(fh: BinaryIO) -> None:
            pickle.dump((token, parts), fh, protocol=pickle.HIGHEST_PROTOCOL)

        atomic_write_with(self.path, dump)
        self.changes.unlink(missing_ok=True)
        self.token, self.read, self.size, self.clean = token, dict(parts), self.path.stat().st_size, True
