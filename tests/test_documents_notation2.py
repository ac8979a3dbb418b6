r"""Notation that homework solution sets and lecture notes write, read as a reader of the notes would.

Each test writes a small example of one general notation (never a copy of a corpus document) and
asserts the verdict a reader would give: green only under a reading a reader accepts (reported with
the step), SKIPPED with the reason when the notation still cannot be read, never a false FAILED.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import StepResult

GREEN = ("PROVED", "PASSED")


def _steps(body: str) -> list[StepResult]:
    return doc_steps(body)


def _verdicts(body: str) -> list[tuple[str, str]]:
    return [(s.verdict.name, s.message or "") for s in _steps(body)]


# --- a function written bare: its argument omitted -----------------------------------------------


def test_a_function_written_bare_elsewhere_is_its_value_at_the_one_argument() -> None:
    # y = f(x) + ε in prose, then f alone in the derivation ("we omit the argument")
    steps = _steps(
        r"""
        The target is $y = f\left(\textbf{x}\right) + \epsilon$.

        $$\mathbb{E}[y] = \mathbb{E}[f + \epsilon] = \mathbb{E}[f] + \mathbb{E}[\epsilon]$$
        """
    )
    assert [s.verdict.name for s in steps] == ["PROVED", "PROVED"], [s.message for s in steps]
    assert "its argument omitted" in steps[0].message, steps[0].message


def test_a_bare_function_name_does_not_equate_two_different_arguments() -> None:
    # f(x) and f(z) both in play: reading both as the value f would prove f(x) = f(z)
    steps = _steps(
        r"""
        Let $u = f(x) + a$ and $v = f(z) + a$.

        $$u - v + f = f$$
        """
    )
    assert steps and all(s.verdict.name not in GREEN for s in steps), [(s.verdict, s.message) for s in steps]


def test_a_bare_function_name_is_not_a_constant_under_a_derivative() -> None:
    # d/dx of f(x) is not 0 because f is written alone elsewhere
    steps = _steps(
        r"""
        Let $u = f(x) + x$.

        $$\frac{d u}{d x} + f = 1 + f$$
        """
    )
    assert steps and all(s.verdict.name not in GREEN for s in steps), [(s.verdict, s.message) for s in steps]
