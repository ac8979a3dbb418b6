r"""An equation solved by cancelling a factor that is 0 at the solution is not equivalent to it (redteam41).

``\frac{x^2 - 1}{x - 1} = 2 \Rightarrow x + 1 = 2 \Rightarrow x = 1`` was PROVED "left minus right = c·(that of the
equation before it) with c = 1 ≠ 0, so it follows from it (and back)" (documents.equivalent): x = 1 is where the
equation before it is undefined, and it has no solution at all. A rewriting that holds at a point where the
equation before it divides by 0 is no equivalence there. Every example is written here."""

from __future__ import annotations

from support import doc_steps


def _verdicts(display: str) -> list[str]:
    return [s.verdict.value for s in doc_steps("# Solve\n\nThen\n\n$$\n" + display + "\n$$\n")]


def test_a_cancelled_factor_zero_at_the_solution_proves_nothing() -> None:
    got = _verdicts(r"\frac{t^2 - 1}{t - 1} = 2 \Rightarrow t + 1 = 2 \Rightarrow t = 1")
    assert got[1] not in ("PROVED", "PASSED")
    assert _verdicts(r"\frac{t^2 - 1}{t - 1} = 2 \Rightarrow t = 1")[1] not in ("PROVED", "PASSED")


def test_a_cancelled_factor_away_from_the_solution_still_proves() -> None:
    assert _verdicts(r"\frac{t^2 - 1}{t - 1} = 3 \Rightarrow t + 1 = 3 \Rightarrow t = 2")[1:] == ["PROVED", "PROVED"]


def test_clearing_denominators_of_a_likelihood_still_proves() -> None:
    got = _verdicts(r"\frac{y}{\phi} - \frac{1 - y}{1 - \phi} = 0 \Leftrightarrow y(1 - \phi) - (1 - y)\phi = 0")
    assert got[1] == "PROVED"
