r"""``\frac{1}{p}\log\frac{1}{n}\sum_i x_i^p``: the log of the mean, after a factor (documents.logterms).

Notes write the logarithm of a product without brackets after another factor of the term:
``\frac{1}{p}\log\frac{1}{n}\sum_{i=1}^{n} x_i^{p}`` (the log of the power mean, GeM pooling),
``-\frac{1}{\beta}\log\frac{1}{n}\sum_i e^{-\beta x_i}``. The whole-product reading of ``\log`` was tried
only where the log leads its term (the tree of a product has lost which factor came first), so a right
derivative of such a log was FAILED. The LaTeX says which factors follow the log: bracketing them there is
one more reading; a step that holds so is green with the reading named, one that fails both ways stays FAILED."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.logterms import log_over_its_term
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)

_RIGHT = (r"\frac{\partial}{\partial p}\left(\frac{1}{p}\log\frac{1}{n}\sum_{i=1}^{n} x_i^{p}\right) = "
          r"-\frac{1}{p^2}\log\frac{1}{n}\sum_{i=1}^{n} x_i^{p} + \frac{1}{p}\cdot"
          r"\frac{\sum_{i=1}^{n} x_i^{p}\log x_i}{\sum_{i=1}^{n} x_i^{p}}")


def _verdicts(display: str) -> list[tuple[Verdict, str]]:
    notes = f"For positive $x_1, \\dots, x_n$ and a real $c$:\n\n$${display}$$\n"
    return [(s.verdict, s.message or "") for ch in check_text(notes, "notes.md").chains for s in ch.result.steps]


@pytest.mark.parametrize(
    "display",
    [
        _RIGHT,
        r"\frac{d}{dc}\left(c\log\frac{1}{n}\sum_{i=1}^{n} x_i\right) = \log\left(\frac{1}{n}\sum_{i=1}^{n} x_i\right)",
    ],
)
def test_a_log_after_a_factor_is_read_over_the_rest_of_its_term(display: str) -> None:
    [(verdict, message)] = _verdicts(display)
    assert verdict in GREEN, message
    assert "whole product after it" in message


@pytest.mark.parametrize(
    "display",
    [
        _RIGHT.replace(r"= -\frac{1}{p^2}", r"= \frac{1}{p^2}"),
        r"\frac{d}{dc}\left(c\log\frac{1}{n}\sum_{i=1}^{n} x_i\right) = \log\sum_{i=1}^{n} x_i",
    ],
)
def test_a_wrong_derivative_fails_under_both_readings(display: str) -> None:
    [(verdict, message)] = _verdicts(display)
    assert verdict is Verdict.FAILED, message


def test_the_brackets_close_where_the_term_ends() -> None:
    assert log_over_its_term(r"\frac{1}{p}\log\frac{1}{n}\sum_{i} x_i + 1") == (
        r"\frac{1}{p}\log\left(\frac{1}{n}\sum_{i} x_i\right) + 1")
    assert log_over_its_term(r"c\left(a\log \frac{b}{2} c\right) - d") == (
        r"c\left(a\log \left(\frac{b}{2} c\right)\right) - d")
    assert log_over_its_term(r"n\log 2\pi\sigma^2 - d") is None  # a plain product: not this reading's (lead58)
    assert log_over_its_term(r"\frac{\sum_i x_i\log x_i}{n}") is None  # one factor after it: nothing to read
    assert log_over_its_term(r"a\log(b) c") is None  # a bracket says what the log is of
    assert log_over_its_term(r"\log a \cdot b") is None
