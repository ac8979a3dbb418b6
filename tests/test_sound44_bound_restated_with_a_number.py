r"""A bound restated with a number at the values the notes state is checked (sound44, documents.boundnumbers).

"Take $\eta \le \frac{1}{10 L}$ with $L = \max_i a_i^2 = 4$, so $\eta \le 0.25$." had no step at all (fresh32's
SVRG probe, the one GREEN of stop 43). The number after "so"/"i.e." is now judged against the bound at the stated
values: equal (or a rounding) green; on the strict side (the bound does not give it) FAILED; on the weak side (it
follows, but it is not the value computed) SKIPPED, never green. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line


def _line(sentence: str) -> list[str]:
    return verdicts_by_line(f"# Bound\n\n{sentence}\n").get(3, [])


def test_the_value_of_the_bound_is_green() -> None:
    assert _line(r"Take $\eta \le \frac{1}{10 L}$ with $L = \max_i a_i^2 = 4$, so $\eta \le 0.025$.") == ["PROVED"]
    assert _line(r"Take $\eta \le \frac{1}{3 L}$ with $L = 4$, i.e. $\eta \le 0.083$.") == ["PASSED"]


def test_a_weaker_number_is_skipped_never_green() -> None:
    assert _line(r"Take $\eta \le \frac{1}{10 L}$ with $L = \max_i a_i^2 = 4$, so $\eta \le 0.25$.") == ["SKIPPED"]
    assert _line(r"We need $\lambda \ge 2 \sigma$ where $\sigma = 0.5$, so $\lambda \ge 0.5$.") == ["SKIPPED"]


def test_a_stricter_number_is_failed() -> None:
    assert _line(r"We need $\lambda \ge 2 \sigma$ where $\sigma = 0.5$, so $\lambda \ge 2$.") == ["FAILED"]
    assert _line(r"Take $\eta \le \frac{1}{L}$ with $L = 4$, so $\eta \le 0.1$.") == ["FAILED"]


def test_no_step_without_the_values_or_the_cue() -> None:
    assert _line(r"Take $\eta \le \frac{1}{10 L}$, so $\eta \le 0.25$.") == []
    assert _line(r"Take $\eta \le \frac{1}{10 L}$ with $L = 4$ and $\eta \le 0.25$.") == []
