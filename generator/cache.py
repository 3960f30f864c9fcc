"""Per-article cache: the result of the per-article stage, keyed by input and generator version.

At 10,000 articles a rebuild after one new seed must not re-clean the other 9,999. The key
is the hash of the input bytes, the sidecar bytes and the generator's own code and data
files, so editing a rule or a data file invalidates every entry. A corrupt or unreadable
entry is treated as a miss.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import shutil
from functools import lru_cache
from pathlib import Path

from generator.records import Draft, Skipped
from generator.write import atomic_write

PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of every source and data file of the generator package."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in (".py", ".yml", ".yaml", ".json") and path.is_file():
            h.update(path.relative_to(PACKAGE).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


class Cache:
    """A folder of pickled per-article results."""

    def __init__(self, root: Path, *, readonly: bool = False) -> None:
        self.root = root / code_version()
        self.readonly = readonly
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

    def get(self, key: str) -> tuple[Draft | Skipped, list[str]] | None:
        """The cached result for ``key``, or None."""
        try:
            value = pickle.loads(self._path(key).read_bytes())  # noqa: S301 - our own files
        except Exception:  # noqa: BLE001 - any unreadable entry is a miss
            return None
        return value if isinstance(value, tuple) and len(value) == 2 else None

    def put(self, key: str, value: tuple[Draft | Skipped, list[str]]) -> None:
        """Store a result; failures to write the cache never fail the build."""
        if self.readonly:
            return
        with contextlib.suppress(OSError):
            atomic_write(self._path(key), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
