r"""A name the notes never define, written out under a derivative mid-chain, is defined there.

A solution that leaves the softmax to the problem statement writes it out where the derivation
needs it (``\frac{\partial}{\partial s_k} q_j = \frac{\partial}{\partial s_k} \frac{e^{s_j}}{\sum_m
e^{s_m}}``): that step is the notes' statement of q (SKIPPED as its definition), and the links after
it, which write q again, are checked with it (documents.substituted). Small notes written for the tests.
"""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.context import Definition
from verifier.documents.substituted import substitution, superseded
from verifier.engine import Settings

FAST = Settings(points=30)

_SUMS = r"""
The loss is
$$ L = -\sum_j t_j \log(q_j) $$
so that
$$
\begin{align}
\frac{\partial L}{\partial s_k} &= -\sum_j t_j \frac{1}{q_j}\frac{\partial}{\partial s_k} q_j \\
&= -\sum_j t_j \frac{1}{q_j}\frac{\partial}{\partial s_k} \frac{e^{s_j}}{\sum_m e^{s_m}} \\
&= -\sum_j t_j \frac{1}{q_j} \left[ BRACKET \right] \\
&= -t_k + q_k \sum_j t_j
\end{align}
$$
"""

_EINSTEIN = r"""
PROSE
$$ L = -t_j \log(p_j) $$
Differentiating,
$$
\begin{align}
\frac{\partial L}{\partial z_k} &= -t_j \frac{1}{p_j}\frac{\partial}{\partial z_k} p_j \\
&= -t_j \frac{1}{p_j}\frac{\partial}{\partial z_k} FORMULA \\
&= -t_j \frac{1}{p_j} \left[ p_j \delta_{jk} - p_j p_k \right] \\
&= -t_k + t_j p_k
\end{align}
$$
"""

_CONVENTION = "We write sums in Einstein notation: a repeated index is summed."


def _verdicts(text: str) -> dict[int, tuple[str, str]]:
    check = check_text(text.lstrip("\n"), "t.md", FAST)
    return {line: (s.verdict.value, s.message)
            for ch in check.chains for s, line in zip(ch.result.steps, ch.step_lines, strict=True)}


def test_the_written_out_formula_is_found_member_against_member() -> None:
    assert substitution(r"-a_j \frac{\partial}{\partial s_k} q_j",
                        r"-a_j \frac{\partial}{\partial s_k} \frac{e^{s_j}}{\sum_m e^{s_m}}") == (
        "q_j", r"\frac{e^{s_j}}{\sum_m e^{s_m}}")  # fmt: skip
    assert substitution(r"\frac{d}{dx} \left( c\, g \right)",
                        r"\frac{d}{dx} \left( c\, \frac{1}{1+e^{-x}} \right)") == ("g", r"\frac{1}{1+e^{-x}}")


def test_no_substitution_outside_a_derivative_or_by_a_name() -> None:
    assert substitution(r"a + g", r"a + \frac{1}{1+e^{-x}}") is None  # not under a derivative
    # a term after the derivative
    assert substitution(r"\frac{\partial}{\partial x} a + g", r"\frac{\partial}{\partial x} a + x^2") is None
    assert substitution(r"\frac{d}{dx} g", r"\frac{d}{dx} h") is None  # a name for a name: nothing stated
    assert substitution(r"\frac{d}{dx} g", r"\frac{d}{dx} (g + 1)") is None  # the formula uses the name
    assert substitution(r"\frac{d}{dx} g u", r"\frac{d}{dx} x^2 w") is None  # two places differ
    assert substitution(r"\frac{d}{dx} x", r"\frac{d}{dx} (a + b)") is None  # the derivative's own variable
    assert substitution(r"\frac{d}{dw} a", r"\frac{d}{dw} \frac{w}{2}") == ("a", r"\frac{w}{2}")  # a in \frac: no use


def test_the_links_after_the_written_out_softmax_are_checked() -> None:
    v = _verdicts(_SUMS.replace("BRACKET", r"q_j \delta_{jk} - q_j q_k"))
    assert v[7][0] == "SKIPPED" and v[7][1].startswith("defines q"), v[7]
    assert v[8][0] == "PROVED", v[8]  # was SKIPPED: q an arbitrary function, s on one side only
    assert "the notes' definition in a later link of this chain" in v[8][1]


def test_a_wrong_derivative_of_the_written_out_softmax_fails() -> None:
    v = _verdicts(_SUMS.replace("BRACKET", r"q_j \delta_{jk} + q_j q_k"))
    assert v[8][0] == "FAILED", v[8]


def test_a_lone_index_in_the_denominator_is_summed_where_the_notes_name_the_convention() -> None:
    v = _verdicts(_EINSTEIN.replace("PROSE", _CONVENTION).replace("FORMULA", r"\frac{e^{z_j}}{e^{z_n}}"))
    assert v[7][1].startswith("defines p"), v[7]
    assert v[8][0] == "PROVED", v[8]


def test_a_wrong_link_after_the_einstein_softmax_is_not_green() -> None:
    text = _EINSTEIN.replace("PROSE", _CONVENTION).replace("FORMULA", r"\frac{e^{z_j}}{e^{z_n}}")
    v = _verdicts(text.replace(r"p_j \delta_{jk} - p_j p_k", r"p_j \delta_{jk} - p_j p_j"))
    assert v[8][0] not in ("PROVED", "PASSED"), v[8]


def test_a_wrong_written_out_softmax_does_not_make_the_next_link_green() -> None:
    v = _verdicts(_EINSTEIN.replace("PROSE", _CONVENTION).replace("FORMULA", r"\frac{e^{2 z_j}}{e^{z_n}}"))
    assert v[8][0] not in ("PROVED", "PASSED"), v[8]


def test_without_a_summation_convention_a_lone_index_defines_nothing() -> None:
    text = _EINSTEIN.replace("PROSE", "We differentiate the loss.")
    v = _verdicts(text.replace("FORMULA", r"\frac{e^{z_j}}{e^{z_n}}"))
    assert not v[7][1].startswith("defines p"), v[7]
    assert v[8][0] != "PROVED", v[8]


def test_a_later_definition_of_the_letter_ends_the_written_out_one() -> None:
    written = Definition(("q", ()), r"\frac{e^{s_j}}{\sum_m e^{s_m}}", (), ("j",), line=5)
    later = Definition(("q", ()), r"\text{softmax}(u)", line=30)
    other = Definition(("r", ()), "u", line=20)
    assert not superseded(written, [written, other, later], 12)
    assert not superseded(written, [written, other, later], 30)
    assert superseded(written, [written, other, later], 31)
