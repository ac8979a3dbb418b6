"""``verify init``: set a course repository up so that ``verify all`` and ``pytest`` pass at once.

Writes only what is missing and never overwrites: ``[tool.verify]`` is appended to an existing
pyproject.toml (or a new one is created), an existing file is left alone and reported as kept.
The CI workflow installs the checker itself, not the course (``pip install -e .`` would install the
course, and fails on a flat layout of ``notes/`` and ``catalog/``), and uploads the Markdown and JUnit
reports. What it installs is the derivation-verifier that runs ``verify init``, pinned, as
:mod:`verifier.provenance` finds it: a requirement that exists, or — when no public source is known —
an empty ``VERIFY_PACKAGE`` the user is told to fill in (never an invented URL). The pre-commit hooks
are local (they run the installed ``verify``, so they need no URL) and run on changes to the catalog
directory and to the notes named in ``[tool.verify]``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.text import Text

from verifier import __version__
from verifier.errors import UsageError
from verifier.exitcodes import ExitCode
from verifier.logsafe import printable
from verifier.provenance import Origin, from_source, origin

__all__ = ["init", "pre_commit_config", "scaffold", "workflow"]

WORKFLOW_PATH = Path(".github") / "workflows" / "verify.yml"
CATALOG = "derivations"
NOTES = "notes"

TOOL_VERIFY = f"""
# derivation-verifier (`verify`): command-line options win over these.
[tool.verify]
derivations = "{CATALOG}"
documents = ["{NOTES}/**/*.md"]
"""

EXAMPLE_ENTRY = '''"""Example catalog entry: `verify all` checks every step of the chain, and
`verify explain sigmoid-derivative` shows it. A wrong derivation kept on purpose (a "find the
mistake" exercise) takes `expect="FAILED"`."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.ml import sigmoid


@identity(
    "sigmoid-derivative",
    title="Derivative of the logistic sigmoid",
    statement=r"\\sigma'(x) = \\sigma(x)\\,(1 - \\sigma(x))",
    source="lecture 1",
    tags=("activations",),
)
def _(b):
    x = b.real("x")
    e = sp.exp(-x)
    return b.chain(
        D(sigmoid(x), x),
        e / (1 + e) ** 2,
        sigmoid(x) * (1 - sigmoid(x)),
    )
'''

EXAMPLE_NOTE = r"""# Example note

`verify doc` (and `verify all`, and `pytest`) check every `=` of every displayed chain. The block
below declares what the text leaves implicit; see the derivation-verifier documentation.

```verify
x: real
```

A derivative, one rule per step:

$$\frac{d}{dx} \left(x^2 \sin x\right) = 2x \sin x + x^2 \frac{d}{dx} \sin x = 2x \sin x + x^2 \cos x$$

A "find the mistake" exercise stays in the notes: it is reported XFAIL (green) while it is wrong,
and turns the run red (XPASS) if someone "fixes" it.

```verify
expect: FAILED
```

$$\frac{d}{dx} x^3 = 2x^2$$
"""


def _install_comment(source: Origin) -> str:
    """What the workflow says about VERIFY_PACKAGE; no local path goes into the file (stdout says how it was found)."""
    if source.requirement is None:
        return (
            "# FILL IN VERIFY_PACKAGE below: `verify init` knew no public source of the derivation-verifier\n"
            f"# it ran from (version {source.version}). Give the pip requirement of the checker, pinned: a release\n"
            "# from a package index (derivation-verifier==VERSION) or a git repository at a tag or commit\n"
            '# ("derivation-verifier @ git+https://...@REV"). Until it is set, the install step fails and says so.\n'
        )
    return (
        f"# VERIFY_PACKAGE is the derivation-verifier that ran `verify init` (version {source.version}), pinned;\n"
        "# pin another release, tag or commit to move to another version.\n"
    )


def workflow(source: Origin) -> str:
    """The CI workflow: installs the checker (``source.requirement``, not the course), runs it, uploads reports."""
    package = source.requirement or ""
    return f"""# Check the derivations of this course on every push and pull request.
#
# Installs the checker itself, pinned, not this repository (`pip install -e .` would install the course).
{_install_comment(source)}#
# Failures are annotated on the pull request at their file and line; the Markdown report is on the
# run's summary page and, with the JUnit report, uploaded as the artifact "verify-reports".
# Exit status: 0 ok, 1 refuted, 2 usage or configuration error, 3 internal error.
name: verify

on:
  push:
  pull_request:

permissions:
  contents: read

jobs:
  verify:
    runs-on: ubuntu-latest
    timeout-minutes: 30
    env:
      VERIFY_PACKAGE: "{package}"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - name: Install derivation-verifier
        run: |
          if [ -z "$VERIFY_PACKAGE" ]; then
            echo "::error file=.github/workflows/verify.yml::fill in VERIFY_PACKAGE (derivation-verifier to install)"
            exit 2
          fi
          python -m pip install "$VERIFY_PACKAGE"
      - name: Verify the catalog and the notes
        run: verify all --output verify-report.md --output verify-report.xml
      - name: Upload the reports
        if: always()
        uses: actions/upload-artifact@v4
        with:
          name: verify-reports
          path: |
            verify-report.md
            verify-report.xml
            verify-report-plots/
          if-no-files-found: ignore
"""


def pre_commit_config(catalog: str, notes: str, source: Origin) -> str:
    """Local hooks running the ``verify`` of the environment: they need no URL, so they work whatever the source."""
    catalog_re = re.escape(catalog.strip("/"))
    notes_re = re.escape(notes.strip("/"))
    files = f"^({catalog_re}/|pyproject\\.toml$)"
    if source.requirement is None:
        install = "# Install derivation-verifier in the environment you commit from (the workflow's VERIFY_PACKAGE).\n"
    else:
        install = f'# Install it with: python -m pip install "{source.requirement}"\n'
    remote = ""
    if source.git is not None:
        url, rev = source.git
        remote = (
            "# To let pre-commit install it instead, use the hooks its repository publishes:\n"
            f"#   - repo: {url}\n"
            f"#     rev: {rev}\n"
            "#     hooks:\n"
            "#       - id: verify\n"
            f"#         files: {files}\n"
            "#       - id: verify-notes\n"
            f"#         files: ^{notes_re}/\n"
        )
    return f"""# pre-commit hooks (https://pre-commit.com): check the catalog and the notes before each commit.
# They run the `verify` installed in this environment (language: system), so they need no URL.
{install}{remote}repos:
  - repo: local
    hooks:
      - id: verify
        name: verify the derivation catalog ({catalog})
        entry: verify all
        language: system
        pass_filenames: false
        files: {files}
      - id: verify-notes
        name: verify the derivations in {notes}
        entry: verify doc
        language: system
        files: ^{notes_re}/.*\\.(md|markdown|tex|ipynb)$
        exclude: \\.annotated\\.
"""


@dataclass(frozen=True)
class Written:
    path: Path
    action: str  # "created", "appended", "kept", "skipped"
    why: str = ""  # why a file was skipped


def _write(path: Path, text: str) -> Written:
    if path.exists():
        return Written(path, "kept")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return Written(path, "created")


def _example(path: Path, text: str, has_content: bool) -> Written:
    """An example goes only into an empty directory: beside a course's own files it is noise."""
    if has_content and not path.exists():
        return Written(path, "skipped", f"{path.parent.name}/ already has content")
    return _write(path, text)


def _pyproject(root: Path) -> Written:
    path = root / "pyproject.toml"
    if not path.exists():
        path.write_text(TOOL_VERIFY.lstrip("\n"), encoding="utf-8")
        return Written(path, "created")
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path} is not valid TOML ({exc}); fix it and run `verify init` again") from None
    if "verify" in data.get("tool", {}):
        return Written(path, "kept")
    new = text + ("" if text.endswith("\n") or not text else "\n") + TOOL_VERIFY
    tomllib.loads(new)  # appending a table to valid TOML keeps it valid; make sure before writing
    path.write_text(new, encoding="utf-8")
    return Written(path, "appended")


def _gitignore(root: Path) -> Written:
    path = root / ".gitignore"
    wanted = [".verify-cache/"]
    if not path.exists():
        path.write_text("\n".join(wanted) + "\n", encoding="utf-8")
        return Written(path, "created")
    text = path.read_text(encoding="utf-8")
    lines = {ln.strip() for ln in text.splitlines()}
    missing = [w for w in wanted if w not in lines and w.rstrip("/") not in lines]
    if not missing:
        return Written(path, "kept")
    path.write_text(text + ("" if text.endswith("\n") or not text else "\n") + "\n".join(missing) + "\n", "utf-8")
    return Written(path, "appended")


def scaffold(root: Path, source: Origin | None = None) -> list[Written]:
    """Create what is missing under ``root``; see the module docstring. ``source``: what the workflow
    installs (default: where the running derivation-verifier was installed from)."""
    source = source or origin()
    if not root.is_dir():
        raise UsageError(f"{root} is not a directory")
    written = [_pyproject(root)]
    table = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8")).get("tool", {}).get("verify", {})
    catalog = str(table.get("derivations", CATALOG)) if isinstance(table, dict) else CATALOG
    catalog_dir = root / catalog
    written.append(_example(catalog_dir / "example.py", EXAMPLE_ENTRY, any(catalog_dir.glob("*.py"))))
    notes_dir = root / NOTES
    written.append(_example(notes_dir / "example.md", EXAMPLE_NOTE, notes_dir.is_dir() and any(notes_dir.iterdir())))
    written.append(_write(root / WORKFLOW_PATH, workflow(source)))
    written.append(_write(root / ".pre-commit-config.yaml", pre_commit_config(catalog, NOTES, source)))
    written.append(_gitignore(root))
    return written


def init(args: object) -> int:
    root = Path(getattr(args, "directory", ".") or ".")
    given = getattr(args, "source", None)
    source = from_source(given, __version__) if given else origin()
    out = Console(highlight=False)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    written = scaffold(root, source)
    for w in written:
        shown = w.path.relative_to(root) if w.path.is_relative_to(root) else w.path
        line = f"{w.action:>8}  {printable(shown.as_posix())}"  # the path comes from [tool.verify]: user text
        if w.why:
            line += f" ({printable(w.why)})"
        out.print(Text(line, style="dim" if w.action in ("kept", "skipped") else ""))
    workflow_written = any(w.action == "created" and w.path == root / WORKFLOW_PATH for w in written)
    if workflow_written and source.requirement is not None:
        # one unbroken line: the requirement is copied from here
        pinned = Text(f"the workflow installs {printable(source.requirement)} ({printable(source.how)})")
        out.print(pinned, soft_wrap=True)
    for note in source.notes if workflow_written else ():
        err.print(Text(f"verify init: warning: {printable(note)}"))
    if workflow_written and source.requirement is None:
        text = (root / WORKFLOW_PATH).read_text(encoding="utf-8")
        number = next(i for i, ln in enumerate(text.splitlines(), 1) if ln.strip().startswith("VERIFY_PACKAGE:"))
        err.print(Text(
            f"verify init: fill in line {number} of {WORKFLOW_PATH.as_posix()}, VERIFY_PACKAGE: \"\": no public "
            f"source of this derivation-verifier is known ({printable(source.how)}). Give the pip requirement "
            f"CI installs (derivation-verifier==VERSION, or a git URL at a tag or commit), or delete the file and "
            f"run `verify init --source URL@REV`. Until then the workflow's install step fails.",
            style="bold yellow",
        ))  # fmt: skip
    out.print(Text("next: `verify all` (catalog and notes), `pytest`, `pre-commit install`", style="bold"))
    return ExitCode.OK
