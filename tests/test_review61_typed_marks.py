r"""A note whose only typed math is a character the tokenizer reads on its own (``½``, ``″``, ``ŷ``) is read too.

review61: documents.typedmath reads a span as math when it writes a character of Unicode math
(``is_typed_formula``: the tables' marks, or a vulgar fraction, a double prime, an accented letter that
latex.unicodetyping reads), but ``typed_math`` first skipped every note with none of the tables' marks, so
```½ + ½ = 2``` in a note with no other Unicode math stayed code and its slip was never seen.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents.typedmath import is_typed_formula, typed_math


@pytest.mark.parametrize(("span", "verdict"), [("½ + ½ = 1", "PROVED"), ("½ + ½ = 2", "FAILED")])
def test_a_span_whose_only_mark_is_a_vulgar_fraction_is_checked(span: str, verdict: str) -> None:
    verdicts = verdicts_by_line(f"# Halves\n\nThe sum: `{span}` here.\n")
    assert verdicts.get(3) == [verdict], verdicts


def test_typed_math_reads_what_is_typed_formula_accepts() -> None:
    for span in ("f″(x) = 6x", "½ + ½ = 1"):
        assert is_typed_formula(span)
        assert typed_math(f"# n\n\n`{span}`\n") == f"# n\n\n${span}$\n"
