r"""A bare capital E in notes that write no expectation is their own quantity (fresh70).

A scaling law's fit ``L(N) = E + A/N^\alpha`` names the irreducible loss E. E was reserved for the expectation,
so it was never inferred as a name, and the resolver gives a bare E no meaning: every step reaching it was
SKIPPED "E is not declared" — the slope ``\partial L/\partial N`` and the worked ``E + 400/10^5 = E + 0.004``
alike, right or wrong. Where the notes write no expectation anywhere (documents.plaine), E is read as a
scalar as any other letter is; where they do (``\mathrm{E}(c) = c``), it stays reserved and nothing is FAILED
for a reading as a number."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Scaling

The final loss of a model with $N$ parameters is fitted as

$$L(N) = E + \frac{A}{N^{\alpha}},$$

where $E$ is the irreducible loss. Its slope is

$$\frac{\partial L}{\partial N} = -\frac{\alpha A}{N^{\alpha + 1}}.$$

With $A = 400$ and $\alpha = 0.5$, at $N = 10^{10}$,

$$E + \frac{400}{10^{5}} = E + 0.004.$$
"""


def test_the_irreducible_loss_is_a_name_of_the_notes() -> None:
    verdicts = verdicts_by_line(_NOTE)
    assert verdicts[9] == ["PROVED"], verdicts[9]
    assert verdicts[13][0] in {"PROVED", "PASSED"}, verdicts[13]


def test_a_wrong_power_beside_e_fails() -> None:
    verdicts = verdicts_by_line(_NOTE.replace(r"N^{\alpha + 1}}.$$", r"N^{\alpha - 1}}.$$"))
    assert verdicts[9] == ["FAILED"], verdicts[9]


def test_a_wrong_number_beside_e_is_not_green() -> None:
    # (E cancels: an equation of numbers beside a name, SKIPPED "between undeclared quantities", left for now)
    verdicts = verdicts_by_line(_NOTE.replace("= E + 0.004.", "= E + 0.04."))
    assert verdicts[13][0] not in {"PROVED", "PASSED"}, verdicts[13]


def test_an_expectation_without_brackets_is_never_read_as_a_number() -> None:
    note = _NOTE + "\nFor a constant $c$, $$\\mathrm{E}(c) = c.$$\n"
    verdicts = verdicts_by_line(note)
    assert "FAILED" not in [v for vs in verdicts.values() for v in vs], verdicts
