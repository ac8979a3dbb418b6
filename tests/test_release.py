"""Versions from git tags, and ``verify init`` pinning a derivation-verifier that exists.

The distributions here are fakes (a ``.dist-info`` folder written by the test, PEP 610
``direct_url.json`` included) and the checkouts are small git repositories made on the spot with
network-looking remotes that are never contacted: no test touches the network.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from verifier.cli import main
from verifier.exitcodes import ExitCode
from verifier.provenance import Origin, from_source, origin, own_distribution, public_url, version
from verifier.scaffold import pre_commit_config, scaffold, workflow

ROOT = Path(__file__).resolve().parents[1]
REMOTE = "https://git.example.org/course-tools/derivation-verifier.git"
COMMIT = "0123456789abcdef0123456789abcdef01234567"
PLACEHOLDER = re.compile(r"<[A-Za-z_ -]+>")  # <owner>, <version>, <your account>, ...


def _dist(site: Path, ver: str, direct_url: dict | None, files: tuple[str, ...] = (), installer: bool = True) -> Path:
    info = site / f"derivation_verifier-{ver}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: derivation-verifier\nVersion: {ver}\n", "utf-8")
    (info / "RECORD").write_text("".join(f"{f},,\n" for f in [*files, f"{info.name}/METADATA"]), "utf-8")
    if installer:
        (info / "INSTALLER").write_text("pip\n", "utf-8")
    if direct_url is not None:
        (info / "direct_url.json").write_text(json.dumps(direct_url), "utf-8")
    return info


def _installed(tmp_path: Path, ver: str, direct_url: dict | None) -> tuple[list[str], Path]:
    """A regular (copied) install: site-packages holds the package and its .dist-info."""
    site = tmp_path / "site"
    (site / "verifier").mkdir(parents=True)
    (site / "verifier" / "__init__.py").write_text("", "utf-8")
    _dist(site, ver, direct_url, ("verifier/__init__.py",))
    return [str(site)], site / "verifier"


def _git(cwd: Path, *args: str) -> str:
    who = {f"GIT_{role}_{field}": value for role in ("AUTHOR", "COMMITTER") for field, value in
           (("NAME", "t"), ("EMAIL", "t@example.org"))}  # fmt: skip
    env = {**os.environ, **who, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    return subprocess.run(["git", "-C", str(cwd), *args], env=env, check=True, capture_output=True, text=True).stdout


def _checkout(tmp_path: Path, remote: str | None) -> Path:
    repo = tmp_path / "checkout"
    (repo / "verifier").mkdir(parents=True)
    (repo / "verifier" / "__init__.py").write_text("", "utf-8")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "first")
    if remote is not None:
        _git(repo, "remote", "add", "origin", remote)
        _git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")  # as if pushed and fetched
    return repo


def _editable(tmp_path: Path, repo: Path, ver: str = "0.3.1.dev2+g0123456") -> list[str]:
    site = tmp_path / "site"
    _dist(site, ver, {"url": repo.as_uri(), "dir_info": {"editable": True}})
    return [str(site)]


# --- where the running tool came from -------------------------------------------------------------


def test_installed_from_a_vcs_url_pins_that_url_at_the_exact_commit(tmp_path: Path) -> None:
    vcs_info = {"vcs": "git", "commit_id": COMMIT, "requested_revision": "v0.3.0"}
    path, pkg = _installed(tmp_path, "0.3.0", {"url": REMOTE, "vcs_info": vcs_info})
    found = origin(path, pkg)
    assert (found.kind, found.version) == ("vcs", "0.3.0")
    assert found.requirement == f"derivation-verifier @ git+{REMOTE}@{COMMIT}"
    assert found.git == (REMOTE, COMMIT)


def test_a_vcs_url_over_ssh_becomes_https_and_a_local_one_is_not_public(tmp_path: Path) -> None:
    path, pkg = _installed(tmp_path, "0.3.0", {"url": "ssh://git@git.example.org/course-tools/dv.git",
                                               "vcs_info": {"vcs": "git", "commit_id": COMMIT}})  # fmt: skip
    assert (
        origin(path, pkg).requirement
        == f"derivation-verifier @ git+https://git.example.org/course-tools/dv.git@{COMMIT}"
    )
    local = tmp_path / "local"
    path, pkg = _installed(local, "0.3.0", {"url": "file:///srv/dv", "vcs_info": {"vcs": "git", "commit_id": COMMIT}})
    found = origin(path, pkg)
    assert found.requirement is None and found.kind == "unknown"


def test_installed_from_an_index_pins_the_version(tmp_path: Path) -> None:
    path, pkg = _installed(tmp_path, "0.3.0", None)
    found = origin(path, pkg)
    assert (found.kind, found.requirement) == ("index", "derivation-verifier==0.3.0")
    path, pkg = _installed(tmp_path / "local-build", "0.3.1.dev2+g0123456", None)  # a wheel built here
    assert origin(path, pkg).requirement is None  # no public index takes a local version label


def test_installed_from_a_local_wheel_has_no_public_source(tmp_path: Path) -> None:
    path, pkg = _installed(tmp_path, "0.3.0", {"url": "file:///tmp/dist/derivation_verifier-0.3.0-py3-none-any.whl",
                                               "archive_info": {}})  # fmt: skip
    assert origin(path, pkg).requirement is None


def test_a_checkout_with_a_remote_pins_the_remote_at_its_tag_or_commit(tmp_path: Path) -> None:
    repo = _checkout(tmp_path, "git@git.example.org:course-tools/derivation-verifier.git")
    path = _editable(tmp_path, repo)
    _git(repo, "tag", "v0.3.0")
    found = origin(path, repo / "verifier")
    assert found.kind == "checkout" and found.version == "0.3.1.dev2+g0123456"
    assert found.requirement == f"derivation-verifier @ git+{REMOTE}@v0.3.0" and found.notes == ()
    (repo / "more.txt").write_text("x", "utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "after the tag, not pushed")
    head = _git(repo, "rev-parse", "HEAD").strip()
    found = origin(path, repo / "verifier")
    assert found.requirement == f"derivation-verifier @ git+{REMOTE}@{head}"
    assert any("push it" in n for n in found.notes)  # CI could not fetch this commit yet
    (repo / "more.txt").write_text("changed", "utf-8")
    assert any("uncommitted changes" in n for n in origin(path, repo / "verifier").notes)


@pytest.mark.parametrize("remote", [None, "/srv/git/derivation-verifier.git", "file:///srv/git/dv.git"])
def test_a_checkout_without_a_network_remote_has_no_public_source(tmp_path: Path, remote: str | None) -> None:
    repo = _checkout(tmp_path, remote)
    found = origin(_editable(tmp_path, repo), repo / "verifier")
    assert found.requirement is None and found.kind == "unknown" and found.version == "0.3.1.dev2+g0123456"


def test_a_same_named_distribution_of_other_code_lends_neither_version_nor_source(tmp_path: Path) -> None:
    """A checkout on PYTHONPATH over an older install (or beside the .egg-info a build left) is not that install."""
    repo = _checkout(tmp_path, REMOTE)
    other = tmp_path / "elsewhere"
    other.mkdir()
    path = _editable(tmp_path, other, "0.1.0")
    _dist(repo, "0.1.5", None, ("verifier/__init__.py",), installer=False)  # a build's leftover metadata
    assert own_distribution([*path, str(repo)], repo / "verifier") is None
    (repo / "pyproject.toml").write_text('[tool.setuptools_scm]\nfallback_version = "0.4.0"\n', "utf-8")
    found = origin([*path, str(repo)], repo / "verifier")
    assert found.version == "0.4.0+unknown" and found.kind == "checkout"


def test_public_url_never_copies_credentials_or_a_local_path() -> None:
    assert public_url("https://user:token@git.example.org/a/b.git") is None
    assert public_url("/home/ta/derivation-verifier") is None
    assert public_url("git@git.example.org:a/b.git") == "https://git.example.org/a/b.git"


# --- what verify init writes -----------------------------------------------------------------------


def test_the_workflow_and_hooks_install_what_was_found_and_never_a_placeholder(tmp_path: Path) -> None:
    sources = [
        Origin("0.3.0", "vcs", f"derivation-verifier @ git+{REMOTE}@{COMMIT}", "from git"),
        Origin("0.3.0", "index", "derivation-verifier==0.3.0", "from an index"),
        Origin("0.3.0", "unknown", None, "from a checkout without a remote"),
    ]
    for source in sources:
        text = workflow(source)
        hooks = pre_commit_config("derivations", "notes", source)
        for generated in (text, hooks):
            assert not PLACEHOLDER.search(generated), PLACEHOLDER.search(generated)
            assert "<owner>" not in generated
        assert f'VERIFY_PACKAGE: "{source.requirement or ""}"' in text
        steps = "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("#"))
        assert 'python -m pip install "$VERIFY_PACKAGE"' in steps and "pip install -e" not in steps
        assert "- repo: local" in hooks and hooks.count("        language: system\n") == 2
    assert f"#   - repo: {REMOTE}\n#     rev: {COMMIT}\n" in pre_commit_config("derivations", "notes", sources[0])
    assert "rev:" not in pre_commit_config("derivations", "notes", sources[1])
    unknown = workflow(sources[2])
    assert "FILL IN VERIFY_PACKAGE" in unknown and 'if [ -z "$VERIFY_PACKAGE" ]' in unknown


def test_init_without_a_public_source_says_which_line_to_fill_in(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr("verifier.scaffold.origin", lambda: Origin("0.3.0", "unknown", None, "run from a checkout"))
    assert main(["init", str(tmp_path)]) == ExitCode.OK
    captured = capsys.readouterr()
    lines = (tmp_path / ".github" / "workflows" / "verify.yml").read_text("utf-8").splitlines()
    number = int(re.search(r"fill in line (\d+) of \.github/workflows/verify\.yml", captured.err)[1])
    assert lines[number - 1].strip() == 'VERIFY_PACKAGE: ""'
    assert "--source URL@REV" in captured.err and "fill in" not in captured.out
    assert main(["init", str(tmp_path)]) == ExitCode.OK  # the workflow is kept: nothing more to fill in now
    assert "fill in" not in capsys.readouterr().err


def test_init_source_option_pins_what_the_user_gives(tmp_path: Path, capsys) -> None:
    assert main(["init", str(tmp_path / "a"), "--source", f"{REMOTE}@v0.3.0"]) == 2  # not a directory yet
    (tmp_path / "a").mkdir()
    assert main(["init", str(tmp_path / "a"), "--source", f"{REMOTE}@v0.3.0"]) == ExitCode.OK
    text = (tmp_path / "a" / ".github" / "workflows" / "verify.yml").read_text("utf-8")
    assert f'VERIFY_PACKAGE: "derivation-verifier @ git+{REMOTE}@v0.3.0"' in text
    assert "rev: v0.3.0" in (tmp_path / "a" / ".pre-commit-config.yaml").read_text("utf-8")
    assert "fill in" not in capsys.readouterr().err
    assert from_source("derivation-verifier==0.3.0", "0.3.0").requirement == "derivation-verifier==0.3.0"
    for bad in (REMOTE, "/srv/dv@v1", "derivation-verifier", "https://x.example.org/a@v1 ; rm -rf /", 'x"y'):
        assert main(["init", str(tmp_path / "a"), "--source", bad]) == ExitCode.USAGE_ERROR, bad
    assert "URL@REV" in capsys.readouterr().err


def test_scaffold_in_a_course_uses_the_running_tools_origin(tmp_path: Path) -> None:
    scaffold(tmp_path)  # this checkout, run from PYTHONPATH or installed: whatever it is, nothing invented
    text = (tmp_path / ".github" / "workflows" / "verify.yml").read_text("utf-8")
    assert not PLACEHOLDER.search(text)
    assert f'VERIFY_PACKAGE: "{origin().requirement or ""}"' in text


# --- the version -------------------------------------------------------------------------------------


def _fallback() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools_scm"]["fallback_version"]


def test_the_version_comes_from_git_tags_with_the_changelogs_newest_version_as_fallback() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert any(r.startswith("setuptools-scm") for r in pyproject["build-system"]["requires"])
    assert pyproject["project"]["dynamic"] == ["version"] and "version" not in pyproject["project"]
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    newest = re.search(r"^## (\d+\.\d+\.\d+)", changelog, re.M)[1]
    assert newest == _fallback()


def test_verify_version_is_the_metadata_of_the_distribution_holding_this_code(tmp_path: Path) -> None:
    """Through the real look-up, in a fresh interpreter: an editable install of this checkout (faked)
    gives its metadata version; without one, the fallback marked +unknown."""
    site = tmp_path / "site"
    _dist(site, "7.8.9.dev3+gabcdef1", {"url": ROOT.as_uri(), "dir_info": {"editable": True}})
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "GITHUB_"))}
    for extra, expected in (([str(site)], "7.8.9.dev3+gabcdef1"), ([], None)):
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *extra])
        done = subprocess.run([sys.executable, "-P", "-m", "verifier.cli", "--version"], env=env, cwd=tmp_path,
                              capture_output=True, text=True, timeout=120, check=True)  # fmt: skip
        shown = done.stdout.strip().removeprefix("derivation-verifier ")
        if expected is None:  # the interpreter's own install of this code, if any, else the fallback
            expected = own_distribution().version if own_distribution() else f"{_fallback()}+unknown"
        assert shown == expected


def test_an_installed_copy_reports_its_metadata_version() -> None:
    """In an install of this checkout (`.ci/run`'s `pip install -e`), `verify --version` is its metadata."""
    dist = own_distribution()
    if dist is None:
        pytest.skip("this code is not installed (run from PYTHONPATH)")
    assert version() == dist.version
    assert not dist.version.endswith("+unknown")
