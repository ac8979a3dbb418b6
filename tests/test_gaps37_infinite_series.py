r"""A sum to ∞ is read by its closed form where it converges (gaps37; fresh25 left it).

``\sum_{k=0}^{\infty} \gamma^k = \frac{1}{1 - \gamma}`` was SKIPPED "the upper bound of k must be a concrete
integer here, got oo", the right closed form and a wrong one alike. The sum is now SymPy's closed form on the
values where the series converges (elsewhere it has no value): the right one green, a wrong one FAILED at a point
where it converges — never a truncation, which would pass a form wrong by less than the tail. A series with no
closed form, or a divergent one, stays SKIPPED with its reason, and so does a series converging on too small a
region to sample. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.infiniteseries import infinite_bound
from verifier.latex import parse_latex


def _verdicts(display: str) -> list[tuple[str, str]]:
    return [(s.verdict.value, s.message) for s in doc_steps(f"For $|\\gamma| < 1$:\n\n$$\n{display}\n$$\n")]


@pytest.mark.parametrize("display", [
    r"\sum_{k=0}^{\infty} \gamma^k = \frac{1}{1 - \gamma}",
    r"(1 - \gamma)\sum_{n=1}^{\infty}\gamma^{n-1} = 1",
    r"\sum_{k=0}^{\infty} k \gamma^k = \frac{\gamma}{(1 - \gamma)^2}",
    r"\sum_{k=1}^{\infty} \frac{1}{k^2} = \frac{\pi^2}{6}",
    r"\sum_{k=0}^{\infty} \frac{x^k}{k!} = e^x",
    r"\sum_{k=0}^{\infty} e^{-k x} = \frac{1}{1 - e^{-x}}",
])
def test_a_right_closed_form_is_green(display: str) -> None:
    assert [v for v, _ in _verdicts(display)] in (["PROVED"], ["PASSED"])


@pytest.mark.parametrize("display", [
    r"\sum_{k=0}^{\infty} \gamma^k = \frac{1}{1 + \gamma}",
    r"\sum_{k=0}^{\infty} \gamma^k r = \frac{r}{1 - \gamma} + 10^{-9}",
    r"\sum_{k=1}^{\infty} \frac{1}{k^2} = \frac{\pi^2}{8}",
])
def test_a_wrong_closed_form_is_failed(display: str) -> None:
    assert [v for v, _ in _verdicts(display)] == ["FAILED"]


def test_a_divergent_series_is_skipped_and_says_so() -> None:
    [(verdict, message)] = _verdicts(r"\sum_{k=1}^{\infty} \frac{1}{k} = 7")
    assert verdict == "SKIPPED" and "diverges" in message


def test_a_series_without_a_closed_form_is_skipped_and_says_so() -> None:
    [(verdict, message)] = _verdicts(r"\sum_{k=1}^{\infty} \frac{\sin(k x)}{k^3} = 1")
    assert verdict == "SKIPPED" and "no closed form" in message


def test_a_series_converging_on_a_small_region_is_skipped_not_an_error() -> None:
    [(verdict, message)] = _verdicts(r"\sum_{k=0}^{\infty} (100\gamma)^k = \frac{1}{1 - 100\gamma}")
    assert verdict == "SKIPPED" and "converges" in message


def test_infinite_bounds_are_told_apart() -> None:
    assert infinite_bound(parse_latex(r"\sum_{k=0}^{\infty} x^k"))
    assert not infinite_bound(parse_latex(r"\sum_{k=0}^{n} x^k"))
