r"""A context section can hand a name back to inference: ``inferred: t, y`` (from that section on, the
context no longer declares t and y; the notes' own use says what they are). Notes reuse a letter: t is
one sample's one-hot label in one part and, in a batch formula, a matrix written ``t_i`` and ``t_{ic}``
— a declaration kept in force there would clash with what the notes write."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from verifier.documents.check import check_document
from verifier.documents.context import ContextError, parse_context_file
from verifier.engine import Settings
from verifier.results import Verdict

NOTES = r"""
    One sample.

    $$ \sum_{c=1}^{3} t_c = t_1 + t_2 + t_3 $$

    A batch of samples.

    $$ \sum_{i=1}^{2} \sum_{c=1}^{3} t_{ic} = \sum_{c=1}^{3} t_{1c} + \sum_{c=1}^{3} t_{2c} $$
    """


def _context(tmp_path: Path, text: str) -> Path:
    ctx = tmp_path / "notes.md.verify"
    ctx.write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    return ctx


def _steps(tmp_path: Path, context: str) -> list:
    doc = tmp_path / "notes.md"
    doc.write_text(textwrap.dedent(NOTES).strip() + "\n", encoding="utf-8")
    check = check_document(doc, Settings(), context=_context(tmp_path, context))
    return [s for c in check.chains for s in c.result.steps]


def test_inferred_drops_the_declaration_from_its_section_on(tmp_path: Path) -> None:
    ctx = parse_context_file(_context(tmp_path, """
        t: vector[3]
        y_c := t_c
        from line 6:
        inferred: t, y
        """))
    assert not ctx.errors
    assert ("t", ()) in ctx.scope_at(4).names
    later = ctx.scope_at(7).names
    assert all(key[0] not in ("t", "y") for key in later)


def test_a_name_declared_again_after_inferred_is_declared(tmp_path: Path) -> None:
    ctx = parse_context_file(_context(tmp_path, """
        t: vector[3]
        from line 6:
        inferred: t
        from line 8:
        t: real
        """))
    assert ("t", ()) not in ctx.scope_at(7).names
    assert ("t", ()) in ctx.scope_at(9).names


def test_the_batch_line_is_read_as_the_notes_write_it(tmp_path: Path) -> None:
    kept = _steps(tmp_path, "t: vector[3]\n")
    assert kept[0].verdict is Verdict.PROVED
    assert kept[1].verdict not in (Verdict.PROVED, Verdict.PASSED)  # t declared a vector: t_{ic} cannot be read
    handed_back = _steps(tmp_path, "t: vector[3]\nfrom line 6:\ninferred: t\n")
    assert handed_back[0].verdict is Verdict.PROVED
    assert handed_back[1].verdict is Verdict.PROVED


def test_inferred_needs_a_name(tmp_path: Path) -> None:
    ctx = parse_context_file(_context(tmp_path, "inferred: \\frac{a}{b}\n"))
    assert ctx.errors and isinstance(ctx.errors[0], ContextError)


@pytest.mark.parametrize("text", ["inferred: t", "inferred: t, \\mathbf{y}"])
def test_inferred_is_no_error(tmp_path: Path, text: str) -> None:
    assert not parse_context_file(_context(tmp_path, text + "\n")).errors
