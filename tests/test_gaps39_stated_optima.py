r"""An optimum the prose states as a number, ``\max_{a'} Q(s', a') = 3``, is that number where the notes write it
again (gaps39; gaps38 left it).

Before, ``r + \gamma \max_{a'} Q(s', a') = 1 + 0.9 \cdot 3`` was SKIPPED "an optimisation \max_{…} over a variable
cannot be checked", right or wrong, and the stated line itself was a step (its prime read as a derivative's).
Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.statedoptima import as_optimum_names, stated_optima

NOTES = r"""
# A Q-learning target

We are in $s$ with $Q(s, a) = 2$, get $r = 1$ and land in $s'$ where $\max_{a'} Q(s', a') = 3$. Take $\gamma = 0.9$
and $\alpha = 0.5$.

$$
LEFT = RIGHT
$$
"""


def _steps(left: str, right: str) -> list[tuple[str, str]]:
    return [(s.verdict.value, s.source) for s in doc_steps(NOTES.replace("LEFT", left).replace("RIGHT", right))]


def test_the_target_at_the_stated_optimum_is_checked() -> None:
    got = _steps(r"r + \gamma \max_{a'} Q(s', a')", r"1 + 0.9 \cdot 3 = 3.7")
    assert got == [("PROVED", "t.md:7"), ("PROVED", "t.md:7")]  # no step for the stated line 3
    got = _steps(r"Q(s, a) + \alpha\left(r + \gamma \max_{a'} Q(s',a') - Q(s, a)\right)", r"2 + 0.5(1 + 2.7 - 2)")
    assert got == [("PROVED", "t.md:7")]


def test_a_wrong_target_is_never_green() -> None:
    got = _steps(r"r + \gamma \max_{a'} Q(s', a')", r"1 + 0.9 \cdot 2")
    assert got[0][0] not in ("PROVED", "PASSED")
    got = _steps(r"r + \gamma \max_{a'} Q(s', a')", r"1 + 0.9 \cdot 3 = 3.9")
    assert got[1][0] == "FAILED"


def test_another_optimum_is_not_the_stated_one() -> None:
    r"""``\max_{a'} Q(s'', a')`` (another state) and ``\min_{a'} Q(s', a')`` are not the stated number."""
    for other in (r"\max_{a'} Q(s'', a')", r"\min_{a'} Q(s', a')"):
        got = _steps(r"r + \gamma " + other, r"1 + 0.9 \cdot 3")
        assert got[0][0] not in ("PROVED", "PASSED"), other


def test_what_is_stated() -> None:
    assert stated_optima(r"where $\max_{a'} Q(s',a') = 5$ and") == {r"\max_{a'}Q(s',a')": "maxapQspap"}
    assert stated_optima(r"$\max_a Q(s_2, a) = 1.5$") == {r"\max_aQ(s_2,a)": "maxaQs2a"}
    assert stated_optima(r"$\max_{a'} Q(s', a') = \max(3, 5) = 5$") == {}  # computed, not stated
    assert stated_optima(r"$y = r + \gamma \max_{a'} Q(s', a') = 5$") == {}  # not a whole left member
    assert as_optimum_names(r"1 + \max_{a'} Q(s', a')", {r"\max_{a'}Q(s',a')": "m"}) == r"1 + \mathrm{m}"
