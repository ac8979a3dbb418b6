r"""A member defined by cases with a wrong value at a single point of its own (``\max(0, x)`` written
with 1 at x = 0) differs from the other side only there, where no random point lands: the proof by
cases sees that point and abstains, so the step was PASSED. It is not green now; a kink left out of
a derivative's cases stays checked. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.cli import main


def test_a_wrong_value_at_the_cases_own_point_is_not_green(capsys) -> None:
    code = main(["check", "--no-cache", "--jobs", "1", r"\max(0, x)",
                 r"\begin{cases} x & x > 0 \\ 1 & x = 0 \\ 0 & x < 0 \end{cases}"])
    out = capsys.readouterr().out
    assert "PASSED" not in out and "PROVED" not in out, out
    assert code != 0


def test_the_right_value_at_that_point_is_proved(capsys) -> None:
    main(["check", "--no-cache", "--jobs", "1", r"\max(0, x)",
          r"\begin{cases} x & x > 0 \\ 0 & x = 0 \\ 0 & x < 0 \end{cases}"])
    assert "PROVED" in capsys.readouterr().out


def test_a_derivative_whose_cases_set_a_value_at_the_kink_is_still_green() -> None:
    # the derivative does not exist at 0: the value written there is a convention, not a mistake
    (step,) = doc_steps(r"$$\frac{d}{dx}\max(0, x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}$$")
    assert step.verdict.value in {"PROVED", "PASSED"}, step.message
