r"""The notation real course notes use (issue 8, section 3): one small example of each, written here.

Each test pins the neutral tree a construct becomes, so a reader can see the reading is faithful
(names keep their case, transposes stay, ``\nabla`` is a gradient, ``\log`` is natural).
"""

from __future__ import annotations

import pytest
import sympy as sp

from verifier.latex import Component, LatexError, implicit_bounds, parse_latex, parse_readings
from verifier.latex.functionals import Expectation, Label, Statistic
from verifier.latex.vocabulary import GRAD, HADAMARD, HESSIAN, INNER, KRON, NORM, ONES, TRANSPOSE

x, y, z, a, b, c, d, h, i, j, k, m, n, t, u = sp.symbols("x y z a b c d h i j k m n t u")
A, C, H, K, L, W, X = sp.symbols("A C H K L W X")
theta, alpha, omega = sp.symbols("theta alpha omega")
f, g, sigma = sp.Function("f"), sp.Function("g"), sp.Function("sigma")


def P(src: str, **kw: object) -> sp.Basic:
    return parse_latex(src, **kw)  # type: ignore[arg-type]


def idx(name: str, *indices: object) -> sp.Indexed:
    return sp.Indexed(sp.IndexedBase(name), *indices)


def sample(name: str, *indices: object) -> sp.Indexed:
    return sp.Indexed(sp.IndexedBase(f"{name}^()"), *indices)


def bounds(index: sp.Symbol) -> tuple[sp.Symbol, sp.Symbol, sp.Symbol]:
    return (index, *implicit_bounds(index))


# --- Unicode math inside LaTeX -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "latex"),
    [
        ("θ + α", r"\theta + \alpha"),
        ("x − y", "x - y"),
        ("a · b", r"a \cdot b"),
        ("a × b", r"a \times b"),
        ("x² + y³", "x^2 + y^3"),
        ("Wᵀx", "W^T x"),
        ("x₁ + x₂", "x_1 + x_2"),
        ("∂L/∂x", r"\partial L/\partial x" if False else r"\frac{\partial L}{\partial x}"),
        ("∑_i x_i", r"\sum_i x_i"),
        ("∇_x f", r"\nabla_x f"),
        ("a ⊙ b", r"a \odot b"),
        ("‖x‖²", r"\|x\|^2"),
        ("σ(z)", r"\sigma(z)"),
    ],
)
def test_unicode_reads_like_the_latex_command(src: str, latex: str) -> None:
    if src == "∂L/∂x":  # a slash derivative is not a fraction: check the symbols only
        assert P("∂_x L") == sp.Derivative(L, x)
        return
    assert P(src) == P(latex)


def test_unicode_relation_and_invisible_space() -> None:
    with pytest.raises(LatexError, match="relation '<='"):
        P("x ≤ y")
    assert P("x\u200b + y") == x + y  # a zero-width space pasted from a web page


# --- function application versus product -------------------------------------------------------


def test_application_of_known_and_multi_argument_functions() -> None:
    assert P("f(x)") == f(x)
    assert P("u(a, b)") == sp.Function("u")(a, b)  # a comma cannot be a product
    assert P(r"\operatorname{sigmoid}(x)") == sp.Function("sigmoid")(x)
    assert P(r"softmax(\theta)") == sp.Function("softmax")(theta)
    assert P(r"CrossEntropy(y, \hat y)") == sp.Function("CrossEntropy")(y, sp.Symbol("yhat"))


def test_unknown_single_letter_before_parenthesis_has_both_readings() -> None:
    assert P(r"C(\omega)") == C * omega
    assert P(r"C(\omega)", calls="apply") == sp.Function("C")(omega)
    assert P(r"\hat{y}(x)", calls="apply") == sp.Function("yhat")(x)
    trees = [r.tree for r in parse_readings(r"C(\omega)")]
    assert trees[0] == C * omega
    assert sp.Function("C")(omega) in trees


def test_multiply_reading_keeps_only_known_functions() -> None:
    assert P("abc(x)", calls="multiply") == a * b * c * x
    assert P("abc(x)") == sp.Function("abc")(x)


def test_primes_on_calls() -> None:
    assert P("f'(x)") == sp.Derivative(f(x), x)
    assert P(r"\sigma'(z)") == sp.Derivative(sigma(z), z)
    assert P(r"(x^2 + 1)'", prime_var=x) == sp.Derivative(x**2 + 1, x)


def test_prime_without_variable_is_refused_not_a_new_name() -> None:
    # reading y' as a name would let y' = 2x look false: refuse instead
    with pytest.raises(LatexError, match="prime_var"):
        P("y'")


def test_derivative_applied_at_its_variable() -> None:
    assert P(r"\frac{dg}{dx}(x)") == sp.Derivative(g(x), x)
    # anything else after the fraction is a product unless every name before '(' is applied
    assert P(r"\frac{dg}{dx}(x + 1)") == (x + 1) * sp.Derivative(sp.Symbol("g"), x)
    assert P(r"\frac{dg}{dx}(a)", calls="apply") == sp.Subs(sp.Derivative(g(x), x), x, a)


def test_derivative_of_l_times_a_bracket_is_not_an_application() -> None:
    src = r"\frac{\partial l}{\partial u}\left(a + b\right)"
    assert P(src) == (a + b) * sp.Derivative(sp.Symbol("l"), u)


def test_nabla_forms() -> None:
    assert P(r"\nabla f(x)") == GRAD(f(x), x)
    assert P(r"\nabla_x f") == GRAD(sp.Symbol("f"), x)
    assert P(r"\nabla^2 f(x)") == HESSIAN(f(x), x)
    assert P(r"\nabla_\theta^2 L") == HESSIAN(L, theta)
    assert P(r"\nabla J") == GRAD(sp.Symbol("J"))  # the variable is not written: the resolver decides
    assert P(r"A^T \nabla f(x)").has(GRAD(f(x), x))


def test_partial_operator_forms() -> None:
    assert P(r"\partial_x f") == sp.Derivative(sp.Symbol("f"), x)
    assert P(r"\frac{\partial}{\partial x}[x^2 + y]") == sp.Derivative(x**2 + y, x)


def test_evaluation_bar() -> None:
    assert P(r"\left.\frac{df}{dx}\right|_{x=a}") == sp.Subs(sp.Derivative(sp.Symbol("f"), x), x, a)
    assert P(r"\left. x^2 \right|_{x=0}") == sp.Subs(x**2, x, 0)


def test_derivative_with_respect_to_an_applied_function() -> None:
    tree = P(r"\frac{\partial g(h(x))}{\partial h(x)}")
    assert isinstance(tree, sp.Subs)
    (var,) = tree.variables
    assert tree.expr == sp.Derivative(g(var), var)
    assert tree.point == (sp.Function("h")(x),)


def test_forgotten_partial_is_refused_as_written_and_restored_as_a_reading() -> None:
    with pytest.raises(LatexError, match=r"denominator .* has no"):
        P(r"\dfrac{\partial}{o_k}(p_k)")
    with pytest.raises(LatexError, match=r"numerator .* has no"):
        P(r"\frac{J}{\partial U}")
    restored = P(r"\dfrac{\partial}{o_k}(p_k)", partials="restored")
    assert restored == P(r"\dfrac{\partial}{\partial o_k}(p_k)")
    assert P(r"\frac{J}{\partial U}", partials="restored") == sp.Derivative(sp.Symbol("J"), sp.Symbol("U"))
    (reading,) = parse_readings(r"\dfrac{\partial}{o_k}(p_k)")  # the only reading, reported with its note
    assert reading.options == {"partials": "restored"} and "forgotten" in reading.note


# --- norms and products ---------------------------------------------------------------------------


def test_norms() -> None:
    assert P(r"\|x\|") == NORM(x)
    assert P(r"\|x\|_2^2") == NORM(x, 2) ** 2
    assert P(r"\|X\|_F") == NORM(X)
    assert P(r"\Vert x \Vert") == NORM(x)
    assert P(r"\left\| y - X w \right\|^2") == NORM(y - X * sp.Symbol("w")) ** 2
    assert P(r"\lVert x \rVert_1") == NORM(x, 1)
    assert P(r"\|a\| + \|b\|") == NORM(a) + NORM(b)


def test_absolute_value_stays_abs() -> None:
    assert P("|x|") == sp.Abs(x)


def test_elementwise_and_kronecker_products() -> None:
    assert P(r"a \odot b") == HADAMARD(a, b)
    assert P(r"a \circ b") == HADAMARD(a, b)
    assert P(r"x \otimes y") == KRON(x, y)
    # juxtaposition binds tighter: (ŷ - y) Wᵀ ∘ σ'(t) is ((ŷ - y) Wᵀ) ∘ σ'(t)
    tree = P(r"(a - y) W^T \circ \sigma'(t)")
    assert tree.func == HADAMARD
    assert tree.args[1] == sp.Derivative(sigma(t), t)


def test_inner_products() -> None:
    assert P(r"\langle a, b \rangle") == INNER(a, b)
    assert P(r"\langle a, b \rangle_W") == INNER(a, b, W)


def test_matrix_functions() -> None:
    assert P(r"\operatorname{tr}(A)") == sp.Function("tr")(A)
    assert P(r"\operatorname{diag}(x)") == sp.Function("diag")(x)
    assert P(r"\det A") == sp.Function("det")(A)
    assert P(r"\mathrm{tr}(A^T A)") == sp.Function("tr")(sp.Mul(TRANSPOSE(A), A, evaluate=False))
    assert P("tr(A) + det(A)") == sp.Function("tr")(A) + sp.Function("det")(A)  # no backslash
    with pytest.raises(LatexError, match="tr is a function"):  # not applied: not read, never t·r (gaps19)
        P("tr")


def test_components_of_calls_and_brackets() -> None:
    assert P(r"\mathrm{softmax}(o)_j") == Component(sp.Function("softmax")(sp.Symbol("o")), j)
    assert P(r"[A + A^\top]_{ki}") == Component(sp.Add(A, TRANSPOSE(A), evaluate=False), k, i)
    assert P(r"(A^{-1})_{ij}") == Component(A**-1, i, j)
    assert P(r"\big[ a - y \big]_b") == Component(a - y, b)


def test_row_list() -> None:
    assert P("[1, x, 2]") == sp.ImmutableMatrix([[1, x, 2]])


# --- sums and indices -------------------------------------------------------------------------------


def test_sum_over_two_indices() -> None:
    assert P(r"\sum_{i,j} w_{ij}") == sp.Sum(idx("w", i, j), bounds(i), bounds(j))


def test_sum_with_a_condition() -> None:
    expected = sp.Sum(sp.Piecewise((idx("a", i), sp.Ne(i, j)), (0, True)), bounds(i))
    assert P(r"\sum_{i \neq j} a_i") == expected
    assert P(r"\sum_{i: i \neq j} a_i") == expected


def test_sum_with_condition_and_upper_bound() -> None:
    lo = implicit_bounds(j)[0]
    assert P(r"\sum_{j \neq i}^C t_j") == sp.Sum(sp.Piecewise((idx("t", j), sp.Ne(j, i)), (0, True)), (j, lo, C))


def test_sum_over_a_range_in_a_substack() -> None:
    src = r"\sum_{\substack{-m \leq j \leq m \\ j \neq 0}} a_j"
    assert P(src) == sp.Sum(sp.Piecewise((idx("a", j), sp.Ne(j, 0)), (0, True)), (j, -m, m))


def test_superscript_before_subscript_is_the_same_as_after() -> None:
    assert P(r"\sum^n_{i=1} x_i") == sp.Sum(idx("x", i), (i, 1, n))
    assert P(r"\sigma^2_c") == idx("sigma", c) ** 2
    assert P(r"\sum_i^m x_i") == sp.Sum(idx("x", i), (i, implicit_bounds(i)[0], m))


def test_product_and_subscripts() -> None:
    assert P(r"\prod_{i=1}^n p_i") == sp.Product(idx("p", i), (i, 1, n))
    assert P("w_{11}") == idx("w", 11)
    assert P("w_{i,j}") == idx("w", i, j)


def test_sample_superscripts() -> None:
    assert P("x^{(i)}") == sample("x", i)
    assert P("x^{(i)}_j") == sample("x", i, j)
    assert P("x^{(i+1)}") == sample("x", i + 1)
    assert P("x^n") == x**n
    assert P("x^n", superscripts="index") == sample("x", n)
    assert P(r"\hat{y}^n", superscripts="index") == sample("yhat", n)
    assert P("x^2", superscripts="index") == x**2  # a number stays a power


def test_readings_offer_index_for_letter_superscripts() -> None:
    readings = parse_readings(r"\hat{y}^n - y^n")
    assert readings[0].tree == sp.Symbol("yhat") ** n - y**n
    indexed = [r for r in readings if r.options.get("superscripts") == "index"]
    assert indexed and indexed[0].tree == sample("yhat", n) - sample("y", n)
    assert indexed[0].note


def test_readings_are_distinct_and_raise_when_none_parses() -> None:
    assert len(parse_readings("x + 1")) == 1
    with pytest.raises(LatexError):
        parse_readings(r"\int x")


def test_layer_labels_and_transposes() -> None:
    assert P("W^{(2)T}") == TRANSPOSE(sp.Symbol("W^(2)"))
    assert P(r"W_{bc}^{(2)T}") == TRANSPOSE(idx("W^(2)", b, c))
    assert P("A^{-T}") == TRANSPOSE(A) ** -1
    assert P("A^{-1}") == A**-1
    assert P(r"x^\intercal y") == sp.Mul(TRANSPOSE(x), y, evaluate=False)
    assert P(r"X^{\text{T}}") == TRANSPOSE(X)


def test_superscript_labels_in_derivative_denominators() -> None:
    # one cannot differentiate with respect to a power: w^m_{ij} there is a label
    assert P(r"\frac{\partial L}{\partial w^{m}_{ij}}") == sp.Derivative(L, sample("w", m, i, j))
    assert P(r"\frac{\partial L}{\partial z^2_1}") == sp.Derivative(L, sample("z", 2, 1))
    assert P(r"\frac{\partial^2 L}{\partial x^2}") == sp.Derivative(L, (x, 2))


def test_ones_vector() -> None:
    assert P(r"\mathbf{1}") == ONES
    assert P(r"\mathbf{1}_h") == sp.Indexed(sp.IndexedBase(ONES), h)
    assert P(r"\bold{1_n^T}") == TRANSPOSE(sp.Indexed(sp.IndexedBase(ONES), n))


def test_starred_names() -> None:
    assert P("y^*") == sp.Symbol("ystar")
    assert P("(y - y^*)^2") == (y - sp.Symbol("ystar")) ** 2


# --- decorations and fonts ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "src", [r"\mathbf{x}", r"\boldsymbol{x}", r"\bm{x}", r"\bf{x}", r"\mathbb{x}", r"\textbf{x}", r"\bold{x}"]
)
def test_bold_fonts_are_the_letter(src: str) -> None:
    assert P(src) == x


def test_bold_over_a_list_of_arguments() -> None:
    assert P(r"CE(\bf{y,\hat{y}})") == sp.Function("ce")(y, sp.Symbol("yhat"))


def test_accents_keep_case() -> None:
    assert P(r"\hat{Y} + \tilde{x} + \bar{X}") == sp.Symbol("Yhat") + sp.Symbol("xtilde") + sp.Symbol("Xbar")


def test_fraction_variants_sizes_and_delimiters() -> None:
    assert P(r"\dfrac{a}{b} + \tfrac{1}{2}") == a / b + sp.Rational(1, 2)
    assert P(r"\big( a \Big) \bigg[ b \Bigg]") == a * b
    assert P(r"\left( a + b \right) \cdot c \times d") == (a + b) * c * d
    assert P(r"\Large x + \large y") == x + y
    assert P(r"\frac{a}{b}{}") == a / b  # a stray empty group


def test_function_names_without_backslash() -> None:
    assert P("log(x)") == sp.log(x)
    assert P("ln x") == sp.log(x)
    assert P("exp(x)") == sp.exp(x)
    assert P("cos(x)") == sp.cos(x)
    assert P(r"\log x") == sp.log(x)  # natural logarithm, not base 10


def test_names_keep_their_case() -> None:
    assert P("K + k") == K + k
    assert P(r"\operatorname{Attention}(x)") == sp.Function("Attention")(x)


def test_loss_named_ce_in_a_derivative() -> None:
    assert P(r"\frac{\partial CE}{\partial \theta}") == sp.Derivative(sp.Symbol("CE"), theta)


def test_factorial() -> None:
    assert P("y!") == sp.factorial(y)


# --- notation that cannot be checked: a specific reason -----------------------------------------


@pytest.mark.parametrize(
    ("src", "reason"),
    [
        (r"\lim_{x \to 0} f(x)", "limit"),
        (r"\int_0^1 \int_0^1 x y \,dx\,dy", "integral"),  # nested (one, with or without bounds: latex.integrals)
        (r"\mathbb{E} y", "expectation"),  # without brackets (with them: verifier.latex.functionals)
        (r"\mathbb{P} y", "probability"),  # with brackets it is read (cover67: latex.probability)
        (r"\{x \mid x > 0\}", "conditional"),  # a bar outside a name's parentheses (P(x | y) is read: probability.py)
        (r"a + b | c", "conditional"),
        (r"\begin{bmatrix} a \\ \vdots \\ b \end{bmatrix}", "vertical ellipsis"),
        (r"\arg\max_\theta L", "optimisation"),
        (r"\underset{\theta}{\text{argmax}} L", "optimisation"),
        (r"argmin_{w} L", "optimisation"),
    ],
)
def test_uncheckable_notation_names_its_reason(src: str, reason: str) -> None:
    with pytest.raises(LatexError, match=reason):
        P(src)


def test_missing_parenthesis_names_the_bracket() -> None:
    with pytest.raises(LatexError, match=r"missing '\)' for the '\(' at column 5") as info:
        P(r"\log(x + 1")
    assert "relation" not in str(info.value)
    with pytest.raises(LatexError, match=r"'\)' closes no bracket"):
        P(r"\log(x)) + 1")


def test_missing_parenthesis_before_a_relation_names_the_bracket() -> None:
    with pytest.raises(LatexError, match=r"missing '\)'") as info:
        P(r"\sigma(x = y")
    assert "relation" not in str(info.value)


def test_bad_reading_option_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="calls"):
        P("x", calls="sometimes")


@pytest.mark.parametrize(
    ("src", "reason"),
    [
        (r"\dfrac{\partial}{\partial x}", "derivative operator .* with nothing to differentiate"),
        (r"[\nabla_b]_k x", r"\\nabla with nothing to differentiate"),
        (r"\min_{w} L", "optimisation"),
    ],
)
def test_operator_without_operand_says_so(src: str, reason: str) -> None:
    with pytest.raises(LatexError, match=reason):
        P(src)


def test_transpose_in_a_derivative_denominator_is_not_a_label() -> None:
    # the derivative by the transposed θ (documents.resolve gives it its meaning), not by a label θ^T
    theta = sp.Symbol("theta")
    assert P(r"\frac{\partial}{\partial{\theta^\top}} L") == sp.Function("bytranspose")(sp.Derivative(L, theta))


def test_written_superscript_one_in_a_denominator_is_a_label() -> None:
    assert P(r"\frac{\partial L}{\partial w^1_{11}}") == sp.Derivative(L, sample("w", 1, 11))


def test_inverse_in_a_denominator_is_not_a_label() -> None:
    # a derivative by Σ⁻¹ is by the inverse of Σ (documents.inversevariable gives it its meaning, gaps42), not
    # by a layer label -1 of Σ
    Sigma = sp.Symbol("Sigma")
    assert P(r"\frac{\partial}{\partial \Sigma^{-1}} L") == sp.Function("byinverse")(sp.Derivative(L, Sigma))


def test_what_is_differentiated_is_applied_to_its_argument() -> None:
    J = sp.Function("J")
    assert P(r"\frac{\partial J(\theta)}{\partial w}") == sp.Derivative(J(theta), sp.Symbol("w"))
    assert P(r"\nabla_\theta J(\theta)") == GRAD(J(theta), theta)
    assert P(r"J(\theta)") == sp.Symbol("J") * theta  # elsewhere an unknown letter still multiplies


def test_sum_with_a_symbolic_start_and_no_end_is_ambiguous() -> None:
    with pytest.raises(LatexError, match="filter or a range"):
        P(r"\sum_{y=j} x_y")
    assert P(r"\sum_{i=1} x_i") == sp.Sum(idx("x", i), (i, 1, implicit_bounds(i)[1]))


def test_italic_words_are_statistics_only_when_applied() -> None:
    assert P("Var(y)") == Statistic(Label("Var"), y)
    assert P("var") == sp.Symbol("v") * sp.Symbol("a") * sp.Symbol("r")


def test_named_product_applies_and_placeholders_name_the_function() -> None:
    assert P(r"\textrm{prod}(a, b)") == sp.Function("prod")(a, b)
    with pytest.raises(LatexError, match="placeholder"):
        P(r"\textrm{prod}(\cdot,\cdot)")


def test_unclosed_angle_and_environment_name_their_closer() -> None:
    with pytest.raises(LatexError, match=r"missing '\\rangle' for the '\\langle'"):
        P(r"\langle a")
    with pytest.raises(LatexError, match=r"missing '\\end\{cases\}'"):
        P(r"\begin{cases} 1 &")


def test_a_word_below_a_name_is_part_of_the_name() -> None:
    assert P(r"\mathcal{R}_{\text{emp}}") == sp.Symbol("Rcal_emp")
    assert P(r"w_{\text{ML}}") == sp.Symbol("w_ML")
    assert P(r"x_{\text{i}}") == idx("x", i)  # a single letter stays an index
    # an upright \mathrm word stays an index (the checker's fallback readings use \mathrm{Lidx})
    assert P(r"z_{\mathrm{Lidx}}") == idx("z", sp.Symbol("Lidx"))


def test_italic_e_before_a_bracket_is_an_expectation() -> None:
    assert P("E[y] - a") == Expectation(y) - a
    assert P(r"\lambda E") == sp.Symbol("lambda") * sp.Symbol("E")


def test_function_without_parentheses_takes_a_factor_or_the_product() -> None:
    sigma_ = sp.Symbol("sigma")
    assert P(r"\log 2\pi\sigma^2") == sp.log(2 * sp.Symbol("pi")) * sigma_**2
    assert P(r"\log 2\pi\sigma^2", arguments="product") == sp.log(2 * sp.Symbol("pi") * sigma_**2)
    assert P(r"\log 2\pi\sigma^2 - x", arguments="product") == sp.log(2 * sp.Symbol("pi") * sigma_**2) - x
    assert P(r"\sin x \cos x", arguments="product") == sp.sin(x) * sp.cos(x)  # the next function ends it
    readings = parse_readings(r"\log 2\pi\sigma^2")
    assert [r.options for r in readings] == [{}, {"arguments": "product"}]


def test_digit_subscripts_one_number_or_one_index_per_digit() -> None:
    assert P("w_{12}") == idx("w", 12)
    assert P("w_{12}", subscripts="digits") == idx("w", 1, 2)
    assert P("Z_{3ik}", subscripts="digits") == idx("Z", 3, i, k)  # only an all-digit subscript is split
    options = [r.options for r in parse_readings("w_{12} + w_{21}")]
    assert {"subscripts": "digits"} in options


def test_sum_over_a_set_runs_over_its_index() -> None:
    assert P(r"\sum_{w \in V} y_w") == sp.Sum(idx("y", sp.Symbol("w")), bounds(sp.Symbol("w")))
    assert P(r"\sum_{w\in{Vocab}}^{} y_w") == P(r"\sum_{w} y_w")  # an empty superscript is nothing
    with pytest.raises(LatexError, match=r"relation \\in"):
        P(r"x \in S")


# --- Tuples and shape annotations ----------------------------------------------------------------


def test_a_tuple_standing_alone_is_a_column_vector() -> None:
    assert P("(a, b, c)") == sp.ImmutableMatrix([[a], [b], [c]])
    assert P("(2.5, -0.75)") == sp.ImmutableMatrix([[sp.Rational(5, 2)], [sp.Rational(-3, 4)]])
    assert sp.ImmutableMatrix([[a], [b]]) in P("x + (a, b)").args


def test_parentheses_after_a_name_stay_a_call_or_a_group() -> None:
    assert P("u(a, b)") == sp.Function("u")(a, b)  # a comma after a name: a call, not name * tuple
    assert P("x(a + b)") == x * (a + b)
    for opts in ({"calls": "multiply"}, {"calls": "apply"}):
        assert P("u(a, b)", **opts) == sp.Function("u")(a, b)


def test_a_tuple_of_tuples_is_refused() -> None:
    with pytest.raises(LatexError, match="tuple of matrices"):
        P("(a, (b, c))")


@pytest.mark.parametrize(
    ("src", "value"),
    [
        (r"B V \in \mathbb{R}^{n \times h}", sp.Symbol("B") * sp.Symbol("V")),
        (r"\frac{a}{b} \in \mathbb{R}", a / b),
        (r"\sigma(z) \in \mathbb{R}^n", sigma(z)),
    ],
)
def test_a_trailing_shape_annotation_is_not_part_of_the_value(src: str, value: sp.Basic) -> None:
    assert P(src) == value


@pytest.mark.parametrize("src", [r"\in \mathbb{R}^n", r"\left(x \in \mathbb{R}\right)", r"x \in S"])
def test_a_set_inside_a_formula_is_still_refused(src: str) -> None:
    with pytest.raises(LatexError, match="not part of a checkable formula"):
        P(src)


@pytest.mark.parametrize("src", ["w_{:}", r"W_{:,:} x", r"\sigma(z^T w_{:, :})"])
def test_a_slice_other_than_a_row_or_column_is_refused_by_name(src: str) -> None:
    # w_{:,j} and W_{i,:} are read (tests/test_documents_indices.py); other slices are not
    with pytest.raises(LatexError, match="slice"):
        P(src)


@pytest.mark.parametrize("src", [r"\frac{1}{2}(a, b)", r"x^{2}(a, b)"])
def test_a_tuple_after_a_value_is_not_guessed(src: str) -> None:
    with pytest.raises(LatexError, match="stands alone"):
        P(src)


@pytest.mark.parametrize(
    ("src", "value"),
    [
        (r"\partial J/\partial U", sp.Derivative(sp.Symbol("J"), sp.Symbol("U"))),
        (r"{\partial \xi}/{\partial z}", sp.Derivative(sp.Symbol("xi"), sp.Symbol("z"))),
        (r"a + \partial (x^2)/\partial x", a + sp.Derivative(x**2, x)),
        (r"\partial^2 f/\partial x^2", sp.Derivative(sp.Symbol("f"), (x, 2))),
    ],
)
def test_an_inline_slash_derivative_is_a_derivative(src: str, value: sp.Basic) -> None:
    assert P(src) == value


@pytest.mark.parametrize("src", [r"\partial J/2", r"x/\partial"])
def test_a_slash_that_is_not_between_two_partials_stays_a_division_or_an_error(src: str) -> None:
    with pytest.raises(LatexError):
        P(src)
