r"""read16: a quantifier before a display's equation (verifier.latex.quantifiers), the indicator written
with its condition as a subscript, and the registry's log-sum-exp and logit (verifier.ml's read16 block).
Every example is written here, each with a planted mistake that must not come out green."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.latex import parse_latex
from verifier.latex.quantifiers import split_quantifier
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _last(display: str, prose: str = "") -> tuple[Verdict, str]:
    check = check_text(f"# Notes\n\n{prose}\n\n$$\n{display}\n$$\n", "notes.md")
    steps = [(s.verdict, s.message or "") for ch in check.chains for s in ch.result.steps]
    return steps[-1]


@pytest.mark.parametrize(
    ("row", "condition"),
    [
        (r"\forall x \in (0,1),\ a = b", "x \\in (0,1)"),
        (r"\forall x \in \mathbb{R}: a = b", "x \\in \\mathbb{R}"),
        (r"\text{for all } x > 0, \quad a = b", "x > 0"),
        (r"\forall i: a_i = b_i", None),  # an assumption over an index: left to the row (prose)
        (r"a = b \quad \forall x > 0", None),  # a trailing condition is the chain splitter's
        (r"\forall x > 0", None),  # nothing follows
    ],
)
def test_a_leading_quantifier_is_split_off(row: str, condition: str | None) -> None:
    found, rest = split_quantifier(row)
    assert found == condition
    assert len(rest) == len(row)


def test_a_quantifier_is_no_member_and_restricts_its_variable() -> None:
    verdict, message = _last(r"\forall x \in \mathbb{R}:\ \log(1 + e^x) - \log(1 + e^{-x}) = x")
    assert verdict in _GREEN, message
    verdict, message = _last(r"\forall x > 0,\quad |x| = x")
    assert verdict in _GREEN and "x > 0" in message
    assert _last(r"\forall x > 0,\quad |x| = -x")[0] not in _GREEN
    assert _last(r"\forall x \in \mathbb{R}:\ \log(1 + e^x) - \log(1 + e^{-x}) = -x")[0] not in _GREEN


def test_an_indicator_with_its_condition_as_a_subscript() -> None:
    assert parse_latex(r"\mathbb{1}_{x > 0}") == parse_latex(r"\mathbb{1}[x > 0]")
    assert str(parse_latex(r"\mathbf{1}_{n}")) == "ones[n]"  # a vector of ones, no condition
    assert _last(r"\frac{d}{dx}\operatorname{ReLU}(x) = \mathbb{1}_{x > 0}")[0] in _GREEN
    assert _last(r"\frac{d}{dx}\operatorname{ReLU}(x) = \mathbb{1}_{x < 0}")[0] is Verdict.FAILED


def test_log_sum_exp_and_the_logit_are_the_registrys() -> None:
    verdict, message = _last(r"\operatorname{logsumexp}(z) = \log\sum_k e^{z_k}")
    assert verdict in _GREEN and "argument of logsumexp" in message
    assert _last(r"\frac{\partial}{\partial z_j}\mathrm{LSE}(z) = \frac{e^{z_j}}{\sum_k e^{z_k}}")[0] in _GREEN
    wrong = r"\frac{\partial}{\partial z_j}\mathrm{LSE}(z) = \frac{e^{z_j}}{\sum_k e^{2 z_k}}"
    assert _last(wrong)[0] is Verdict.FAILED
    assert _last(r"\frac{d}{dp}\operatorname{logit}(p) = \frac{1}{p(1-p)}")[0] in _GREEN
    assert _last(r"\frac{d}{dp}\operatorname{logit}(p) = \frac{1}{p(1+p)}")[0] is Verdict.FAILED


def test_verify_check_reads_pi_and_registry_inverses() -> None:
    from verifier.commands.check import _checked
    from verifier.engine import Settings

    def verdict(*members: str) -> Verdict:
        return _checked(members, set(), set(), Settings(points=20))[0].verdict

    assert verdict(r"\frac{d}{dx}\operatorname{erf}(x)", r"\frac{2}{\sqrt{\pi}} e^{-x^2}") in _GREEN  # was FAILED
    assert verdict(r"\frac{d}{dx}\operatorname{erf}(x)", r"\frac{2}{\pi} e^{-x^2}") is Verdict.FAILED
    assert verdict(r"\sigma^{-1}(x)", r"\log\frac{x}{1-x}") in _GREEN  # was FAILED (x/σ)
    assert verdict(r"\sigma^{-1}(x)", r"\log\frac{x}{1+x}") is Verdict.FAILED
