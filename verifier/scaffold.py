"""``verify init``: set a course repository up so that ``verify all`` and ``pytest`` pass at once.

Writes only what is missing and never overwrites: ``[tool.verify]`` is appended to an existing
pyproject.toml (or a new one is created), an existing file is left alone and reported as kept.
The CI workflow installs the checker itself — a pinned version, from git at the tag ``v<version>``
(the package is not on PyPI), not the course (``pip install -e .`` would install the course, and
fails on a flat layout of ``notes/`` and ``catalog/``) — and uploads
the Markdown and JUnit reports; the pre-commit hooks run on changes to the catalog directory and
to the notes named in ``[tool.verify]``.
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

__all__ = ["GIT_URL", "init", "scaffold"]

#: where the checker's source lives; the workflow installs it from there (<owner>: to fill in)
GIT_URL = "https://github.com/<owner>/derivation-verifier"
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

WORKFLOW = f"""# Check the derivations of this course on every push and pull request.
#
# Installs the checker itself, pinned, not this repository. derivation-verifier is not on PyPI: it is
# installed from git at the tag of its version (v{__version__}, created at release). Replace <owner>
# in VERIFY_PACKAGE with the GitHub account that hosts the derivation-verifier repository.
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
      VERIFY_PACKAGE: "derivation-verifier @ git+{GIT_URL}@v{__version__}"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - name: Install derivation-verifier
        run: python -m pip install "$VERIFY_PACKAGE"
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


def pre_commit_config(catalog: str, notes: str) -> str:
    catalog_re = re.escape(catalog.strip("/"))
    notes_re = re.escape(notes.strip("/"))
    return f"""# pre-commit hooks (https://pre-commit.com): check the catalog and the notes before each commit.
# They run the `verify` of this environment; derivation-verifier is not on PyPI, install it from git
# at the tag of its version (created at release):
#   python -m pip install "derivation-verifier @ git+{GIT_URL}@v{__version__}"
# To let pre-commit install it instead, use the hooks the checker's repository publishes:
#   - repo: {GIT_URL}
#     rev: v{__version__}
#     hooks:
#       - id: verify
#         files: ^({catalog_re}/|pyproject\\.toml$)
#       - id: verify-notes
#         files: ^{notes_re}/
repos:
  - repo: local
    hooks:
      - id: verify
        name: verify the derivation catalog ({catalog})
        entry: verify all
        language: system
        pass_filenames: false
        files: ^({catalog_re}/|pyproject\\.toml$)
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


def scaffold(root: Path) -> list[Written]:
    """Create what is missing under ``root``; see the module docstring."""
    if not root.is_dir():
        raise UsageError(f"{root} is not a directory")
    written = [_pyproject(root)]
    table = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8")).get("tool", {}).get("verify", {})
    catalog = str(table.get("derivations", CATALOG)) if isinstance(table, dict) else CATALOG
    catalog_dir = root / catalog
    written.append(_example(catalog_dir / "example.py", EXAMPLE_ENTRY, any(catalog_dir.glob("*.py"))))
    notes_dir = root / NOTES
    written.append(_example(notes_dir / "example.md", EXAMPLE_NOTE, notes_dir.is_dir() and any(notes_dir.iterdir())))
    written.append(_write(root / ".github" / "workflows" / "verify.yml", WORKFLOW))
    written.append(_write(root / ".pre-commit-config.yaml", pre_commit_config(catalog, NOTES)))
    written.append(_gitignore(root))
    return written


def init(args: object) -> int:
    root = Path(getattr(args, "directory", ".") or ".")
    out = Console(highlight=False)
    for w in scaffold(root):
        shown = w.path.relative_to(root) if w.path.is_relative_to(root) else w.path
        line = f"{w.action:>8}  {printable(shown.as_posix())}"  # the path comes from [tool.verify]: user text
        if w.why:
            line += f" ({printable(w.why)})"
        out.print(Text(line, style="dim" if w.action in ("kept", "skipped") else ""))
    out.print(Text("next: `verify all` (catalog and notes), `pytest`, `pre-commit install`", style="bold"))
    return ExitCode.OK
