r"""Parameters the prose states (fractions too) for a step in the remaining variable (gaps65, item 1).

"With mixing weights $\pi_1 = \pi_2 = \frac{1}{2}$ and means $\mu_1 = 0$, $\mu_2 = 2$" and then a step that holds
only at those values (the responsibility of a two-component mixture, written as a logistic function of x) was SKIPPED
"mu_1, mu_2, pi_1, pi_2 appear(s) on one side only": the values the prose states with ``=`` were read for worked
links only, and a fraction or a chain of names was no value at all. The step is now read at the values stated before
it in its section (documents.statedparams): green where it holds there (the reading said), SKIPPED with both sides
where it does not (another value, or a slip). Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.statedparams import parameter_values
from verifier.results import Verdict

_STEP = (r"r(x) = \frac{\pi_1 e^{-(x-\mu_1)^2/2}}{\pi_1 e^{-(x-\mu_1)^2/2} + \pi_2 e^{-(x-\mu_2)^2/2}}"
         r" = \frac{1}{1 + e^{%s}}")  # fmt: skip
_PROSE = r"With mixing weights $\pi_1 = \pi_2 = \frac{1}{2}$ and means $\mu_1 = 0$, $\mu_2 = 2$,"


def _last(prose: str, right: str) -> object:
    return doc_steps(f"# Mixture\n\n{prose}\n$$\n{_STEP % right}\n$$\n")[-1]


def test_fractions_and_chains_of_names_are_stated_values() -> None:
    found = parameter_values(r"Take $\pi_1 = \pi_2 = \frac{1}{2}$, $\mu = -\tfrac34$ and $a = 1/3$, $b = 0.25$.")
    assert [(n, str(v)) for n, v, _ in found] == [
        ("\\pi_1", "1/2"),
        ("\\pi_2", "1/2"),
        ("\\mu", "-3/4"),
        ("a", "1/3"),
        ("b", "1/4"),
    ]


def test_no_value_in_a_range_or_a_formula() -> None:
    assert parameter_values(r"for $i = 1, \dots, n$ and $y = \frac{x}{2}$, $k = 1, 2, 3$") == []


def test_a_step_that_holds_at_the_stated_parameters_is_green_and_says_so() -> None:
    r = _last(_PROSE, "2x - 2")
    assert r.verdict in (Verdict.PROVED, Verdict.PASSED), r.message
    assert "the notes state" in (r.message or "") and "1/2" in (r.message or "")


def test_a_wrong_twin_does_not_pass() -> None:
    r = _last(_PROSE, "2x + 2")
    assert r.verdict is Verdict.SKIPPED, r.message
    assert "the left side is" in (r.message or "")


def test_a_value_stated_after_the_step_is_not_read() -> None:
    r = doc_steps(f"# Mixture\n\n$$\n{_STEP % '2x - 2'}\n$$\n\n{_PROSE}\n")[-1]
    assert r.verdict is Verdict.SKIPPED


def test_a_name_stated_with_two_values_is_not_read() -> None:
    prose = _PROSE + r" (later $\mu_2 = 3$)"
    assert _last(prose, "2x - 2").verdict is Verdict.SKIPPED
