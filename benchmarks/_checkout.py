"""Run a benchmark's measuring function in a fresh interpreter that imports the generator from another checkout."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent


def in_checkout(checkout: Path, module: str, call: str) -> dict[str, Any]:
    """The JSON result of ``call`` (a Python expression; ``s`` is the benchmark ``module`` of this
    folder, ``Path`` is ``pathlib.Path``), evaluated in a fresh interpreter whose ``generator``
    package is ``checkout``'s, so two checkouts are timed by the same benchmark code."""
    code = (
        f"import sys, json; sys.path[:0] = [{str(checkout)!r}, {str(BENCHMARKS)!r}]; "
        f"import {module} as s; from pathlib import Path; print(json.dumps({call}))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=checkout)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result
