"""The one error type for data and configuration problems (``mkdocs.yml``, the data files).

Loaders collect every problem they find and raise one ``DataError`` listing them all, each line
naming the file, the entry and the field. The command line prints the lines without a traceback
and exits with code 2, like MkDocs' ``ConfigurationError``.
"""

from __future__ import annotations

from collections.abc import Iterable


class DataError(Exception):
    """Every problem found in the data or configuration files, one per line."""

    def __init__(self, problems: Iterable[str], heading: str = "invalid data") -> None:
        self.problems = [p.replace("\n", " ") for p in problems]
        self.heading = heading
        super().__init__(f"{heading}:\n  " + "\n  ".join(self.problems))

    @classmethod
    def combine(cls, errors: Iterable[DataError]) -> DataError:
        """One error holding the problems of several."""
        errors = list(errors)
        return cls([p for e in errors for p in e.problems], " and ".join(dict.fromkeys(e.heading for e in errors)))
