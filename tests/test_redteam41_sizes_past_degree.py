r"""The every-size rule reads a written polynomial wherever the notes put it (redteam41).

sound40 checks a bracket sum with no closed form at 2 … d + 2 where the other side is a polynomial of degree d in
the size. Two ways of writing such a side were not read as one, and a planted term with its roots at the sizes
checked (2 … 5) was PASSED: a binomial coefficient (``\binom{n-2}{4}``, built as a ratio of Γs, is a polynomial of
degree 4 in n), and a polynomial term written on the sum's own side. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.commands.checknotes import checked_as_notes
from verifier.engine import Settings

COUNT = r"\sum_{a=1}^{m}\sum_{b=1}^{m} [a<b]"


def _verdict(step: str) -> str:
    [got] = doc_steps("# Pairs\n\nThe pairs:\n\n$$\n" + step + "\n$$\n")
    return got.verdict.value


def test_a_binomial_planted_with_roots_at_the_sizes_checked_is_failed() -> None:
    assert _verdict(COUNT + r" = \binom{m}{2} + \binom{m-2}{4}") == "FAILED"  # 0 at m = 2 … 5, 1 at m = 6


def test_the_binomial_count_is_passed_at_the_sizes_checked() -> None:
    assert _verdict(COUNT + r" = \binom{m}{2}") == "PASSED"


def test_a_polynomial_planted_on_the_sums_side_is_failed() -> None:
    assert _verdict(COUNT + r" + (m-2)(m-3)(m-4)(m-5) = \frac{m(m-1)}{2}") == "FAILED"


def test_the_count_with_a_term_on_the_sums_side_is_passed() -> None:
    assert _verdict(COUNT + r" + m = \frac{m(m+1)}{2}") == "PASSED"


def test_verify_check_reads_the_binomial_too() -> None:
    wrong = checked_as_notes([COUNT, r"\binom{m}{2} + \binom{m-2}{4}"], set(), set(), (), (), (), Settings(points=30))
    assert [s.verdict.value for s in wrong] == ["FAILED"]
