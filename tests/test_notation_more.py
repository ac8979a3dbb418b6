r"""More notation of real notes (issue 8 §3): macros defined in a file that is not at hand, ``\sum_K``
used as a name, vectors drawn as ``\boxed`` cells, primes and partials without a written variable,
function names without a backslash. Every reading has a test on a small example written here."""

from __future__ import annotations

import pytest
import sympy as sp
from support import doc_steps

from verifier.latex import LatexError, parse_latex
from verifier.latex.opaque import guessed_names, term_evidence
from verifier.results import StepResult, Verdict


def _steps(body: str) -> list[StepResult]:
    return doc_steps(body)


# --- 1. macros whose definitions are not at hand ---------------------------------------------


def test_an_unknown_macro_is_an_opaque_quantity_named_after_it() -> None:
    tree = parse_latex(r"\w^\top \x_i + \J")
    assert guessed_names(tree) == {r"\w", r"\x", r"\J"}
    assert sp.Symbol(r"\J") in tree.free_symbols
    assert not guessed_names(parse_latex(r"w^\top x_i + J"))  # letters are never guesses


def test_an_unknown_macro_is_refused_when_asked_or_when_it_takes_arguments() -> None:
    with pytest.raises(LatexError, match=r"unsupported command \\w"):
        parse_latex(r"\w + 1", macros="refused")
    for src in (r"\pixit[1]", r"\myfrac{a}{b}", r"\forall x", r"\pm x"):  # arguments, or not a quantity
        with pytest.raises(LatexError, match="unsupported command"):
            parse_latex(src)


def test_a_guessed_name_is_a_term_only_where_nothing_follows_that_it_could_apply_to() -> None:
    assert term_evidence(r"(1 - \yi) \log(\pixit)") == {r"\yi", r"\pixit"}
    assert term_evidence(r"\frac{1}{2} \w^{\top} \w") == {r"\w"}  # at the end, after its superscript
    assert term_evidence(r"\z^{m-1} \cdot \w_{j}") == {r"\z", r"\w"}
    assert term_evidence(r"-\sumin \frac{a_i}{b}") == set()  # \sumin always takes what follows
    assert term_evidence(r"\yi \log(x)") == set()


def test_a_step_with_an_unknown_macro_holds_under_the_reading_and_says_so() -> None:
    steps = _steps(r"$$\frac{1}{2} \w^2 + \frac{1}{2}\w^2 = \w \cdot \w$$")
    assert [s.verdict for s in steps] == [Verdict.PROVED]
    assert r"\w read as an unknown quantity" in steps[0].message


def test_a_step_with_an_unknown_macro_is_never_failed() -> None:
    steps = _steps(r"$$(\w + 1)^2 = \w^2 + 2\w + 1 = \w^2 + 1$$")
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.SKIPPED]
    assert r"\w is not defined in the notes" in steps[1].message
    assert steps[1].counterexample is None
    # the same chain with a letter is a real mistake
    assert [s.verdict for s in _steps(r"$$(w + 1)^2 = w^2 + 2w + 1 = w^2 + 1$$")] == [Verdict.PROVED, Verdict.FAILED]


def test_a_macro_that_may_be_an_operator_gives_no_verdict() -> None:
    # \sumin is always followed by what it would sum: as a factor the step holds, as a sum it need not
    steps = _steps(r"$$\sumin (a + b) = \sumin a + \sumin b$$")
    assert [s.verdict for s in steps] == [Verdict.SKIPPED]
    assert r"\sumin is not defined in the notes and always followed by" in steps[0].message


# --- 2. \sum_K with nothing to sum ------------------------------------------------------------


def test_a_sum_with_nothing_to_sum_is_the_name_of_a_total() -> None:
    tree = parse_latex(r"\frac{e^{a}\sum_K - e^{2a}}{(\sum_K)^2}")
    total, a = sp.Symbol(r"\sum_K"), sp.Symbol("a")
    assert sp.simplify(tree - (sp.exp(a) * total - sp.exp(2 * a)) / total**2) == 0
    assert guessed_names(tree) == {r"\sum_K"}
    # a sum with something to sum stays a sum, also when what it sums starts with a minus
    assert isinstance(parse_latex(r"\sum_k x_k"), sp.Sum)
    assert isinstance(parse_latex(r"\sum_i - x_i"), sp.Sum)


def test_a_step_over_a_named_total_is_checked_under_that_reading() -> None:
    steps = _steps(
        r"""
        $$\frac{\exp(\theta_i)\sum_K - \exp(\theta_i)^2}{(\sum_K)^2}
        = \frac{\exp(\theta_i)}{\sum_K}\Big(1 - \frac{\exp(\theta_i)}{\sum_K}\Big)$$

        $$\frac{\exp(\theta_i)}{\sum_K} = \exp(\theta_i) \sum_K$$
        """
    )
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.SKIPPED]
    assert r"\sum_K read as an unknown quantity" in steps[0].message
    assert r"inferred \sum_K: a real positive scalar" in steps[0].message  # a total of exponentials


# --- 3. a vector drawn as cells ---------------------------------------------------------------


def test_boxed_cells_side_by_side_are_a_vector() -> None:
    assert parse_latex(r"\boxed{2}\boxed{3}\boxed{4}") == sp.ImmutableMatrix([[2], [3], [4]])
    assert parse_latex(r"\boxed{0.5} \boxed{x}") == sp.ImmutableMatrix([[sp.Rational(1, 2)], [sp.Symbol("x")]])
    assert parse_latex(r"\boxed{x + 1}") == sp.Symbol("x") + 1  # one box frames what it holds


# --- 4. derivatives written without their variable --------------------------------------------


def test_a_prime_differentiates_by_the_variable_below_the_chains_gradient() -> None:
    from verifier.latex.document import Chain, Member

    chain = Chain(
        "t.md", 1, [Member(r"\nabla_\theta \langle z, z \rangle_W", 1), Member(r"2\langle Z', z\rangle_W", 1)]
    )
    assert chain.derivative_variable == r"\theta"
    assert Chain("t.md", 1, [Member(r"\nabla_{w_j} J", 1), Member("x'", 1)]).derivative_variable == "w_j"
    assert Chain("t.md", 1, [Member(r"\partial_x f", 1), Member("f'", 1)]).derivative_variable == "x"
    # two different variables: no guess
    assert Chain("t.md", 1, [Member(r"\nabla_x f", 1), Member(r"\nabla_y f", 1)]).derivative_variable is None
    theta = parse_latex(r"\theta")
    tree = parse_latex(r"2 Z'^T W z", prime_var=theta)
    assert sp.Derivative(sp.Symbol("Z"), theta) in tree.atoms(sp.Derivative)


def test_a_prime_in_a_gradient_chain_is_checked_against_that_variable() -> None:
    steps = _steps(r"$$\nabla_x (x^2 + 3x) = (x^2 + 3x)' = 2x + 3$$")
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.PROVED]


def test_partial_with_two_variables_below_is_the_mixed_partial() -> None:
    x, y = sp.symbols("x y")
    assert parse_latex(r"\partial_{xy} (x^2 y^3)") == sp.Derivative(x**2 * y**3, x, y)
    assert parse_latex(r"\partial_{xx} f") == sp.Derivative(sp.Symbol("f"), (x, 2))
    with pytest.raises(LatexError, match="needs variables"):
        parse_latex(r"\partial_{12} f")
    steps = _steps(r"$$\partial_{xy} (x^2 y^3) = 6 x y^2$$")
    assert [s.verdict for s in steps] == [Verdict.PROVED]


# --- 5. other notation of real notes ------------------------------------------------------------


def test_a_trailing_condition_in_parentheses_is_a_side_condition() -> None:
    from verifier.latex import MathBlock, split_chains

    (chain,) = split_chains(MathBlock(1, r"p(w_i) = \frac{1}{\sqrt{2\pi}}\exp(-\frac{1}{2}w_i^2)\;\;(0\le i\le 3)"))
    assert [m.latex for m in chain.members] == ["p(w_i)", r"\frac{1}{\sqrt{2\pi}}\exp(-\frac{1}{2}w_i^2)"]
    assert chain.notes == [r"(0\le i\le 3)"]
    (chain,) = split_chains(MathBlock(1, r"g = a - b \quad (w \ne c)"))
    assert [m.latex for m in chain.members] == ["g", "a - b"]
    # an indicator and an argument are values, not conditions
    for text in (r"f = \mathbb{1} (x > 0)", r"f = g(x < 0)", r"f = b (c + d)"):
        (chain,) = split_chains(MathBlock(1, text))
        assert chain.members[-1].latex == text.split("= ")[1] and not chain.notes


def test_a_sum_over_the_tuples_of_a_set_is_refused_with_its_reason() -> None:
    with pytest.raises(LatexError, match=r"a sum over the tuples of a set .* which tuples the set holds is not known"):
        parse_latex(r"\sum_{u,i \in S} (r_{ui} - x_u y_i)^2")
    assert isinstance(parse_latex(r"\sum_{w \in V} x_w"), sp.Sum)  # one index over a named range still reads


def test_a_weight_whose_shape_was_only_inferred_does_not_fail_an_inner_product() -> None:
    # W has no evidence of being a matrix, so it is inferred a scalar: the clash says nothing about the notes
    steps = _steps(r"$$\langle z, z \rangle_W = \sum_i z_i W z_i = \sum_i z_i^2 W$$")
    assert steps[0].verdict is Verdict.SKIPPED and "shape" in steps[0].message
    assert steps[1].verdict is Verdict.PROVED


def test_a_second_derivative_by_a_variable_and_its_transpose_is_the_hessian() -> None:
    x = sp.Symbol("x")
    hessian = sp.Function("hessian")
    assert parse_latex(r"\frac{\partial^2 f}{\partial x \partial x^\top}") == hessian(sp.Symbol("f"), x)
    assert parse_latex(r"\frac{\partial^2}{\partial{x^\top}\partial x} f") == hessian(sp.Symbol("f"), x)
    # one transposed denominator alone: the derivative by xᵀ (documents.resolve), not a Hessian
    assert parse_latex(r"\frac{\partial f}{\partial x^\top}") == sp.Function("bytranspose")(
        sp.Derivative(sp.Symbol("f"), x)
    )
    steps = _steps(
        r"""
        Let $A \in \mathbb{R}^{n \times n}$ and $x \in \mathbb{R}^n$.

        $$\frac{\partial^2 (x^\top A x)}{\partial x \partial x^\top} = \nabla^2_x (x^\top A x) = A + A^\top$$

        """
    )
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.PROVED]
    wrong = _steps(
        r"""
        ```verify
        n in {2, 3}
        A: matrix[n, n]
        x: vector[n]
        ```
        $$\nabla^2_x (x^\top A x) = 2 A$$
        """
    )
    assert [s.verdict for s in wrong] == [Verdict.FAILED]  # A is not symmetric


def test_inline_formulas_are_read_with_the_notes_own_macros() -> None:
    # \th is the notes' own macro: in an inline definition it is θ, not an unknown quantity \th
    steps = _steps(
        r"""
        \renewcommand{\th}{\theta}

        Let $u = \th^2$ be the square.

        $$u + \th = \th(\th + 1)$$
        """
    )
    assert [s.verdict for s in steps] == [Verdict.PROVED]
    assert r"\th" not in steps[0].message and "unknown quantity" not in steps[0].message


def test_a_guess_reached_through_a_definition_is_never_failed_either() -> None:
    # u is defined from the unknown macro \w: a wrong step about u fails for an arbitrary \w only
    steps = _steps(
        r"""
        $$u = \w^2 + 1$$

        $$2u = u + 2$$
        """
    )
    assert Verdict.FAILED not in [s.verdict for s in steps]
    assert steps[-1].verdict is Verdict.SKIPPED and r"\w is not defined in the notes" in steps[-1].message


def test_a_derivative_written_inline_with_a_slash_is_checked() -> None:
    """``\\partial f/\\partial x`` is how notes write a derivative in running text: it is read as the
    fraction form, so a right step is PROVED and a dropped factor FAILED."""
    steps = doc_steps(r"""
        $$ {\partial (x^3)}/{\partial x} = 3x^2 $$

        $$ \partial (x^3)/\partial x = x^2 $$
        """)
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED]
