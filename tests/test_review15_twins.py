r"""Code written once: the pattern of the sizing commands before a bracket (``\left``, ``\bigl``, …), which
three readers strip before they look at a member's brackets, is one pattern (verifier.latex.braces.SIZING),
not a copy per module that the next sizing command would have to be added to three times."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "verifier"


def test_the_sizing_pattern_is_written_once() -> None:
    written = [p.relative_to(ROOT).as_posix() for p in sorted(ROOT.rglob("*.py"))
               if "biggl|biggr" in p.read_text(encoding="utf-8")]  # fmt: skip
    assert written == ["latex/braces.py"]


def test_every_label_word_can_be_read() -> None:
    # latex.subwords reads a subscript word of three letters or more: a shorter entry is dead
    from verifier.latex.subwords import LABEL_WORDS, is_label_word

    assert [w for w in sorted(LABEL_WORDS) if not is_label_word(w)] == []
