r"""An equation the prose says holds to first order (or for large n, neglecting a term) is a truncation: no FAILED
where the difference of its sides is of higher order, as said (sound46, documents.truncations).

"To first order in $\epsilon$, $$(1 + \epsilon)^2 x = x + 2\epsilon x.$$" was FAILED at ε = -0.57 as an identity,
and so was "Neglecting the $O(1/n^2)$ term, …" — the prose says which reading is meant, and under it the step is
right. Where the difference does not vanish to that order (``x + \epsilon x``: a wrong first-order term) it is
FAILED as before. Never green: a truncation is not proved, only not called wrong. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line


def _verdict(prose: str, display: str) -> list[str]:
    return verdicts_by_line(f"# T\n\n{prose} $${display}.$$\n")[3]


def test_a_right_truncation_is_not_failed() -> None:
    assert _verdict("To first order in $\\epsilon$,", "(1 + \\epsilon)^2 x = x + 2\\epsilon x") == ["SKIPPED"]
    assert _verdict("Neglecting the $O(1/n^2)$ term,",
                    "\\frac{(n + 1)\\mu}{n} + \\frac{1}{n^2} = \\mu + \\frac{\\mu}{n}") == ["SKIPPED"]
    assert _verdict("For large $n$,", "\\frac{n + 1}{n + 2}\\mu = \\mu - \\frac{\\mu}{n}") == ["SKIPPED"]


def test_a_wrong_truncation_is_still_failed() -> None:
    assert _verdict("To first order in $\\epsilon$,", "(1 + \\epsilon)^2 x = x + \\epsilon x") == ["FAILED"]
    assert _verdict("For large $n$,", "\\frac{n + 1}{n + 2}\\mu = \\mu + \\frac{2\\mu}{n}") == ["FAILED"]


def test_without_such_words_the_identity_is_judged() -> None:
    assert _verdict("Expanding the square,", "(1 + \\epsilon)^2 x = x + 2\\epsilon x") == ["FAILED"]


def test_a_known_function_is_expanded_as_it_is() -> None:
    assert _verdict("For small $z$,", "\\sigma(z) = \\frac{1}{2} + \\frac{z}{4}") == ["SKIPPED"]
    assert _verdict("For small $z$,", "\\sigma(z) = \\frac{1}{2} + \\frac{z}{2}") == ["FAILED"]
