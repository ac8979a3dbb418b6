r"""A worked example written as vectors: a family used whole, stated input vectors, rounded results.

Notes define a family entry-wise (``p_j = \frac{e^{o_j}}{\sum_i e^{o_i}}``), state the inputs of an
example as vectors (``o = \boxed{2}\boxed{3}\boxed{4}``) and write the result rounded
(``p = \boxed{0.090}\boxed{0.245}\boxed{0.665}``). Before: "the range of index j is not declared"
(the family's letter j is written nowhere else), and the result was "a worked number against a
definition whose values the notes give only in prose". Now the family's index runs over the length
the notes show, the stated vector is a hypothesis of the worked chain, and the computed vector is
compared entry by entry to the decimals written (documents.familyindex, statedvectors, computedworked).
"""

from __future__ import annotations

import sympy as sp

from verifier.documents.check import check_text
from verifier.documents.computedworked import rounded_when_computed
from verifier.documents.statedvectors import displayed_vectors, vector_hypotheses, worked_vector
from verifier.engine import Settings
from verifier.results import StepResult, Verdict

FAST = Settings(points=30)

_LITERAL = r"""
Softmax:

$$ p_j = \frac{e^j}{\sum_{i} e^i} $$

For three classes:

$$ p = \boxed{0.090}\boxed{RESULT}\boxed{0.665} $$
"""

_EXAMPLE = r"""
Softmax of the scores:

$$ p_j = \frac{e^{o_j}}{\sum_{i} e^{o_i}} $$

The scores of one input:

$$ o = \boxed{2}\boxed{3}\boxed{4} $$

The probabilities:

$$ p = \boxed{0.090}\boxed{RESULT}\boxed{0.665} $$
"""


def _verdicts(text: str) -> dict[int, tuple[str, str]]:
    check = check_text(text, "t.md", FAST)
    out = {}
    for c in check.chains:
        for s in c.result.steps:
            out[int(s.source.rsplit(":", 1)[1])] = (s.verdict.value, s.message)
    return out


def _last(text: str) -> tuple[str, str]:
    found = _verdicts(text)
    return found[max(found)]


def test_a_family_used_whole_runs_over_the_length_written_beside_it() -> None:
    verdict, message = _last(_LITERAL.replace("RESULT", "0.245"))
    assert verdict == "PASSED", message
    assert "range of index j" not in message


def test_a_wrong_entry_is_not_green() -> None:
    verdict, _ = _last(_LITERAL.replace("RESULT", "0.300"))
    assert verdict in ("SKIPPED", "FAILED")


def test_a_stated_input_vector_decides_a_later_worked_result() -> None:
    verdict, message = _last(_EXAMPLE.replace("RESULT", "0.245"))
    assert verdict == "PASSED", message
    assert "o = \\boxed{2}\\boxed{3}\\boxed{4}" in message and "stated in the notes" in message


def test_a_stated_input_vector_does_not_make_a_wrong_result_green() -> None:
    verdict, _ = _last(_EXAMPLE.replace("RESULT", "0.255"))
    assert verdict in ("SKIPPED", "FAILED")


def _parse(text: str) -> sp.Basic:
    from verifier.latex import parse_latex

    return parse_latex(text)


def test_displayed_vectors_are_plain_names_given_numbers() -> None:
    pairs = [("o", r"\boxed{2}\boxed{3}\boxed{4}", 3), (r"\hat{y}", r"\boxed{1}\boxed{2}", 4),
             ("p", "q + 1", 5), ("y", r"\boxed{0}\boxed{1}\boxed{0}", 6), ("z", "3", 7)]  # fmt: skip
    assert displayed_vectors(pairs, _parse) == [("o", r"\boxed{2}\boxed{3}\boxed{4}", 3),
                                                ("y", r"\boxed{0}\boxed{1}\boxed{0}", 6)]  # fmt: skip


def test_only_vectors_with_decimals_are_worked_results() -> None:
    assert worked_vector(r"\boxed{0.090}\boxed{0.245}", _parse)
    assert not worked_vector(r"\boxed{2}\boxed{3}", _parse)
    assert not worked_vector(r"p - y", _parse)


def test_a_name_stated_twice_differently_is_not_used() -> None:
    stated = [("o", r"\boxed{2}\boxed{3}", 3), ("o", r"\boxed{1}\boxed{3}", 9), ("y", r"\boxed{0}\boxed{1}", 4)]
    hyps = vector_hypotheses(stated, {"o", "y"}, _parse)
    assert [h for h, _ in hyps] == [r"y = \boxed{0}\boxed{1}"]
    assert vector_hypotheses(stated, {"o"}, _parse) == []


def _failed() -> StepResult:
    return StepResult(index=0, lhs="p", rhs="v", lhs_latex="p", rhs_latex="v", verdict=Verdict.FAILED, message="x")


def test_computed_constants_agreeing_to_the_written_decimals_pass() -> None:
    computed = sp.ImmutableMatrix([sp.exp(1), sp.Rational(1, 3)])
    written = sp.ImmutableMatrix([sp.Rational(2718, 1000), sp.Rational(333, 1000)])
    r = rounded_when_computed(_failed(), (computed, written), ("p", r"\boxed{2.718}\boxed{0.333}"))
    assert r is not None and r.verdict is Verdict.PASSED


def test_a_disagreement_or_a_free_name_is_left_alone() -> None:
    computed = sp.ImmutableMatrix([sp.exp(1), sp.Rational(1, 3)])
    written = sp.ImmutableMatrix([sp.Rational(2718, 1000), sp.Rational(334, 1000)])
    assert rounded_when_computed(_failed(), (computed, written), ("p", r"\boxed{2.718}\boxed{0.334}")) is None
    scalar = rounded_when_computed(_failed(), (sp.exp(1), sp.Rational(2718, 1000)), ("p", "2.718"))
    assert scalar is None  # scalars are documents.stated's and guesses._rounded's
    free = sp.ImmutableMatrix([sp.Symbol("a"), sp.Rational(1, 3)])
    assert rounded_when_computed(_failed(), (free, written), ("p", r"\boxed{2.718}\boxed{0.334}")) is None
