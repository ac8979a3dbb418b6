r"""A document's results show the notes' names, never the checker's internal ones (gaps39).

A size nothing names was shown "n3_inferred" ("failed at n3_inferred=3", "a vector[n3_inferred]"), a value the notes
state for a function at named arguments ``\mathrm{Vs1}`` (for ``V(s_1)``), a whole row or column ``slice__all``.
Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.shownnames import shown_text


def test_an_unnamed_size_is_shown_as_a_size_and_said_to_be_one() -> None:
    (step,) = doc_steps(r"""
# Sums

$$\sum_j x_j y_j = x^\top y + 1$$
""")
    assert step.verdict.value == "FAILED"
    assert "_inferred" not in step.message and "_inferred" not in step.method
    assert "n₃: a size the notes leave unnamed" in step.message
    assert step.counterexample is not None
    assert all("_inferred" not in name for name, _ in step.counterexample.point)
    assert all("_inferred" not in name for name, _ in step.sizes)


def test_a_table_value_is_shown_as_the_call_the_notes_write() -> None:
    steps = doc_steps(r"""
# TD error

Take $V(s_1) = 0.5$, $V(s_2) = 1$, $r = 1$ and $\gamma = 0.9$.

$$\delta = r + \gamma V(s_2) - V(s_1) = 1 + 0.9 \cdot 0.5 - 1 = 0.45$$
""")
    assert steps[1].verdict.value == "SKIPPED"  # V(s_1) and V(s_2) swapped: the worked-number policy
    assert "V(s_1) = 0.5" in steps[1].message and "Vs1" not in steps[1].message
    assert "Vs" not in steps[0].lhs + steps[0].rhs


def test_the_texts() -> None:
    table = {"Vs1": "V(s_1)", "Qspap": "Q(s', a')"}
    assert shown_text("at n3_inferred=3, n2_inferred=2", {}, gloss=True) == (
        "at n₃=3, n₂=2 (n₂, n₃: sizes the notes leave unnamed)")
    assert shown_text(r"\mathrm{Vs1} = 0.5; Qspap = 2; Vs10 = 1", table) == "V(s_1) = 0.5; Q(s', a') = 2; Vs10 = 1"
    assert shown_text("w_slice__all,j", {}) == "w_:,j"
    assert shown_text("a n_3 and n3 stay", {}, gloss=True) == "a n_3 and n3 stay"
    assert shown_text(r"\nabla f read as the gradient with respect to f_point", {}) == (
        r"\nabla f read as the gradient with respect to the point f is taken at")
