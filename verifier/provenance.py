"""Where the running derivation-verifier came from: its version and the pip requirement that installs it again.

The version comes from git tags (setuptools-scm writes it into the package metadata when the package
is built or installed, editable or not), so the one source of truth at run time is the metadata of
the distribution that holds *this* code. A shadowed copy — an older install of the same name while
a checkout runs from ``PYTHONPATH`` — must not lend its version, so a distribution counts only when
its files (or, for an editable install, its PEP 610 ``direct_url.json``) point at this package.
A checkout that was never installed has no metadata: it reports the fallback version of its
pyproject.toml, marked ``+unknown``.

``verify init`` pins in a course's workflow what this module finds (PEP 610): installed from a VCS
URL → that URL at the exact commit; from an index → ``derivation-verifier==<version>``; from a
checkout whose git remote is a network URL → that remote at the checkout's tag or commit; otherwise
no public source is known and nothing is invented (:attr:`Origin.requirement` is ``None``).
"""

from __future__ import annotations

import json
import re
import subprocess
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from urllib.parse import unquote, urlsplit

__all__ = ["NAME", "Origin", "from_source", "origin", "own_distribution", "version"]

NAME = "derivation-verifier"
PACKAGE_DIR = Path(__file__).resolve().parent
#: remote URLs a CI runner can clone from; a file path or file:// URL exists only on this machine
_NETWORK_URL = re.compile(r"^(https?|ssh|git)://[^/\s]+/\S+$")
_SCP_LIKE = re.compile(r"^(?P<user>[\w.-]+)@(?P<host>[\w.-]+):(?P<path>[^/\s]\S*)$")  # git@github.com:o/r.git
#: what --source accepts as a pip requirement; it is written into a YAML string and a shell word, so no quotes,
#: backslashes, "$" or backticks
_REQUIREMENT = re.compile(
    r"^derivation[-_.]verifier\s*(\[[\w,\s-]*\])?\s*(==|===|~=|>=|<=|@)\s*[^\s\"'\\$`][^\"'\\$`\n]*\Z", re.I
)


@dataclass(frozen=True)
class Origin:
    """How to install this very derivation-verifier again, and how that was found out."""

    version: str
    kind: str  # "vcs", "index", "archive", "checkout", "given" (--source) or "unknown"
    requirement: str | None  # a pip requirement that exists; None when no public source is known
    how: str  # one sentence for the user: where the requirement comes from
    notes: tuple[str, ...] = ()  # caveats the user should read (uncommitted changes, an unpushed commit)

    @property
    def git(self) -> tuple[str, str] | None:
        """``(repository URL, tag or commit)`` of a git requirement: pre-commit's ``repo`` and ``rev``."""
        m = re.match(r"^[^@]+@\s*git\+(?P<url>\S+)@(?P<rev>[^@#\s]+)(#\S*)?$", self.requirement or "")
        return (m["url"], m["rev"]) if m else None


def _file_url_path(url: str) -> Path | None:
    parts = urlsplit(url)
    return Path(unquote(parts.path)) if parts.scheme == "file" else None


def _direct_url(dist: metadata.Distribution) -> dict | None:
    """PEP 610 ``direct_url.json``: absent for an install from an index."""
    text = dist.read_text("direct_url.json")
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) and isinstance(data.get("url"), str) else None


def _holds(dist: metadata.Distribution, package_dir: Path) -> bool:
    """Whether ``dist`` is the distribution whose code is ``package_dir`` (not a same-named copy elsewhere).

    Only what an installer wrote counts: the ``.egg-info`` a build leaves in a checkout lists the
    checkout's files too, but its version is that of the last build and it says nothing of a source.
    """
    if not dist.read_text("INSTALLER"):
        return False
    for f in dist.files or ():
        if f.as_posix() == f"{package_dir.name}/__init__.py":
            return Path(str(dist.locate_file(f))).resolve() == package_dir / "__init__.py"
    info = _direct_url(dist)
    if info and (info.get("dir_info") or {}).get("editable"):
        source = _file_url_path(info["url"])
        return source is not None and source.resolve() == package_dir.parent
    return False


def own_distribution(path: list[str] | None = None, package_dir: Path = PACKAGE_DIR) -> metadata.Distribution | None:
    """The installed distribution that holds ``package_dir``, or None (a checkout run from ``PYTHONPATH``)."""
    for dist in metadata.distributions(name=NAME, path=path) if path is not None else metadata.distributions(name=NAME):
        if _holds(dist, package_dir):
            return dist
    return None


def _fallback_version(package_dir: Path) -> str:
    """A checkout that was never installed: setuptools-scm's fallback version, marked as not derived from git."""
    try:
        data = tomllib.loads((package_dir.parent / "pyproject.toml").read_text(encoding="utf-8"))
        fallback = str(data["tool"]["setuptools_scm"]["fallback_version"])
    except (OSError, KeyError, TypeError, tomllib.TOMLDecodeError):
        fallback = "0"
    return f"{fallback}+unknown"


@lru_cache(maxsize=1)
def version() -> str:
    """``verifier.__version__``: the metadata version of the distribution holding this code."""
    dist = own_distribution()
    return dist.version if dist is not None else _fallback_version(PACKAGE_DIR)


def _git(cwd: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", str(cwd), *args], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def public_url(url: str) -> str | None:
    """A remote URL a CI runner can clone without this machine's keys, or None (a path, file://, unknown form)."""
    url = url.strip()
    if re.search(r"[\s\"'\\$`]", url):
        return None  # it goes into a YAML string and a shell word: nothing that could end either
    m = _SCP_LIKE.match(url)
    if m:  # git@github.com:owner/repo.git: the same repository over https (no key needed for a public one)
        return f"https://{m['host']}/{m['path']}"
    if not _NETWORK_URL.match(url):
        return None
    parts = urlsplit(url)
    if parts.scheme in ("ssh", "git"):
        return f"https://{parts.hostname}{parts.path}"
    return url if not parts.username and not parts.password else None  # never copy credentials into a workflow


def _checkout(source: Path, ver: str, how: str) -> Origin:
    """A local checkout: its network remote at the tag of HEAD, or at HEAD's commit."""
    head = _git(source, "rev-parse", "HEAD")
    if head is None:
        return Origin(ver, "unknown", None, f"{how}, which is not a git checkout with a commit")
    remotes = [r for r in (_git(source, "remote") or "").split() if r]
    branch_remote = _git(source, "config", f"branch.{_git(source, 'symbolic-ref', '--short', 'HEAD') or ''}.remote")
    ordered = sorted(remotes, key=lambda r: (r != branch_remote, r != "origin", r))
    for remote in ordered:
        raw = _git(source, "remote", "get-url", remote) or ""
        url = public_url(raw)
        if url is None:
            continue
        tag = _git(source, "describe", "--exact-match", "--tags", "--match", "v[0-9]*", "HEAD")
        rev = tag or head
        notes: list[str] = []
        if _git(source, "status", "--porcelain", "--untracked-files=no"):
            notes.append(f"{source} has uncommitted changes: {rev[:12]} does not contain them")
        if not _git(source, "branch", "--remotes", "--contains", head):
            notes.append(f"commit {head[:12]} is on no remote branch as last fetched: push it, or CI cannot install it")
        return Origin(ver, "checkout", f"{NAME} @ git+{url}@{rev}",
                      f"{how}; its git remote {remote!r} at {'tag ' + tag if tag else 'commit ' + head[:12]}",
                      tuple(notes))  # fmt: skip
    if not remotes:
        return Origin(ver, "unknown", None, f"{how}, which has no git remote")
    return Origin(ver, "unknown", None, f"{how}, whose git remotes ({', '.join(remotes)}) are not network URLs")


def origin(path: list[str] | None = None, package_dir: Path = PACKAGE_DIR) -> Origin:
    """Where this code was installed from, as a requirement that exists (see the module docstring)."""
    dist = own_distribution(path, package_dir)
    if dist is None:
        source = package_dir.parent
        return _checkout(source, _fallback_version(package_dir), f"run from the checkout {source}")
    ver = dist.version
    info = _direct_url(dist)
    if info is None:
        if "+" in ver:  # a local version label: a build of this machine, which no public index accepts
            return Origin(ver, "unknown", None, f"installed from a local build ({ver}), not from a public index")
        return Origin(ver, "index", f"{NAME}=={ver}", f"installed from a package index, version {ver}")
    url = info["url"]
    vcs = info.get("vcs_info")
    if isinstance(vcs, dict):
        commit = vcs.get("commit_id")
        public = public_url(url)
        if vcs.get("vcs") != "git" or not isinstance(commit, str) or public is None:
            return Origin(ver, "unknown", None, f"installed from {url}, which a CI runner cannot reach with git")
        sub = info.get("subdirectory")
        req = f"{NAME} @ git+{public}@{commit}" + (f"#subdirectory={sub}" if isinstance(sub, str) and sub else "")
        asked = vcs.get("requested_revision")
        at = f" at {asked}" if asked else ""
        return Origin(ver, "vcs", req, f"installed from {public}{at}, commit {commit[:12]}")
    if isinstance(info.get("archive_info"), dict):
        if public_url(url) is None or not url.startswith("https://"):
            return Origin(ver, "unknown", None, f"installed from {url}, which a CI runner cannot download")
        return Origin(ver, "archive", f"{NAME} @ {url}", f"installed from the archive {url}")
    source = _file_url_path(url)
    if isinstance(info.get("dir_info"), dict) and source is not None:
        editable = bool(info["dir_info"].get("editable"))
        return _checkout(source, ver, f"installed {'editable ' if editable else ''}from the checkout {source}")
    return Origin(ver, "unknown", None, f"installed from {url}")


def from_source(text: str, ver: str) -> Origin:
    """``verify init --source``: ``URL@REV`` (a git repository at a tag or commit) or a pip requirement."""
    from verifier.errors import UsageError  # only here: the version look-up stays free of the CLI's imports

    text = text.strip()
    if _REQUIREMENT.match(text):
        return Origin(ver, "given", text, "given with --source")
    url, sep, rev = text.removeprefix("git+").rpartition("@")
    public = public_url(url) if sep else None
    if public is None or not re.fullmatch(r"[\w.+/-]+", rev):
        raise UsageError(
            f"--source {text!r}: give a git repository's network URL at a tag or commit (URL@REV, e.g. "
            f"https://example.org/you/derivation-verifier.git@0123abc) or a pip requirement ({NAME}==VERSION)"
        )
    return Origin(ver, "given", f"{NAME} @ git+{public}@{rev}", "given with --source")
