r"""Conditional probabilities, likelihoods and known densities in notes (issue 8: read notes as they are).

``P(t=1|z)`` is a quantity the notes name and may define; ``\mathcal{N}(x|\mu,\sigma^2)`` is the normal
density, whose formula the tool knows (one registry, :mod:`verifier.ml`). Small examples written here.
"""

from __future__ import annotations

import pytest
import sympy as sp
from support import doc_steps

from verifier.latex import LatexError, parse_latex


def _steps(text: str, marker: str):  # type: ignore[no-untyped-def]
    return [s for s in doc_steps(text) if marker in s.lhs_latex + s.rhs_latex]


def _verdicts(text: str, marker: str) -> list[str]:
    return [s.verdict.name for s in _steps(text, marker)]


# --- the parser ---------------------------------------------------------------------------------


def test_a_conditional_probability_parses_as_one_named_quantity() -> None:
    assert parse_latex(r"P(t=1| z)") == sp.Symbol("P(t=1|z)")
    assert parse_latex(r"P(t=1 \mid z)") == sp.Symbol("P(t=1|z)")


def test_an_indexed_conditional_probability_is_a_family_over_its_index() -> None:
    tree = parse_latex(r"P(t_i=1|z_i)")
    assert isinstance(tree, sp.Indexed)
    assert str(tree.base.label) == "P(t_=1|z_)" and tree.indices == (sp.Symbol("i"),)
    assert parse_latex(r"P(t_j=1|z_j)").base == tree.base  # whatever the letter


def test_an_absolute_value_is_not_a_conditional_bar() -> None:
    assert parse_latex(r"f(|x|)") != sp.Symbol("f(|x|)")


def test_an_evaluation_bar_inside_a_call_is_not_a_conditional_bar() -> None:
    tree = parse_latex(r"g(\left.\frac{df}{dx}\right|_{x=0})")
    assert not any("|" in str(s) for s in tree.free_symbols)


def test_a_derivative_of_an_opaque_conditional_probability_is_refused() -> None:
    # as a plain name it would not depend on z: its derivative would be read as 0
    with pytest.raises(LatexError, match="derivative"):
        parse_latex(r"\frac{\partial}{\partial z} \log P(t=1|z)")


def test_the_normal_density_is_a_call_of_the_known_function() -> None:
    tree = parse_latex(r"\mathcal{N}(x \mid \mu, \sigma^2)")
    assert isinstance(tree, sp.Function) and tree.func.__name__ == "normal"


def test_a_normal_written_with_sigma_is_not_read_as_a_variance() -> None:
    with pytest.raises(LatexError, match="standard deviation"):
        parse_latex(r"\mathcal{N}(x|\mu,\sigma)")


# --- documents ---------------------------------------------------------------------------------

NORMAL = r"""
$$ \mathcal{N}(w \mid 0, v) = {rhs} $$
"""


def test_the_normal_density_equals_its_formula() -> None:
    good = NORMAL.replace("{rhs}", r"\frac{1}{\sqrt{2\pi v}} \exp(-\frac{1}{2v} w^2)")
    assert _verdicts(good, "N") == ["PROVED"]


def test_a_wrong_constant_in_the_normal_density_is_failed() -> None:
    for rhs in (r"\frac{1}{\sqrt{2\pi}v} \exp(-\frac{1}{2v} w^2)", r"\frac{1}{\sqrt{2\pi v}} \exp(\frac{1}{2v} w^2)"):
        assert _verdicts(NORMAL.replace("{rhs}", rhs), "N") == ["FAILED"], rhs


def test_the_standard_normal_with_a_semicolon() -> None:
    text = r"$$ \mathcal{N}(x; 0, 1) = \frac{1}{\sqrt{2\pi}} e^{-x^2/2} $$"
    assert _verdicts(text, "N") == ["PROVED"]


def test_a_bernoulli_probability_equals_its_formula() -> None:
    assert _verdicts(r"$$ \text{Bern}(y \mid p) = p^y (1-p)^{1-y} $$", "Bern") == ["PROVED"]
    assert _verdicts(r"$$ \text{Bern}(y \mid p) = p^y (1-p)^{y} $$", "Bern") == ["FAILED"]


LOGISTIC = r"""
The model:

$$ P(t=1| z) = \sigma(z) $$

$$ P(t=0| z) = 1 - \sigma(z) $$

Then

$$ \log \frac{P(t=1|z)}{P(t=0|z)} = {rhs} $$
"""


def test_a_step_from_the_notes_definitions_of_conditional_probabilities_is_proved() -> None:
    text = LOGISTIC.replace("{rhs}", r"\log \frac{\frac{1}{1+e^{-z}}}{\frac{e^{-z}}{1+e^{-z}}}")
    (step,) = [s for s in _steps(text, "frac") if "log" in s.lhs_latex]
    assert step.verdict.name == "PROVED", step.message


def test_a_wrong_step_from_those_definitions_is_not_green() -> None:
    # the log-odds is z, not -z; z itself is undeclared, so the tool's doubt about "an equation between
    # undeclared quantities" (it may hold for particular z) makes it SKIPPED, as for any such step
    text = LOGISTIC.replace("{rhs}", r"-z")
    (step,) = [s for s in _steps(text, "frac") if "log" in s.lhs_latex]
    assert step.verdict.name not in ("PROVED", "PASSED"), step.message
    assert "fails" in step.message


def test_an_undefined_conditional_probability_on_one_side_is_never_failed() -> None:
    for text in (r"$$ -\log P(t=1|z) = -\log(y) $$",
                 r"$$ \log \mathcal{L}(\theta|t,z) = \sum_{i=1}^{n} t_i \log(y_i) $$"):  # fmt: skip
        verdicts = _verdicts(text, "|")
        assert verdicts and "FAILED" not in verdicts and "PROVED" not in verdicts, (text, verdicts)
    # a joint factored by the product rule holds for any distribution (documents.productrule)
    assert _verdicts(r"$$ P(t,z|\theta) = P(t|z,\theta)P(z|\theta) $$", "|") == ["PROVED"]
    verdicts = _verdicts(r"$$ P(t,z|\theta) = P(t|z,\theta)P(t|\theta) $$", "|")
    assert verdicts and "FAILED" not in verdicts and "PROVED" not in verdicts, verdicts


def test_an_undefined_indexed_family_varies_with_its_index() -> None:
    # read as one constant, \sum_i P(y_i|x_i) would be n P(...): a false PROVED
    text = r"$$ \sum_{i=1}^{n} P(y_i | x_i) = n P(y_1 | x_1) $$"
    assert "PROVED" not in _verdicts(text, "sum")


def test_a_family_is_not_the_joint_quantity_of_the_same_letters() -> None:
    # p(y|X) (the joint) is not the vector of the p(y_i|X): reading it so would make
    # log p(y|X) = sum_i log p(y_i|X) a shape question instead of an undefined relation
    assert parse_latex(r"p(y_i|X)").base.label != parse_latex(r"p(\mathbf{y}|X)")


FAMILY = r"""
$$ P(t_i=1|z_i) = \sigma(z_i) $$

$$ \sum_{i=1}^{n} \log P(t_i=1|z_i) = {rhs} $$
"""


def test_a_defined_family_is_used_entry_by_entry() -> None:
    good = FAMILY.replace("{rhs}", r"-\sum_{i=1}^{n} \log(1 + e^{-z_i})")
    assert [s.verdict.name for s in _steps(good, "sum")] == ["PROVED"]
    bad = FAMILY.replace("{rhs}", r"-\sum_{i=1}^{n} \log(1 + e^{z_i})")
    assert [s.verdict.name for s in _steps(bad, "sum")] == ["FAILED"]


DERIVATIVE = r"""
$$ P(t=1|z) = \sigma(z) $$

$$ \frac{\partial}{\partial z} \log P(t=1|z) = {rhs} $$
"""


def test_a_derivative_of_a_defined_conditional_probability_reads_its_definition() -> None:
    assert _verdicts(DERIVATIVE.replace("{rhs}", r"1 - \sigma(z)"), "partial") == ["PROVED"]
    assert _verdicts(DERIVATIVE.replace("{rhs}", r"\sigma(z)"), "partial") == ["FAILED"]


def test_a_derivative_of_an_undefined_conditional_probability_is_not_green() -> None:
    # read as a plain name its derivative would be 0: the step must not be PROVED
    text = r"$$ \frac{\partial}{\partial z} \log P(t=1|z) = 0 $$"
    (step,) = _steps(text, "partial")
    assert step.verdict.name == "SKIPPED" and "derivative" in step.message, step.message
