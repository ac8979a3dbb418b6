"""nbformat (with jsonschema and its schemas, ~0.08 s of CPU; docs/speed.md, speed52) is imported where a notebook
is read or annotated, not by every process that checks Markdown or LaTeX notes."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

# In a fresh interpreter: check a Markdown note (nbformat not needed), then read a notebook (nbformat imported then).
_PROBE = textwrap.dedent(
    r"""
    import json, sys
    import verifier.documents.check as check
    note = "Then\n\n$$\\frac{d}{dx} x^2 = 2x$$\n"
    markdown = [r.verdict.value for r in check.check_text(note, "note.md").results]
    after_markdown = "nbformat" in sys.modules
    cell = {"cell_type": "markdown", "metadata": {}, "source": "$$\\frac{d}{dx} x^3 = 3x^2$$"}
    path = sys.argv[1]
    open(path, "w").write(json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 2}))
    notebook = [r.verdict.value for r in check.check_document(path).results]
    print(json.dumps([markdown, after_markdown, "nbformat" in sys.modules, notebook]))
    """
)


def test_nbformat_is_imported_only_where_a_notebook_is_read(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-c", _PROBE, str(tmp_path / "n.ipynb")], capture_output=True, text=True,
                         check=True, cwd=tmp_path, timeout=300).stdout  # fmt: skip
    markdown, after_markdown, after_notebook, notebook = json.loads(out.strip().splitlines()[-1])
    assert markdown == ["PROVED"] and notebook == ["PROVED"]
    assert after_markdown is False
    assert after_notebook is True
