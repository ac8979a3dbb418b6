r"""A sum with no closed form against a polynomial in n is checked past the polynomial's roots (sound40).

``\sum_{i=1}^{n}\sum_{j=1}^{n} [i<j] = \frac{n(n-1)}{2} + (n-2)(n-3)(n-4)(n-5)`` was PASSED "at the sizes checked
only": the bracket sum has no closed form here, so it was checked at the sampled sizes and 2, 4 — all roots of the
planted term. A side of degree d in n is now checked at 2 … d + 2 as well (d + 1 sizes decide a difference of
degree d); the right count stays PASSED at the sizes checked, never PROVED. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.commands.checknotes import checked_as_notes
from verifier.engine import Settings

COUNT = r"\sum_{i=1}^{n}\sum_{j=1}^{n} [i<j]"
NOTES = "# Pairs\n\nThe number of pairs:\n\n$$\n" + COUNT + " = RIGHT\n$$\n"


def test_a_polynomial_with_roots_at_the_sizes_checked_is_failed_in_notes() -> None:
    [step] = doc_steps(NOTES.replace("RIGHT", r"\frac{n(n-1)}{2} + (n-2)(n-3)(n-4)(n-5)"))
    assert step.verdict.value == "FAILED"
    assert "n=6" in step.message  # past the planted roots 2 … 5


def test_the_right_count_is_passed_at_the_sizes_checked_only() -> None:
    [step] = doc_steps(NOTES.replace("RIGHT", r"\frac{n(n-1)}{2}"))
    assert step.verdict.value == "PASSED"


def test_verify_check_fails_the_planted_polynomial_and_passes_the_count() -> None:
    wrong = checked_as_notes([COUNT, r"\frac{n(n-1)}{2} + (n-2)(n-3)(n-4)(n-5)"], set(), set(), (), (), (),
                             Settings(points=30))  # fmt: skip
    assert [s.verdict.value for s in wrong] == ["FAILED"]
    right = checked_as_notes([COUNT, r"\frac{n(n-1)}{2}"], set(), set(), (), (), (), Settings(points=30))
    assert [s.verdict.value for s in right] == ["PASSED"]
