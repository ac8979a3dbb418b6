r"""ctx14: a display that opens with ⇒ follows from the equation ending the display before it
(documents.equivalent.link_equations), a multiplier made of what the equations divide by is nonzero
(equivalent.nonzero_multiplier), and definitions that need each other (a cycle) are a misfit the line
is read without (documents.misfits)."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.equivalent import nonzero_multiplier
from verifier.results import Verdict

SOLVED = r"""
    Setting the derivative of the log likelihood to zero,

    $$\sum_i \left(\frac{t}{q} - \frac{1-t}{1-q}\right) = 0$$

    $$\Rightarrow\quad \sum_i \big(t(1-q) - (1-t)q\big) = 0$$
    """


def _by_text(steps: list, text: str):  # type: ignore[no-untyped-def]
    return next(s for s in steps if s.lhs_latex.strip().startswith(text))


def test_a_display_led_by_an_implication_follows_from_the_display_before() -> None:
    steps = doc_steps(SOLVED)
    led = _by_text(steps, r"\sum_i \big(t(1-q)")
    assert led.verdict is Verdict.PROVED, led.message
    assert "equation before it" in led.message


def test_a_wrong_rewriting_led_by_an_implication_is_not_green() -> None:
    steps = doc_steps(SOLVED.replace(r"- (1-t)q\big)", r"- (1+t)q\big)"))
    led = _by_text(steps, r"\sum_i \big(t(1-q)")
    assert led.verdict is Verdict.SKIPPED, led.message


def test_the_last_equation_of_a_longer_chain_is_the_one_followed() -> None:
    steps = doc_steps(r"""
        Setting the derivative to zero,

        $$\frac{d}{dq}\big(3\log q + 2\log(1-q)\big) = \frac{3}{q} - \frac{2}{1-q} = 0$$

        $$\implies 3(1-q) - 2q = 0$$

        $$\implies 3(1-q) - 2q^2 = 0$$
        """)
    first = next(s for s in steps if s.lhs_latex.strip() == "3(1-q) - 2q")
    assert first.verdict is Verdict.PROVED, first.message
    wrong = next(s for s in steps if s.lhs_latex.strip() == "3(1-q) - 2q^2")
    assert wrong.verdict is Verdict.SKIPPED, wrong.message


def test_a_display_without_a_leading_connective_is_not_linked() -> None:
    steps = doc_steps(SOLVED.replace(r"\Rightarrow\quad ", ""))
    led = _by_text(steps, r"\sum_i \big(t(1-q)")
    assert led.verdict is Verdict.SKIPPED, led.message


def test_a_display_two_displays_later_is_not_linked() -> None:
    steps = doc_steps(SOLVED.replace("zero,\n", "zero,\n\n    $$u = 2 + 2$$\n\n    and\n").replace(
        r"$$\Rightarrow", r"$$v = 5$$" + "\n\n    " + r"$$\Rightarrow"))
    led = _by_text(steps, r"\sum_i \big(t(1-q)")
    assert led.verdict is Verdict.SKIPPED, led.message


def test_a_multiplier_of_divisors_is_nonzero_but_not_another_factor() -> None:
    q, x = sp.symbols("q x")
    assert nonzero_multiplier(q * (1 - q), frozenset({q, 1 - q}))
    assert nonzero_multiplier(-q * (q - 1), frozenset({q, 1 - q}))
    assert not nonzero_multiplier(q * (x - 3), frozenset({q}))
    assert not nonzero_multiplier(q * (1 - q), frozenset({q}))


CYCLE = r"""
    ## Problem 1

    The fitted boundary predicts

    $$y = g(2 - x_1 - x_2).$$

    ## Problem 2

    The family has

    $$b(y) = 1/y!.$$

    ## Problem 3

    Given column vectors $a$ and $b$ and a symmetric matrix $C$, let $x = (a-b)^T C (a-b).$ Then, using
    repeated index summation notation,

    $$x = (a_i - b_i)c_{ij}(a_j - b_j).$$

    Setting the derivative of the log likelihood to zero,

    $$\sum_i\frac{\partial}{\partial\phi}\big(y\log\phi + (1-y)\log(1-\phi)\big)
    = \sum_i \frac{y}{\phi} - \frac{1-y}{1-\phi} = 0$$

    $$\Rightarrow\quad \sum_i y(1-\phi) - (1-y)\phi = 0$$
    """


def test_definitions_that_need_each_other_are_left_out_of_the_line() -> None:
    steps = doc_steps(CYCLE)
    solved = next(s for s in steps if s.lhs_latex.strip().startswith(r"\sum_i \frac{y}"))
    assert solved.verdict is Verdict.SKIPPED
    assert "nested too deeply" not in solved.message, solved.message
    assert "equation to solve" in solved.message, solved.message
    led = _by_text(steps, r"\sum_i y(1-\phi)")
    assert led.verdict is Verdict.PROVED, led.message


def test_a_wrong_step_after_a_cycle_is_not_green() -> None:
    steps = doc_steps(CYCLE.replace(r"- (1-y)\phi = 0", r"- (1-y)\phi^2 = 0"))
    led = _by_text(steps, r"\sum_i y(1-\phi)")
    assert led.verdict is Verdict.SKIPPED, led.message


ROWS = r"""
    Then

    $$\begin{aligned}
    \nabla J & = 2 A^T (A w - b) = 0 \\
    \Rightarrow \; A^T A w & = A^T b \\
    \end{aligned}$$
    """


def test_a_row_led_by_an_implication_follows_from_the_row_before() -> None:
    steps = doc_steps(ROWS)
    led = next(s for s in steps if r"A^T A w" in s.lhs_latex)
    assert led.verdict is Verdict.PROVED, led.message


def test_a_wrong_row_led_by_an_implication_is_not_green() -> None:
    steps = doc_steps(ROWS.replace(r"& = A^T b", r"& = 2 A^T b"))
    led = next(s for s in steps if r"A^T A w" in s.lhs_latex)
    assert led.verdict is not Verdict.PROVED and led.verdict is not Verdict.PASSED, led.message


SOLVED_ROWS = r"""
    Then

    $$\begin{aligned}
    \nabla J & = 2 A^T (A w - b) = 0 \\
    \Rightarrow \; 2 A^T A w & = 2 A^T b = 2 (A^T b) \\
    \end{aligned}$$
    """


def test_the_first_link_of_a_led_chain_follows_and_the_rest_are_identities() -> None:
    steps = doc_steps(SOLVED_ROWS)
    solved = next(s for s in steps if "2 A^T A w" in s.lhs_latex)
    assert solved.verdict is Verdict.PROVED, solved.message
    same = next(s for s in steps if "(A^T b)" in s.rhs_latex)
    assert same.verdict is Verdict.PROVED, same.message


def test_a_wrong_first_link_of_a_led_chain_is_not_green() -> None:
    steps = doc_steps(SOLVED_ROWS.replace(r"& = 2 A^T b = 2 (A^T b)", r"& = 4 A^T b = 4 (A^T b)"))
    solved = next(s for s in steps if "2 A^T A w" in s.lhs_latex)
    assert solved.verdict not in (Verdict.PROVED, Verdict.PASSED), solved.message


def test_a_led_chain_that_defines_a_name_follows_and_stays_a_definition() -> None:
    # ctx16: the solution is checked as following from the equation before it (it was left SKIPPED as
    # "defines w"), and it still defines w for the lines after it
    text = SOLVED_ROWS.replace(r"2 A^T A w & = 2 A^T b = 2 (A^T b)", r"w & = (A^T A)^{-1} A^T b")
    steps = doc_steps(text + "\n    so that\n\n    $$A w = A (A^T A)^{-1} A^T b$$\n")
    defined = next(s for s in steps if s.lhs_latex.strip().endswith("w") and "A^T b" in s.rhs_latex)
    assert defined.verdict is Verdict.PROVED and "M v = q" in defined.message, defined.message
    later = next(s for s in steps if s.lhs_latex.strip() == "A w")
    assert later.verdict is Verdict.PROVED, later.message
