r"""A bounded context section, ``from line N to M:``: what one problem of a homework means by a
letter that the next problem reuses (documents/context.py). Small notes written here."""

from __future__ import annotations

import textwrap
from pathlib import Path

from verifier.documents.check import check_document
from verifier.documents.context import parse_context_file
from verifier.engine import Settings
from verifier.results import Verdict

NOTES = r"""
    Problem 1, with the loss of one sample.

    $$ \frac{\partial J}{\partial w} = x(wx - y) $$

    Problem 2.

    $$ J = w + b $$

    $$ \frac{\partial J}{\partial w} = 1 $$
    """


def _steps(tmp_path: Path, context: str) -> list:
    doc = tmp_path / "notes.md"
    doc.write_text(textwrap.dedent(NOTES).strip() + "\n", encoding="utf-8")
    ctx = tmp_path / "notes.md.verify"
    ctx.write_text(textwrap.dedent(context).strip() + "\n", encoding="utf-8")
    check = check_document(doc, Settings(), context=ctx)
    return [s for c in check.chains for s in c.result.steps]


def test_a_bounded_section_holds_for_its_problem_only(tmp_path: Path) -> None:
    steps = _steps(tmp_path, r"""
        from line 1 to 4:
        J := \frac{1}{2}(wx - y)^2
        """)
    first, last = steps[0], steps[-1]
    assert first.verdict is Verdict.PROVED, first.message
    assert last.verdict is Verdict.PROVED, last.message  # the notes' J = w + b is in force again


def test_an_open_section_keeps_its_meaning_to_the_end(tmp_path: Path) -> None:
    steps = _steps(tmp_path, r"""
        from line 1:
        J := \frac{1}{2}(wx - y)^2
        """)
    assert steps[-1].verdict is not Verdict.PROVED, steps[-1].message  # the context's J wins there


def test_bounds_are_read_and_checked(tmp_path: Path) -> None:
    p = tmp_path / "c.verify"
    p.write_text("from line 3 until line 9:\nx: real\nfrom line 9 to 2:\nfrom line 4 to x:\n", encoding="utf-8")
    ctx = parse_context_file(p)
    bounded = [b for b in ctx.blocks if b.end is not None]
    assert [(b.line, b.end) for b in bounded] == [(2, 9)]
    assert [bounded[0].holds_at(n) for n in (2, 3, 9, 10)] == [False, True, True, False]
    assert ("x", ()) in ctx.scope_at(5).names and ("x", ()) not in ctx.scope_at(10).names
    assert len(ctx.errors) == 2 and "ends before it starts" in ctx.errors[0].message


def test_the_end_may_be_written_with_line(tmp_path: Path) -> None:
    p = tmp_path / "c.verify"
    p.write_text("from line 3 to line 9:\nx: real\nfrom line 12 to 14\ny: real\n", encoding="utf-8")
    ctx = parse_context_file(p)
    assert not ctx.errors
    assert [(b.line, b.end) for b in ctx.blocks if b.end is not None] == [(2, 9), (11, 14)]
