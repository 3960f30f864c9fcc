"""Shared fixtures: a throw-away project folder, the generator CLI and the real mkdocs build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.webserver import LocalWeb, serve

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from the current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@dataclass
class Project:
    """A copy of the site configuration in a temporary folder, with its own seeds and docs."""

    root: Path

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def docs(self) -> Path:
        return self.root / "docs_src"

    @property
    def site(self) -> Path:
        return self.root / "site"

    def generate(self, *args: str, check: bool = True, prefix: Sequence[str] = (),
                 **env_vars: str) -> subprocess.CompletedProcess[str]:
        """Run ``python -m generator build`` for this project (after a ``prefix`` command such as setpriv)."""
        cmd = [
            *prefix,
            sys.executable,
            "-m",
            "generator",
            "build",
            "--seeds",
            str(self.seeds),
            "--docs",
            str(self.docs),
            "--config",
            str(self.root / "mkdocs.yml"),
            "--cache",
            str(self.root / ".cache"),
            *args,
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=self.root, env={**env(), **env_vars})
        if check and proc.returncode != 0:
            raise AssertionError(f"generator failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
        return proc

    def mkdocs_build(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run the real ``mkdocs build --strict`` for this project."""
        cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(self.root / "mkdocs.yml"), *args]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=self.root, env=env())
        if proc.returncode != 0:
            raise AssertionError(f"mkdocs build failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
        return proc


def env() -> dict[str, str]:
    env = dict(os.environ)
    env["NO_MKDOCS_2_WARNING"] = "1"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.fixture
def make_project(tmp_path: Path) -> Callable[..., Project]:
    """Factory: a project with mkdocs.yml, the hand-written pages, a data folder and the given seeds (or none)."""

    def make(seeds: Path | None = SEEDS, name: str = "project", data: Path | None = ROOT / "briefing") -> Project:
        project = Project(tmp_path / name)
        project.root.mkdir()
        shutil.copy(ROOT / "mkdocs.yml", project.root / "mkdocs.yml")
        if data is not None:  # the owner's data folder (extra.briefing.data, briefing/ by default)
            shutil.copytree(data, project.root / "briefing")
        shutil.copytree(ROOT / "overrides", project.root / "overrides")
        project.docs.mkdir()
        shutil.copy(ROOT / "docs_src" / "about.md", project.docs / "about.md")
        if seeds is not None:
            shutil.copytree(seeds, project.seeds)
        else:
            project.seeds.mkdir()
        return project

    return make


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    """A web server on 127.0.0.1 with routes the test sets (``tests/webserver.py``)."""
    yield from serve()
