"""The GitHub workflows: valid against GitHub's workflow schema (offline) and shaped as intended.

``pages.yml`` publishes the site; ``fetch.yml`` (issue 19) fetches new articles on a schedule, commits
them and calls ``pages.yml`` on the commit it pushed. Its commit step is run here for real, against
a local bare repository standing in for GitHub.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
WORKFLOW = WORKFLOWS / "pages.yml"
FETCH = WORKFLOWS / "fetch.yml"


def _check_jsonschema(path: Path) -> subprocess.CompletedProcess[str]:
    """``check-jsonschema --builtin-schema vendor.github-workflows`` from this interpreter's environment."""
    cmd = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(path)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _steps(workflow: dict[Any, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every step of every job, in order, with its job's name."""
    return [(name, step) for name, job in workflow["jobs"].items() for step in job.get("steps", [])]


def _uses(step: dict[str, Any]) -> str:
    return str(step.get("uses", "")).split("@")[0]


@pytest.mark.parametrize("path", [WORKFLOW, FETCH], ids=lambda p: p.name)
def test_workflow_is_valid_against_the_github_workflow_schema(path: Path) -> None:
    proc = _check_jsonschema(path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "ok" in proc.stdout


def test_schema_check_rejects_a_broken_workflow(tmp_path: Path) -> None:
    """The validation is real: a job without ``runs-on`` and a misspelt key are refused."""
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  build:\n    stepz:\n      - run: echo hi\n", encoding="utf-8")
    proc = _check_jsonschema(broken)
    assert proc.returncode == 1, proc.stdout + proc.stderr


def test_runs_on_push_to_main(workflow: dict[Any, Any]) -> None:
    on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert on["push"]["branches"] == ["main"]


def test_pages_permissions_environment_and_concurrency(workflow: dict[Any, Any]) -> None:
    permissions = workflow["permissions"]
    assert permissions["pages"] == "write"
    assert permissions["id-token"] == "write"
    assert workflow["concurrency"]["group"]
    deploy_jobs = [j for j in workflow["jobs"].values() if any(_uses(s) == "actions/deploy-pages" for s in j["steps"])]
    assert len(deploy_jobs) == 1
    assert deploy_jobs[0]["environment"]["name"] == "github-pages"


def test_uploads_the_site_then_deploys_it(workflow: dict[Any, Any]) -> None:
    steps = _steps(workflow)
    uses = [_uses(step) for _, step in steps]
    assert "actions/upload-pages-artifact" in uses
    assert "actions/deploy-pages" in uses
    upload = uses.index("actions/upload-pages-artifact")
    deploy = uses.index("actions/deploy-pages")
    assert upload < deploy, "upload-pages-artifact must come before deploy-pages"
    upload_job, upload_step = steps[upload]
    deploy_job, _ = steps[deploy]
    site_dir = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))["site_dir"]
    assert upload_step["with"]["path"].rstrip("/") == site_dir
    if upload_job != deploy_job:
        needs = workflow["jobs"][deploy_job]["needs"]
        assert upload_job in ([needs] if isinstance(needs, str) else needs)


def test_the_generator_cache_is_restored_before_the_build_and_saved(workflow: dict[Any, Any]) -> None:
    steps = _steps(workflow)
    uses = [_uses(step) for _, step in steps]
    assert "actions/cache" in uses, "the generator's cache folder must be restored and saved"
    cache = steps[uses.index("actions/cache")][1]
    build = next(i for i, (_, s) in enumerate(steps) if "make site" in str(s.get("run", "")))
    assert uses.index("actions/cache") < build
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))
    data = config["extra"]["briefing"]["data"]
    assert cache["with"]["path"] == ".cache/briefing"  # the CLI's --cache default (generator/cli.py)
    key = cache["with"]["key"]
    for part in ("generator/**", "seeds/**", f"{data}/**"):
        assert part in key, f"the cache key must change with {part}"
    assert "generator/**" in cache["with"]["restore-keys"]


def test_site_url_comes_from_the_pages_configuration(workflow: dict[Any, Any]) -> None:
    steps = _steps(workflow)
    configure = [s for _, s in steps if _uses(s) == "actions/configure-pages"]
    assert len(configure) == 1
    step_id = configure[0]["id"]
    builds = [(i, s) for i, (_, s) in enumerate(steps) if "SITE_URL" in (s.get("env") or {})]
    assert builds, "no step sets SITE_URL"
    index, build = builds[0]
    assert [_uses(s) for _, s in steps].index("actions/configure-pages") < index
    expression = build["env"]["SITE_URL"]
    assert f"steps.{step_id}.outputs.base_url" in expression
    assert "'{0}/'" in expression, "SITE_URL must end with a slash"
    assert "vars.SITE_URL" in expression, "a repository variable SITE_URL must be able to override it"
    # The same step generates (feed links use SITE_URL) and builds the site.
    assert "make site" in build["run"]


# --- fetch.yml ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fetch_workflow() -> dict[Any, Any]:
    data = yaml.safe_load(FETCH.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _on(workflow: dict[Any, Any]) -> dict[str, Any]:
    on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert isinstance(on, dict)
    return on


def test_fetch_runs_on_a_schedule_and_by_hand(fetch_workflow: dict[Any, Any]) -> None:
    on = _on(fetch_workflow)
    assert on["schedule"] and all(len(entry["cron"].split()) == 5 for entry in on["schedule"])
    assert "workflow_dispatch" in on
    assert fetch_workflow["concurrency"]["group"] != yaml.safe_load(WORKFLOW.read_text())["concurrency"]["group"], (
        "the same group in caller and called workflow deadlocks"
    )


def test_fetch_sets_up_with_make_and_runs_fetch(fetch_workflow: dict[Any, Any]) -> None:
    steps = fetch_workflow["jobs"]["fetch"]["steps"]
    uses = [_uses(s) for s in steps]
    assert uses[:2] == ["actions/checkout", "actions/setup-python"]
    assert steps[1]["with"]["python-version"] == "3.11"
    fetch = next(s for s in steps if s.get("id") == "fetch")
    assert "make fetch" in fetch["run"] and fetch["continue-on-error"] is True
    assert "fetch:" in (ROOT / "Makefile").read_text(encoding="utf-8")
    assert fetch_workflow["jobs"]["fetch"]["permissions"] == {"contents": "write"}
    last = steps[-1]
    assert last["if"] == "steps.fetch.outcome == 'failure'" and "exit 1" in last["run"]


def test_fetch_publishes_by_calling_the_pages_workflow(fetch_workflow: dict[Any, Any]) -> None:
    """Pushes made with GITHUB_TOKEN start no workflow, so fetch.yml calls pages.yml on the pushed commit."""
    publish = fetch_workflow["jobs"]["publish"]
    assert publish["uses"] == "./.github/workflows/pages.yml"
    assert publish["needs"] == "fetch"
    assert publish["with"]["ref"] == "${{ needs.fetch.outputs.sha }}"
    assert "needs.fetch.outputs.pushed == 'true'" in publish["if"] and "!cancelled()" in publish["if"]
    assert publish["permissions"]["pages"] == "write" and publish["permissions"]["id-token"] == "write"
    outputs = fetch_workflow["jobs"]["fetch"]["outputs"]
    assert {"pushed", "sha", "articles"} <= set(outputs)
    pages = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    called = _on(pages)["workflow_call"]["inputs"]["ref"]
    assert called["type"] == "string" and called["default"] == ""
    checkout = next(s for _, s in _steps(pages) if _uses(s) == "actions/checkout")
    assert checkout["with"]["ref"] == "${{ inputs.ref }}", "pages.yml must build the commit it is given"


def _git(cwd: Path, *args: str) -> str:
    env = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org", "GIT_COMMITTER_NAME": "Test",
           "GIT_COMMITTER_EMAIL": "test@example.org", "HOME": str(cwd), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


class Runner:
    """A checkout of a bare 'origin' and the commit step of fetch.yml, run as GitHub would run it."""

    def __init__(self, root: Path, script: str) -> None:
        self.origin = root / "origin.git"
        self.work = root / "work"
        self.script = script
        _git(root, "init", "--quiet", "--bare", "--initial-branch=main", str(self.origin))
        seed = root / "seed"
        _git(root, "init", "--quiet", "--initial-branch=main", str(seed))
        (seed / "seeds").mkdir()
        (seed / "seeds" / "first.txt").write_text("An article.\n", encoding="utf-8")
        (seed / "README.md").write_text("Briefing\n", encoding="utf-8")
        _git(seed, "add", "-A")
        _git(seed, "commit", "--quiet", "-m", "start")
        _git(seed, "push", "--quiet", str(self.origin), "main")
        _git(root, "clone", "--quiet", str(self.origin), str(self.work))

    def run(self) -> dict[str, str]:
        output = self.work.parent / "github_output"
        output.write_text("", encoding="utf-8")
        env = {"SEEDS": "seeds", "BRANCH": "main", "GITHUB_OUTPUT": str(output), "HOME": str(self.work.parent),
               "PATH": "/usr/bin:/bin"}
        proc = subprocess.run(["bash", "-c", self.script], cwd=self.work, capture_output=True, text=True, env=env,
                              timeout=120)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        return dict(line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines())


@pytest.fixture
def runner(tmp_path: Path, fetch_workflow: dict[Any, Any]) -> Runner:
    step = next(s for s in fetch_workflow["jobs"]["fetch"]["steps"] if s.get("id") == "commit")
    assert step["env"]["SEEDS"] == "seeds"
    return Runner(tmp_path, step["run"])


def test_commit_step_with_nothing_new_pushes_nothing(runner: Runner) -> None:
    before = _git(runner.origin, "rev-parse", "main")
    assert runner.run() == {"pushed": "false", "articles": "0"}
    assert _git(runner.origin, "rev-parse", "main") == before


def test_commit_step_commits_new_seeds_and_the_state_as_the_bot(runner: Runner) -> None:
    (runner.work / "seeds" / "new-story-1a2b3c4d.html").write_text("<html></html>\n", encoding="utf-8")
    (runner.work / "seeds" / "new-story-1a2b3c4d.yml").write_text("url: https://x.example/a\n", encoding="utf-8")
    (runner.work / "briefing").mkdir()
    (runner.work / "briefing" / "fetch-state.json").write_text("{}\n", encoding="utf-8")
    (runner.work / "stray.log").write_text("not for the repository\n", encoding="utf-8")
    outputs = runner.run()
    assert outputs["pushed"] == "true" and outputs["articles"] == "1"
    assert outputs["sha"] == _git(runner.origin, "rev-parse", "main")
    files = _git(runner.origin, "show", "--name-only", "--format=%an <%ae>%n%s", "main").splitlines()
    assert files[0] == "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>"
    assert files[1] == "Fetch: 1 new article(s) from the news feeds"
    assert sorted(f for f in files[2:] if f) == [
        "briefing/fetch-state.json", "seeds/new-story-1a2b3c4d.html", "seeds/new-story-1a2b3c4d.yml"
    ]


def test_commit_step_rebases_when_the_branch_moved_on(runner: Runner, tmp_path: Path) -> None:
    other = tmp_path / "other"
    _git(tmp_path, "clone", "--quiet", str(runner.origin), str(other))
    (other / "notes.md").write_text("Pushed meanwhile.\n", encoding="utf-8")
    _git(other, "add", "-A")
    _git(other, "commit", "--quiet", "-m", "meanwhile")
    _git(other, "push", "--quiet", "origin", "main")
    (runner.work / "seeds" / "late-story-9f8e7d6c.html").write_text("<html></html>\n", encoding="utf-8")
    outputs = runner.run()
    assert outputs["pushed"] == "true"
    log = _git(runner.origin, "log", "--format=%s", "main").splitlines()
    assert log[:2] == ["Fetch: 1 new article(s) from the news feeds", "meanwhile"]
    assert outputs["sha"] == _git(runner.origin, "rev-parse", "main")
