"""A context file in sections: ``from line N:`` declares what a later section of the notes means by a name
(notes reuse ``\\epsilon`` as a vector of errors in one section and as one error in another)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from verifier.documents.check import check_document
from verifier.documents.context import ContextError, parse_context_file
from verifier.engine import Settings
from verifier.results import Verdict

NOTES = r"""
    Section 1.

    $$ \epsilon^\top \epsilon = \sum_{i=1}^{n} \epsilon_i^2 $$

    Section 2.

    $$ \epsilon^\top \epsilon = \epsilon^2 $$
    """


def _steps(tmp_path: Path, context: str) -> list:
    doc = tmp_path / "notes.md"
    doc.write_text(textwrap.dedent(NOTES).strip() + "\n", encoding="utf-8")
    ctx = tmp_path / "notes.md.verify"
    ctx.write_text(textwrap.dedent(context).strip() + "\n", encoding="utf-8")
    check = check_document(doc, Settings(), context=ctx)
    return [s for c in check.chains for s in c.result.steps]


def test_a_section_redeclares_a_name_from_its_line_on(tmp_path: Path) -> None:
    steps = _steps(tmp_path, """
        n in {3}
        \\epsilon: vector[n]
        from line 6:
        \\epsilon: real
        """)
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.PROVED]


def test_without_the_section_the_later_line_keeps_the_vector(tmp_path: Path) -> None:
    steps = _steps(tmp_path, """
        n in {3}
        \\epsilon: vector[n]
        """)
    assert steps[1].verdict is Verdict.FAILED


def test_a_section_line_must_be_a_number(tmp_path: Path) -> None:
    p = tmp_path / "c.verify"
    p.write_text("from line x:\n", encoding="utf-8")
    errors = parse_context_file(p).errors
    assert errors and isinstance(errors[0], ContextError) and "from line" in errors[0].message
