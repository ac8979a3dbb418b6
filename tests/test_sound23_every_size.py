r"""A sum to a symbolic n is a claim for every n (sound23).

A doc step with a sum to n was checked at n = 3 and 5 and called PROVED: a closed form wrong only at n = 4
(``+ (n-1)(n-2)(n-3)(n-5)``), or at n = 1, 2, 6 …, was PROVED. Where a step uses its bound's size as a
number, PROVED now needs the closed-form argument (documents.everysize); a difference the closed form
leaves nonzero is checked, as written, at a size where it is not 0."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

WRONG_AT_4 = r"\frac{n^2(n+1)^2}{4} + (n-1)(n-2)(n-3)(n-5)"


def test_a_closed_form_wrong_at_one_unsampled_size_is_failed() -> None:
    steps = doc_steps(f"# S\n\nFor every $n$,\n$$\\sum_{{i=1}}^{{n}} i^3 = {WRONG_AT_4}$$\n")
    assert [s.verdict for s in steps] == [Verdict.FAILED], [s.message for s in steps]
    assert steps[0].counterexample is not None and ("n", "4") in steps[0].counterexample.point


def test_a_closed_form_wrong_only_at_one_is_failed() -> None:
    steps = doc_steps("# S\n\n$$\\sum_{i=1}^{n} i^2 = \\frac{n(n+1)(2n+1)}{6} + (n-2)(n-3)(n-4)(n-5)$$\n")
    assert [s.verdict for s in steps] == [Verdict.FAILED], [s.message for s in steps]


def test_a_size_term_beside_a_sum_of_entries_is_checked_at_the_size_where_it_is_not_zero() -> None:
    steps = doc_steps("# S\n\nLet $x \\in \\mathbb{R}^n$.\n"
                      "$$\\sum_{i=1}^{n} x_i + (n-1)(n-2)(n-3)(n-5) = \\sum_{i=1}^{n} x_i$$\n")
    assert [s.verdict for s in steps] == [Verdict.FAILED], [s.message for s in steps]


def test_right_closed_forms_stay_proved() -> None:
    steps = doc_steps("# S\n\n$$\\sum_{i=1}^{n} i^3 = \\frac{n^2(n+1)^2}{4}$$\n\n"
                      "$$\\frac{1}{n}\\sum_{i=1}^{n} i = \\frac{n+1}{2}$$\n\n"
                      "Let $x \\in \\mathbb{R}^n$.\n$$\\sum_{i=1}^{n} (x_i + 1) = \\sum_{i=1}^{n} x_i + n$$\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED] * 3, [s.message for s in steps]


def test_no_argument_for_every_size_is_at_most_passed() -> None:
    # \sum_i \sin(i) x_i: no closed form (entries), n a value beside it: proved at the sizes checked only
    steps = doc_steps("# S\n\nLet $x \\in \\mathbb{R}^n$.\n"
                      "$$\\sum_{i=1}^{n} i x_i = \\sum_{i=1}^{n} (n + 1 - i) x_{n+1-i}$$\n")
    assert [s.verdict for s in steps] == [Verdict.PASSED], [s.message for s in steps]
    assert "not for every n" in steps[0].message
