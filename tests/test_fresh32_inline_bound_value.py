r"""``$P(X \ge 1) \le \mathbb{E}[X]/1 = 0.8$``: an inline bound worked out to a number is a claim, never dropped.

The Chebyshev note states Markov's bound inline, "For a nonnegative loss with mean $0.2$, $P(X \ge 1) \le
\mathbb{E}[X]/1 = 0.2$". Its left member reads as a function of names (what a definition writes), so the chain was
dropped and a planted ``= 0.8`` had no step (a false green of v0.29.0, fresh32). A chain that opens with an order
relation defines nothing (documents.boundvalues): its links are steps, the bound's "not an equality", the rest
checked as far as the notes allow (𝔼[X] is not written as 0.2: SKIPPED, not green). A bound on a name given a value
("$0 < \eta = 0.1$") is still no claim."""

from __future__ import annotations

from support import verdicts_by_line


def _lines(formula: str) -> dict[int, list[str]]:
    return verdicts_by_line(f"# Markov\n\nFor a nonnegative loss with mean $0.2$, ${formula}$. It uses the mean.\n")


def test_a_bound_worked_to_a_number_has_steps_and_none_green() -> None:
    verdicts = _lines(r"P(X \ge 1) \le \mathbb{E}[X]/1 = 0.8")[3]
    assert len(verdicts) == 2 and not {"PROVED", "PASSED"} & set(verdicts)


def test_a_wrong_number_in_the_bound_fails() -> None:
    assert _lines(r"P(X \ge 1) \le 0.2/1 = 0.8")[3] == ["SKIPPED", "FAILED"]


def test_a_bound_on_a_name_given_a_value_is_no_claim() -> None:
    assert _lines(r"0 < \eta = 0.1") == {}
