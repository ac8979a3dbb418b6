r"""Values the notes state for a function at named arguments, ``V(s_1) = 0.5``, ``Q(s, a) = 2``, are the values of
those calls in a worked update (gaps38; gaps37 left it).

A stated value was a name that parses as a symbol or an entry: ``V(s_1) = 0.5`` was no value, V an undefined
function, and a TD error worked in numbers SKIPPED right or wrong. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.tablevalues import as_table_names, table_calls

TD = r"""
# One TD(0) step

Take $V(s_1) = 0.5$, $V(s_2) = 1$, $r = 1$ and $\gamma = 0.9$. The TD error is

$$
\delta = r + \gamma V(s_2) - V(s_1) = WORKED = 1.4
$$

With $Q(s, a) = 2$ and $\alpha = 0.5$ the update gives

$$
Q(s, a) + \alpha (r - Q(s, a)) = 2 + 0.5 (1 - 2) = 1.5
$$
"""


def _verdicts(worked: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(TD.replace("WORKED", worked))]


def test_a_td_error_and_a_q_update_at_the_stated_table() -> None:
    assert _verdicts(r"1 + 0.9 \cdot 1 - 0.5") == ["SKIPPED", "PROVED", "PROVED", "PROVED", "PROVED"]


def test_a_wrong_substitution_is_not_green() -> None:
    got = _verdicts(r"1 + 0.9 \cdot 0.5 - 1")  # V(s_1) and V(s_2) swapped
    assert got[1] not in ("PROVED", "PASSED")


def test_a_wrong_sum_fails() -> None:
    got = [s.verdict.value for s in doc_steps(TD.replace("WORKED", r"1 + 0.9 \cdot 1 - 0.5").replace("1.4", "1.5"))]
    assert got[2] == "FAILED"


def test_a_function_the_notes_give_a_formula_or_differentiate_is_no_table() -> None:
    assert table_calls(r"Let $V(s) = r + \gamma V(s')$ and $V(s_1) = 0.5$.") == {}
    assert table_calls(r"$G(x) = 2$ and $$\frac{\partial}{\partial x} G(x) = 0$$") == {}
    assert table_calls(r"With $P(x_1) = 0.3$.") == {}  # P: a probability, read by its own reading
    assert table_calls(r"$\delta = \gamma V(s_2) - V(s_1) = 1.4$") == {}  # no call is a whole member there


def test_the_stated_calls_only_are_one_name() -> None:
    calls = table_calls(r"Take $Q(s, a) = 2$ and $Q(s', a') = 3$.")
    assert calls == {("Q", "s,a"): "Qsa", ("Q", "s',a'"): "Qspap"}
    assert as_table_names(r"Q(s, a) + \gamma Q(s', a') - Q(s'', a)", calls) == (
        r"\mathrm{Qsa} + \gamma \mathrm{Qspap} - Q(s'', a)")
