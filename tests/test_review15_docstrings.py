r"""A docstring that writes LaTeX is a raw string (DEVELOPERS.md): ``"\\sum"`` in a plain one reads as
``\sum`` only because each backslash is doubled, and a ``\frac`` or ``\nabla`` left single would be a form
feed or a newline. Checked over the modules this project added most recently, whose docstrings are LaTeX-heavy."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "verifier"
MODULES = [
    "commands/checknotes.py", "documents/boldlabels.py", "documents/computedworked.py", "documents/datalength.py",
    "documents/familyindex.py", "documents/gradientlayout.py", "documents/hadamardorder.py",
    "documents/integrals.py", "documents/layerletters.py", "documents/lemmas.py", "documents/ownvariable.py",
    "documents/pointcases.py", "documents/rebuild.py", "documents/semicolon.py", "documents/sharedreplace.py",
    "documents/statedvectors.py", "documents/suppositions.py", "documents/tensorparts.py", "documents/zeros.py",
    "latex/integrals.py", "latex/subwords.py",
]  # fmt: skip


def _plain_with_backslash(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    out = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        doc = node.body[0] if node.body else None
        if not (isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant) and isinstance(doc.value.value, str)):
            continue
        written = "\n".join(lines[doc.lineno - 1 : doc.end_lineno])
        if "\\" in written and written.lstrip()[:1] not in ("r", "R"):
            out.append(f"{path.name}:{doc.lineno} {getattr(node, 'name', '<module>')}")
    return out


@pytest.mark.parametrize("module", MODULES)
def test_a_docstring_with_latex_is_raw(module: str) -> None:
    assert _plain_with_backslash(ROOT / module) == []
