"""The GitHub Pages workflow: valid against GitHub's workflow schema (offline) and shaped as intended."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


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


def test_workflow_is_valid_against_the_github_workflow_schema() -> None:
    proc = _check_jsonschema(WORKFLOW)
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
