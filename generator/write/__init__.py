"""Write stage: put generated files into docs_src atomically, and only when they change.

- Each file is written to a temporary file in the same folder and renamed over the old one,
  so a run killed at any moment leaves every page either old or new, never half-written.
  There is no fsync per file: a killed process cannot lose written data (the kernel holds it),
  and a power cut costs at most pages that the next run regenerates; at 10,000 pages an fsync
  each took longer than rendering them.
- A file whose content is unchanged is not touched: a second run writes nothing and keeps
  every modification time.
- The set of generated files is recorded in a manifest. Before any page is written the
  manifest is updated to cover old and new files, so even a killed run never leaves a
  generated file that a later run would mistake for a hand-written one. Stale generated
  files are removed; files the generator did not make are never touched, except inside the
  folders it owns completely (``owned_dirs``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

MANIFEST = ".briefing-manifest.json"
FILE_MODE = 0o644


@dataclass
class WriteReport:
    """What a write changed."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # hand-written files in the way


def _check_rel(rel: str) -> str:
    # Plain names joined by "/" are safe: checked without a PurePosixPath, which every page's path
    # went through three or four times in a build (a second of a 3,000-article rerun).
    if all(part and part not in (".", "..") for part in rel.split("/")):
        return rel
    p = PurePosixPath(rel)
    if p.is_absolute() or ".." in p.parts or not p.parts or rel != p.as_posix():
        raise ValueError(f"refusing to write outside the docs folder: {rel!r}")
    return rel


def _through_symlink(docs: Path, rel: str) -> bool:
    """Whether a folder on the way from ``docs`` to ``rel`` is a symlink (it could lead outside)."""
    path = docs
    for part in PurePosixPath(rel).parts[:-1]:
        path = path / part
        if path.is_symlink():
            return True
    return False


class WriteError(OSError):
    """A generated file cannot be written (a read-only or full disk): the message names the folder."""


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename; raise ``WriteError`` if impossible."""
    atomic_write_with(path, lambda fh: fh.write(data))


def atomic_write_with(path: Path, fill: Callable[[BinaryIO], object]) -> None:
    """``atomic_write`` of what ``fill`` writes to the open file (a large file need not be in memory at once)."""
    tmp = _temporary(path, fill)
    try:
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise WriteError(f"cannot write {path}: {exc.strerror or type(exc).__name__}") from None


def _temporary(path: Path, fill: Callable[[BinaryIO], object]) -> Path:
    """A temporary file beside ``path`` holding what ``fill`` wrote (the caller renames or removes it)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    except OSError as exc:
        raise WriteError(f"cannot write in {path.parent}: {exc.strerror or type(exc).__name__}") from None
    tmp = Path(name)
    try:
        tmp.chmod(FILE_MODE)  # mkstemp creates 0600; published files must be world-readable
        with os.fdopen(fd, "wb") as fh:
            fill(fh)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise WriteError(f"cannot write {path}: {exc.strerror or type(exc).__name__}") from None
        raise
    return tmp


def _file_sha(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _read_manifest(docs: Path) -> set[str]:
    try:
        data = json.loads((docs / MANIFEST).read_text(encoding="utf-8"))
        return {_check_rel(p) for p in data["files"]}
    except (OSError, ValueError, KeyError, TypeError):
        return set()


def _write_manifest(docs: Path, files: Iterable[str]) -> None:
    text = json.dumps({"files": sorted(set(files))}, indent=1) + "\n"
    path = docs / MANIFEST
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        atomic_write(path, text.encode("utf-8"))


def _owned_leftovers(docs: Path, owned_dirs: Iterable[str], keep: set[str]) -> list[str]:
    """Files (or symbolic links) in the owned folders that this build did not produce.

    ``os.walk`` names files and folders from one directory read each, where ``Path.rglob`` and a
    ``stat`` per path took 0.35 s of a profiled 2,000-article rerun. A symbolic link to a folder
    is listed (as a file to remove), never followed.
    """
    found = []
    for name in owned_dirs:
        root = docs / name
        if not root.is_dir() or root.is_symlink():
            continue
        for dirpath, dirs, files in os.walk(root):
            folder = Path(dirpath).relative_to(docs).as_posix()
            links = [d for d in dirs if Path(dirpath, d).is_symlink()]  # folders: a few
            dirs[:] = [d for d in dirs if d not in links]
            found += [rel for f in (*files, *links) if (rel := f"{folder}/{f}") not in keep]
    return found


@dataclass(frozen=True)
class PageRecord:
    """What the writer last wrote at one path: content hash, the page's input key, and the file's stat."""

    sha: str
    key: str | None
    size: int
    mtime_ns: int
    inode: int


Group = tuple[str, tuple[str, ...]]  # a group's digest and the paths of its pages (``Writer.keep_group``)


def _load_records(path: Path | None) -> tuple[str | None, dict[str, PageRecord], dict[str, Group]]:
    """The build key the records were left with (``Writer.finish``), the page records and the page groups."""
    if path is None:
        return None, {}, {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        build = data["build"]
        pages = {_check_rel(rel): PageRecord(*row) for rel, row in data["pages"].items()}
        groups = {
            str(first): (str(digest), tuple(_check_rel(rel) for rel in paths))
            for first, (digest, paths) in data.get("groups", {}).items()
        }
    except (OSError, ValueError, TypeError, AttributeError, KeyError):
        return None, {}, {}
    return (build if isinstance(build, str) else None), pages, groups


class Writer:
    """Writes one build's files into ``docs``, skipping every file that has not changed.

    ``paths`` is every file this build produces, known before the first write (see the manifest
    rule above). With ``records`` (a file in the generator's cache folder, outside docs_src so the
    docs stay byte-identical between machines) the writer remembers each file's hash, stat and
    *input key*: a page whose key is unchanged and whose file was not touched since is not even
    rendered again (:meth:`current`), and an unchanged page is recognised without reading it.
    """

    def __init__(self, docs: Path, paths: Iterable[str], owned_dirs: Iterable[str] = (),
                 records: Path | None = None) -> None:
        self.docs = docs
        self.owned = tuple(owned_dirs)
        self.report = WriteReport()
        self.new = {_check_rel(rel) for rel in paths}
        self.records_path = records
        self.previous_build, self.previous, self.previous_groups = _load_records(records)
        self.records: dict[str, PageRecord] = {}
        self.groups: dict[str, Group] = {}  # this build's page groups (``keep_group``, ``group``)
        self.kept: set[str] = set()
        self._linked: dict[str, bool] = {}  # folder (relative) -> it or a folder above it is a symbolic link
        docs.mkdir(parents=True, exist_ok=True)
        self.root = os.fspath(docs)
        self.old = _read_manifest(docs)
        for stray in docs.glob(".tmp-*"):  # left by a run that was killed mid-write
            stray.unlink(missing_ok=True)
        self.listed = self.old | self.new  # what the manifest on disk names
        _write_manifest(docs, self.listed)

    def _through_symlink(self, rel: str) -> bool:
        """``_through_symlink`` of ``rel``, each folder looked at once per build (thousands of pages share a few)."""
        folder = rel.rpartition("/")[0]
        if not folder:
            return False
        linked = self._linked.get(folder)
        if linked is None:
            linked = self._linked[folder] = _through_symlink(self.docs, f"{folder}/-")
        return linked

    def _intact(self, rel: str, record: PageRecord) -> bool:
        """Whether ``rel``, listed by the previous build, is on disk as ``record`` says, not behind a symbolic link."""
        return rel in self.old and self._on_disk(rel, record) and not self._through_symlink(rel)

    def _on_disk(self, rel: str, record: PageRecord | None) -> bool:
        """Whether the file at ``rel`` is still the one described by ``record``."""
        if record is None:
            return False
        try:
            st = os.stat(f"{self.root}/{rel}")  # noqa: PTH116 - no Path object per page: called for every page
        except OSError:
            return False
        return (st.st_size, st.st_mtime_ns, st.st_ino) == (record.size, record.mtime_ns, record.inode)

    def _keep(self, rel: str, record: PageRecord) -> None:
        self.records[rel] = record
        self.kept.add(rel)
        self.report.unchanged.append(rel)

    def current(self, rel: str, key: str) -> bool:
        """Whether ``rel`` is on disk exactly as written for the same input ``key`` (then it is kept).

        A kept file need not have been announced: it is in the old manifest already, so keeping
        it announces it (a corpus page is known to exist only once its key is computed).
        """
        record = self.previous.get(_check_rel(rel))
        if record is None or record.key != key or not self._intact(rel, record):
            return False
        self.new.add(rel)
        self._keep(rel, record)
        return True

    def keep_build(self, build: str) -> bool:
        """Whether the previous build was made from the same inputs ``build`` and left every file as recorded.

        Then every file it wrote is kept and nothing need be rendered: the build key (see
        ``pipeline.build_key``) fixes every page. A missing, moved or edited file, a folder turned
        into a symbolic link, or a file the previous build refused to overwrite (then it recorded
        no key) means False, and the build renders as usual, page by page.
        """
        previous = self.previous
        if build != self.previous_build or not previous or not self.new <= previous.keys():
            return False
        if not all(self._intact(rel, record) for rel, record in previous.items()):
            return False
        self.new |= previous.keys()
        for rel, record in previous.items():
            self._keep(rel, record)
        self.groups = dict(self.previous_groups)
        return True

    def keep_group(self, first: str, digest: str) -> tuple[str, ...] | None:
        """The pages of the group ``first``, kept, when the previous build recorded it under ``digest`` and
        left each of its files as recorded; None otherwise (the caller renders the group).

        A group is the pages one renderer makes from one set of inputs (an actor's first page and
        its continuations: ``render.keyed``); its digest stands for every input of every page, so
        an unchanged group is kept without computing a page key, as ``keep_build`` keeps a build.
        """
        recorded = self.previous_groups.get(first)
        if recorded is None or recorded[0] != digest:
            return None
        paths = recorded[1]
        records = [(rel, record) for rel in paths if (record := self.previous.get(rel)) is not None]
        if len(records) != len(paths) or not all(self._intact(rel, record) for rel, record in records):
            return None
        for rel, record in records:
            self.new.add(rel)
            self._keep(rel, record)
        self.groups[first] = recorded
        return paths

    def group(self, first: str, digest: str, paths: Iterable[str]) -> None:
        """Record that the pages ``paths`` make the group ``first`` with inputs ``digest`` (for the next build)."""
        self.groups[first] = (digest, tuple(paths))

    def announce(self, paths: Iterable[str]) -> None:
        """Add ``paths`` to the files this build produces, before any of them is written."""
        added = {_check_rel(rel) for rel in paths} - self.new
        if added:
            self.new |= added
            if not added <= self.listed:  # the manifest on disk names them already: not written again
                self.listed = self.old | self.new
                _write_manifest(self.docs, self.listed)

    def _refused(self, rel: str, path: Path) -> bool:
        """Whether ``rel`` may not be written: a symbolic link or a folder in the way."""
        if self._through_symlink(rel) or path.is_symlink() or (path.exists() and not path.is_file()):
            self.report.refused.append(rel)
            return True
        return False

    def _unchanged(self, rel: str, path: Path, sha: str, key: str | None, same: Callable[[], bool]) -> bool:
        """Whether the file at ``rel`` already holds the content hashed ``sha`` (``same``: compare the bytes).

        Kept files are recorded; a file in the way that the generator did not make is refused.
        """
        record = self.previous.get(rel)
        if record is not None and record.sha == sha and rel in self.old and self._on_disk(rel, record):
            self._keep(rel, PageRecord(sha, key, record.size, record.mtime_ns, record.inode))
            return True
        if path.is_file():
            if same():
                self._keep(rel, self._record(path, sha, key))
                return True
            if rel not in self.old and not (rel.split("/", 1)[0] in self.owned and "/" in rel):
                self.report.refused.append(rel)
                return True
        return False

    def _written(self, rel: str, path: Path, sha: str, key: str | None) -> None:
        self.report.written.append(rel)
        self.kept.add(rel)
        self.records[rel] = self._record(path, sha, key)

    def put(self, rel: str, text: str, key: str | None = None) -> None:
        """Write one file, unless it is unchanged or is a hand-written file in the way."""
        if rel not in self.new:
            raise ValueError(f"not announced to the writer: {rel!r}")
        data = text.encode("utf-8")
        sha = hashlib.sha256(data).hexdigest()
        path = self.docs / rel
        if self._refused(rel, path) or self._unchanged(rel, path, sha, key, lambda: path.read_bytes() == data):
            return
        atomic_write(path, data)
        self._written(rel, path, sha, key)

    def put_pieces(self, rel: str, pieces: Iterable[str], key: str | None = None) -> None:
        """``put`` of a large file given in pieces: written to a temporary file as they come, never held whole.

        The temporary file replaces the old one only if the content differs (the same rules as ``put``).
        """
        if rel not in self.new:
            raise ValueError(f"not announced to the writer: {rel!r}")
        path = self.docs / rel
        if self._refused(rel, path):
            return
        digest = hashlib.sha256()

        def fill(fh: BinaryIO) -> None:
            for piece in pieces:
                data = piece.encode("utf-8")
                digest.update(data)
                fh.write(data)

        tmp = _temporary(path, fill)
        sha = digest.hexdigest()
        try:
            if self._unchanged(rel, path, sha, key, lambda: _file_sha(path) == sha):
                return
            tmp.replace(path)
        except OSError as exc:
            raise WriteError(f"cannot write {path}: {exc.strerror or type(exc).__name__}") from None
        finally:
            tmp.unlink(missing_ok=True)
        self._written(rel, path, sha, key)

    @staticmethod
    def _record(path: Path, sha: str, key: str | None) -> PageRecord:
        st = path.stat()
        return PageRecord(sha, key, st.st_size, st.st_mtime_ns, st.st_ino)

    def finish(self, build: str | None = None) -> WriteReport:
        """Remove stale generated files and empty owned folders; record what was written.

        ``build``: the key of this build's inputs (``keep_build``), recorded only when no file was refused.
        """
        report = self.report
        docs = self.docs
        for rel in sorted((self.old - self.new) | set(_owned_leftovers(docs, self.owned, self.new))):
            path = docs / rel
            if _through_symlink(docs, rel):
                continue
            if path.is_file() or path.is_symlink():
                path.unlink()
                report.removed.append(rel)
        for name in self.owned:
            _remove_empty_dirs(docs / name)
        _write_manifest(docs, self.kept)
        if self.records_path is not None:
            rows = {rel: [r.sha, r.key, r.size, r.mtime_ns, r.inode] for rel, r in sorted(self.records.items())}
            recorded = build if not report.refused else None
            # A group is recorded only when every page of it is (none was refused or failed).
            groups = {
                first: [digest, list(paths)]
                for first, (digest, paths) in sorted(self.groups.items())
                if all(rel in self.records for rel in paths)
            }
            data = {"build": recorded, "pages": rows, "groups": groups}
            text = json.dumps(data, separators=(",", ":")) + "\n"
            with contextlib.suppress(OSError):  # the records only save work; losing them is harmless
                if not self.records_path.is_file() or self.records_path.read_text(encoding="utf-8") != text:
                    atomic_write(self.records_path, text.encode("utf-8"))
        report.written.sort()
        report.unchanged.sort()
        report.refused.sort()
        return report


def write_files(docs: Path, files: Mapping[str, str], owned_dirs: Iterable[str] = ()) -> WriteReport:
    """Bring ``docs`` in line with ``files`` (relative path -> text)."""
    writer = Writer(docs, files, owned_dirs)
    for rel in sorted(writer.new):
        writer.put(rel, files[rel])
    return writer.finish()


def _remove_empty_dirs(root: Path) -> None:
    if not root.is_dir() or root.is_symlink():
        return
    for dirpath, _dirs, _files in sorted(os.walk(root), key=lambda t: -len(t[0])):
        path = Path(dirpath)
        if path != root and not any(path.iterdir()):
            path.rmdir()
