r"""A sum over the tuples of a set, ``\sum_{(u,i) \in S}``, and its filter ``\sum_{i: (u,i) \in S}`` (ctx68).

Recommender notes sum over the observed pairs of a data set and differentiate by one user's vector; the grammar
refused both sums ("a sum over the tuples of a set … cannot be checked"). They are read as sums over every tuple
weighted by the set's membership array, 0 or 1 at every point tried (documents.tuplesums). Each note is
written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.tuplesums import tuple_sums
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)  # PASSED where the symbolic stage runs out of time under load

_MF = r"""The objective over the observed pairs $\mathcal{K}$ is
$$L = \sum_{(v,i) \in \mathcal{K}} (r_{vi} - \mathbf{x}_{v}^T \mathbf{y}_i)^2 + \lambda \sum_{v} \|\mathbf{x}_v\|^2.$$

Then
$$\frac{\partial L}{\partial \mathbf{x}_u} = {RIGHT}.$$
"""
_GRADIENT = r"-2\sum_{i: (u,i) \in \mathcal{K}} (r_{ui} - \mathbf{x}_u^T \mathbf{y}_i)\mathbf{y}_i"


def _mf(right: str) -> list:
    return doc_steps(_MF.replace("{RIGHT}", right))


def test_the_gradient_of_a_sum_over_observed_pairs_is_proved() -> None:
    steps = _mf(_GRADIENT + r" + 2\lambda \mathbf{x}_u")
    assert steps[0].verdict is Verdict.SKIPPED and "defines L" in steps[0].message
    assert steps[1].verdict in _GREEN
    assert "sum over the tuples of a set" in steps[1].message


def test_a_lost_factor_two_is_failed() -> None:
    steps = _mf(_GRADIENT + r" + \lambda \mathbf{x}_u")
    assert steps[1].verdict is Verdict.FAILED


def test_the_sum_written_without_parentheses_is_read() -> None:
    notes = r"""$$\frac{\partial}{\partial w}\sum\limits_{u,i \in S} (w z_{ui} - t_{ui})^2
= \sum_{u,i \in S} {RIGHT}.$$"""
    assert doc_steps(notes.replace("{RIGHT}", r"2(w z_{ui} - t_{ui}) z_{ui}"))[0].verdict in _GREEN
    assert doc_steps(notes.replace("{RIGHT}", r"2(w z_{ui} + t_{ui}) z_{ui}"))[0].verdict is Verdict.FAILED


def test_a_filter_over_the_wrong_entry_of_the_pair_is_failed() -> None:
    notes = r"""$$\frac{\partial}{\partial p_u} \sum_{(v,i) \in S} (r_{vi} - p_v q_i)^2 = -2\sum_{i: ({PAIR}) \in S}
(r_{ui} - p_u q_i) q_i.$$"""
    assert doc_steps(notes.replace("{PAIR}", "u,i"))[0].verdict in _GREEN
    assert doc_steps(notes.replace("{PAIR}", "i,u"))[0].verdict is Verdict.FAILED


def test_steps_that_hold_only_for_the_full_set_are_never_green() -> None:
    """Guard: S is any set of pairs, not every pair; the filter dropped, or the sum split as over a product set."""
    for notes in (
        r"$$\frac{\partial}{\partial p_u} \sum_{(v,i) \in S} (r_{vi} - p_v q_i)^2 = -2\sum_i (r_{ui} - p_u q_i) q_i$$",
        r"$$\sum_{(u,i) \in S} a_u b_i = \left(\sum_{u} a_u\right)\left(\sum_{i} b_i\right).$$",
    ):
        assert doc_steps(notes)[0].verdict not in (Verdict.PROVED, Verdict.PASSED), notes


def test_what_the_rewriting_reads_and_refuses() -> None:
    read = tuple_sums(r"\sum_{(u,i) \in S} (r_{ui} - p_u q_i)^2", {})
    weight = r"\mathbb{1}[\mathrm{inS}_{u,i} > 0]"
    assert read is not None and read[0] == rf"\sum_{{u}}\sum_{{i}} {weight} \cdot (r_{{ui}} - p_u q_i)^2"
    filtered = tuple_sums(r"\sum_{i: (u,i) \in D_S} e_{ui}", {})
    assert filtered is not None and filtered[0] == r"\sum_{i} \mathbb{1}[\mathrm{inDS}_{u,i} > 0] \cdot e_{ui}"
    for refused in (r"\sum_{(u,i) \in S} -e_{ui}", r"\sum_{(u,u) \in S} e_{u}", r"\sum_{j: (u,i) \in S} e_{ui}",
                    r"\sum_{i \in S} e_i", r"\prod_{(u,i) \in S} e_{ui}"):
        assert tuple_sums(refused, {}) is None, refused
