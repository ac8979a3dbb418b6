r"""A Markdown line with several ``$$ … $$`` pieces (``$$a = b$$ and $$c = d$$``, as notebooks write
them) holds several displays. The ``$$`` block rule took the line from its first ``$$`` to its last as
one display, ``$$ and $$`` included, so every step of the line was SKIPPED "cannot be read:
unexpected character '$'"."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.sources import extract_math
from verifier.results import Verdict


def test_each_double_dollar_piece_of_a_line_is_its_own_display() -> None:
    steps = doc_steps(r"Recall $$\frac{d}{dx} x^2 = 2x$$ and $$\frac{d}{dx} x^3 = 2x^2$$ here." + "\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED], [s.message for s in steps]


def test_a_line_opening_with_double_dollars_is_split_too() -> None:
    steps = doc_steps("Text.\n\n" + r"$$\frac{d}{dx} x^2 = 2x$$ and $$\frac{d}{dx} x^3 = 3x$$" + "\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED], [s.message for s in steps]
    assert all("$" not in s.lhs_latex + s.rhs_latex for s in steps)


def test_a_one_piece_display_line_is_still_a_block() -> None:
    found = extract_math("Text.\n\n$$a = b$$\n\nmore\n", "t.md")
    assert [b.text.strip() for b in found] == ["a = b"]
