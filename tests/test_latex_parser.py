"""Unit tests of the LaTeX → SymPy parser: one construct at a time, including the classic traps."""

from __future__ import annotations

import time

import pytest
import sympy as sp

from verifier.latex import Component, LatexError, implicit_bounds, parse_latex, parse_readings
from verifier.latex.vocabulary import GRAD, ONES, TRANSPOSE

x, y, z, a, b, c, i, j, k, r = sp.symbols("x y z a b c i j k r")
ell = sp.Symbol("l")
A, K, N, L = sp.symbols("A K N L")
theta = sp.Symbol("theta")
sigma, f = sp.Function("sigma"), sp.Function("f")


def P(src: str, **kw: object) -> sp.Expr:
    return parse_latex(src, **kw)  # type: ignore[arg-type]


def idx(name: str, *indices: object) -> sp.Indexed:
    return sp.Indexed(sp.IndexedBase(name), *indices)


def same(u: sp.Expr, v: sp.Expr) -> bool:
    return sp.simplify(u - v) == 0


# --- identifiers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "name"),
    [
        ("K", "K"),
        ("k", "k"),
        (r"\theta", "theta"),
        (r"\varepsilon", "epsilon"),
        (r"\ell", "ell"),
        (r"\hat{y}", "yhat"),
        (r"\bar{x}", "xbar"),
        (r"\tilde{x}", "xtilde"),
        (r"\mathbf{x}", "x"),
        (r"\boldsymbol{x}", "x"),
        (r"\bm{x}", "x"),
        (r"\vec{x}", "x"),
        (r"\hat{\boldsymbol{y}}", "yhat"),
        (r"\boldsymbol{\theta}", "theta"),
        (r"\mathbf{1}", "ones"),
        (r"\boldsymbol{1}", "ones"),
        (r"\text{Loss}", "Loss"),
        ("e", "e"),
    ],
)
def test_identifiers(src: str, name: str) -> None:
    assert P(src) == sp.Symbol(name)


def test_upper_case_is_kept_distinct() -> None:
    assert P("K - k") == K - k
    assert P("K - k") != 0


def test_juxtaposed_letters_multiply() -> None:
    assert P("xy") == x * y
    assert P("2x") == 2 * x
    assert P("Lx") == L * x


# --- subscripts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("x_i", idx("x", i)),
        ("a_{ij}", idx("a", i, j)),
        ("x_{12}", idx("x", 12)),
        ("x_1", idx("x", 1)),
        ("Z_{3ik}", idx("Z", 3, i, k)),
        ("W_1", idx("W", 1)),
        (r"\hat{y}_i", idx("yhat", i)),
        (r"\theta_{j}", idx("theta", j)),
        ("x_{i+1}", idx("x", i + 1)),
        (r"\boldsymbol{W}_{2}", idx("W", 2)),
    ],
)
def test_subscripts(src: str, expected: sp.Expr) -> None:
    assert P(src) == expected


# --- numbers and operators ------------------------------------------------------------------------


def test_numbers_are_exact() -> None:
    assert P("0.5") == sp.Rational(1, 2)
    assert isinstance(P("12"), sp.Integer)
    assert P("1.25 x") == sp.Rational(5, 4) * x


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("x + y - z", x + y - z),
        (r"a \cdot b \times c * x / y", a * b * c * x / y),
        ("a/b c", a * c / b),
        (r"\frac{a}{b}", a / b),
        (r"\dfrac{a}{b} + \tfrac12", a / b + sp.Rational(1, 2)),
        (r"\frac{\frac{1}{x}}{\frac{1}{y} + 1}", (1 / x) / (1 / y + 1)),
        ("x(y+1)", x * (y + 1)),
        ("(a)(b)", a * b),
        ("-x^2", -(x**2)),
        ("x^{y+1}", x ** (y + 1)),
        ("x**2", x**2),
        (r"\sqrt{x+1}", sp.sqrt(x + 1)),
        (r"\sqrt[3]{x}", sp.sign(x) * sp.Abs(x) ** sp.Rational(1, 3)),  # the real cube root (latex.oddroots)
        (r"\left( x + 1 \right) y", (x + 1) * y),
        (r"\left[ x + 1 \right] y", (x + 1) * y),
        (r"\{ x + 1 \} y", (x + 1) * y),
        (r"\big( x \big) \Big( y \Big)", x * y),
        ("|x| + |y - 1|", sp.Abs(x) + sp.Abs(y - 1)),
        (r"\left| x \right|", sp.Abs(x)),
        ("-(-x)", x),
        (r"a \cdot -b", -a * b),
    ],
)
def test_arithmetic(src: str, expected: sp.Expr) -> None:
    assert P(src) == expected


def test_spacing_commands_are_ignored() -> None:
    assert P(r"\, x \; y \! \quad z \qquad ~ \displaystyle \left. x \right.") == x**2 * y * z


# --- functions ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        (r"\ln x", sp.log(x)),
        (r"\log(x)", sp.log(x)),
        (r"\log_2 x", sp.log(x, 2)),
        (r"\log_{b}(x)", sp.log(x, b)),
        (r"\exp(z)", sp.exp(z)),
        (r"\exp z", sp.exp(z)),
        ("exp(z)", sp.exp(z)),
        ("e^{x_i + c}", sp.exp(idx("x", i) + c)),
        ("e^x", sp.exp(x)),
        (r"\sin x + \cos x + \tan x", sp.sin(x) + sp.cos(x) + sp.tan(x)),
        (r"\sinh x \cosh x", sp.sinh(x) * sp.cosh(x)),
        (r"\max(a, b) - \min(a, b)", sp.Max(a, b) - sp.Min(a, b)),
        (r"\tanh^2 x", sp.tanh(x) ** 2),
        (r"\tanh^2(x)", sp.tanh(x) ** 2),
        (r"\sin^{2}x", sp.sin(x) ** 2),
        (r"\tanh(x)^2", sp.tanh(x) ** 2),
        (r"\tanh x", sp.tanh(x)),
        (r"\ln x_i", sp.log(idx("x", i))),
        (r"\log e^{x_i}", sp.log(sp.exp(idx("x", i)))),
        (r"\log \frac{a}{b}", sp.log(a / b)),
        (r"\sin 2x", sp.sin(2 * x)),
        (r"\sin x \cos x", sp.sin(x) * sp.cos(x)),
    ],
)
def test_functions(src: str, expected: sp.Expr) -> None:
    assert P(src) == expected


def test_sigma_of_z_is_a_function_not_a_product() -> None:
    assert P(r"\sigma(z)") == sigma(z)
    assert P(r"\sigma(z)(1-\sigma(z))") == sigma(z) * (1 - sigma(z))
    assert P(r"\sigma") == sp.Symbol("sigma")


def test_named_functions() -> None:
    sm, relu, ce = sp.Function("softmax"), sp.Function("relu"), sp.Function("ce")
    assert P(r"\text{softmax}(x)") == sm(x)
    assert P(r"\operatorname{softmax}(x)") == sm(x)
    assert P("softmax(x + c)") == sm(x + c)
    assert P(r"\text{Softmax}(x)") == sm(x)
    assert P(r"\mathrm{ReLU}(x) + \text{ReLU}(y)") == relu(x) + relu(y)
    assert P("CE(y, x)") == ce(y, x)
    assert P(r"\text{CCE}(y, x)") == sp.Function("CCE")(y, x)
    assert P(r"\ell(z, t)") == sp.Function("ell")(z, sp.Symbol("t"))


def test_subscripted_call_is_a_component() -> None:
    assert P(r"\sigma_i(x)") == Component(sigma(x), i)
    assert P(r"\text{softmax}_i(x + c)") == Component(sp.Function("softmax")(x + c), i)


def test_functions_keyword_controls_calls() -> None:
    assert P("g(x)") == sp.Function("g")(x)
    assert P("g(x)", functions=frozenset()) == sp.Symbol("g") * x
    assert P("u(x)", functions=frozenset({"u"})) == sp.Function("u")(x)
    assert P("x(y+1)") == x * (y + 1)


def test_inverse_function_notation_is_the_inverse_or_refused() -> None:
    # \tanh^{-1} is artanh (verifier.latex.inverses); a function with no inverse stays ambiguous
    assert P(r"\tanh^{-1} x") == sp.atanh(x)
    with pytest.raises(LatexError, match="ambiguous"):
        P(r"\operatorname{sign}^{-1} x")


# --- calculus -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        (r"\frac{\partial E}{\partial x}", sp.Derivative(sp.Symbol("E"), x)),
        (r"\frac{\partial}{\partial x} x^2", sp.Derivative(x**2, x)),
        (r"\frac{d}{dx} x^2", sp.Derivative(x**2, x)),
        (r"\frac{dE}{dx}", sp.Derivative(sp.Symbol("E"), x)),
        (r"\frac{\partial^2 E}{\partial x^2}", sp.Derivative(sp.Symbol("E"), (x, 2))),
        (r"\frac{\partial^2 E}{\partial x \partial y}", sp.Derivative(sp.Symbol("E"), x, y)),
        (r"\frac{d^2 y}{dx^2}", sp.Derivative(y, (x, 2))),
        (r"\frac{\partial \sigma(x)}{\partial x}", sp.Derivative(sigma(x), x)),
        (r"\frac{\partial L}{\partial z_i}", sp.Derivative(L, idx("z", i))),
        (r"\frac{\partial \ln z_i}{\partial z_i}", sp.Derivative(sp.log(idx("z", i)), idx("z", i))),
    ],
)
def test_derivatives(src: str, expected: sp.Expr) -> None:
    assert P(src) == expected


def test_derivative_operator_takes_the_product_up_to_the_next_plus() -> None:
    src = (
        r"\frac{\partial}{\partial x_k} \sum_j a_{kj} x_k x_j"
        r" + \frac{\partial}{\partial x_k} \sum_i a_{ik} x_i x_k"
    )
    xk = idx("x", k)
    lo_j, hi_j = implicit_bounds(j)
    lo_i, hi_i = implicit_bounds(i)
    first = sp.Derivative(sp.Sum(idx("a", k, j) * xk * idx("x", j), (j, lo_j, hi_j)), xk)
    second = sp.Derivative(sp.Sum(idx("a", i, k) * idx("x", i) * xk, (i, lo_i, hi_i)), xk)
    assert P(src) == first + second
    assert P(r"\frac{d}{dx} x y + 1") == sp.Derivative(x * y, x) + 1


def test_primes() -> None:
    assert P("f'(x)") == sp.Derivative(f(x), x)
    assert P("f''(x)") == sp.Derivative(f(x), (x, 2))
    assert P(r"\sigma'(z)") == sp.Derivative(sigma(z), z)
    assert P("(x^2 + 1)'", prime_var=x) == sp.Derivative(x**2 + 1, x)
    assert P(r"(x^2)^{\prime}", prime_var=x) == sp.Derivative(x**2, x)
    with pytest.raises(LatexError, match="prime_var"):
        P("(x^2 + 1)'")


def test_nabla_is_a_grad_marker() -> None:
    assert P(r"\nabla_x f") == GRAD(sp.Symbol("f"), x)
    assert P(r"\nabla_{x_0} f") == GRAD(sp.Symbol("f"), idx("x", 0))


@pytest.mark.parametrize(
    ("src", "message"),
    [
        (r"D_x \log(\sigma(x))", "D_x"),
        (r"\frac{\partial J}{\partial (h + b)}", "with respect to the expression"),
        (r"\frac{\log x}{\partial x}", "partial"),
        (r"\frac{\partial^2 E}{\partial x}", "order"),
    ],
)
def test_calculus_refusals(src: str, message: str) -> None:
    with pytest.raises(LatexError, match=message):
        P(src)


# --- sums and products ----------------------------------------------------------------------------


def test_sums() -> None:
    xi = idx("x", i)
    assert P(r"\sum_{i=1}^{N} x_i") == sp.Sum(xi, (i, 1, N))
    assert P(r"\sum_{i=1}^N x_i") == sp.Sum(xi, (i, 1, N))
    assert P(r"\sum_{i=1}^N x_i y_i + 1") == sp.Sum(xi * idx("y", i), (i, 1, N)) + 1
    assert P(r"\sum_{i=1}^N x_i - y") == sp.Sum(xi, (i, 1, N)) - y
    assert P(r"\sum_i x_i") == sp.Sum(xi, (i, *implicit_bounds(i)))
    assert P(r"\sum_{j} x_j") == sp.Sum(idx("x", j), (j, *implicit_bounds(j)))
    assert P(r"\prod_{k=1}^{n} k") == sp.Product(k, (k, 1, sp.Symbol("n")))
    assert implicit_bounds(i) == (sp.Symbol("i__lo"), sp.Symbol("i__hi"))


def test_sum_body_includes_explicit_products() -> None:
    src = r"\sum_{i=1}^K \frac{\partial L}{\partial y_i} \cdot \frac{\partial y_i}{\partial z}"
    yi = idx("y", i)
    assert P(src) == sp.Sum(sp.Derivative(L, yi) * sp.Derivative(yi, z), (i, 1, K))


def test_substack_sum_excludes_an_index() -> None:
    expected = sp.Sum(sp.Piecewise((idx("y", i), sp.Ne(i, r)), (0, True)), (i, 1, K))
    assert P(r"\sum_{\substack{i=1 \\ i \neq r}}^{K} y_i") == expected
    assert P(r"\sum_{\substack{i=1, \\ i \neq r}}^K y_i") == expected


# --- indicators and deltas ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "src",
    [
        r"I(y=k)",
        r"\mathbb{1}[y=k]",
        r"\mathbb{1}_{[y=k]}",
        r"\mathbf{1}_{[y==k]}",
        r"\mathbb{I}\{y = k\}",
        "1[y = k]",
    ],
)
def test_indicators(src: str) -> None:
    assert P(src) == sp.Piecewise((1, sp.Eq(y, k)), (0, True))


def test_kronecker_delta() -> None:
    assert P(r"\delta_{kl}") == sp.KroneckerDelta(k, ell)
    assert P(r"\delta_{k,l}") == sp.KroneckerDelta(k, ell)
    assert P(r"\delta_i") == idx("delta", i)


# --- matrices and transposes ------------------------------------------------------------------------


@pytest.mark.parametrize("src", ["x^T", r"x^\top", "x^{T}", r"x^{\top}", r"\mathbf{x}^T"])
def test_transpose_marker(src: str) -> None:
    assert P(src) == TRANSPOSE(x)


def test_quadratic_form_is_not_a_scalar_square() -> None:
    expr = P("x^T A x")
    assert expr != A * x**2
    assert expr.is_Mul and expr.args == (TRANSPOSE(x), A, x)  # written order is kept
    assert same(expr, TRANSPOSE(x) * A * x)
    assert P(r"A^{\top}") == TRANSPOSE(A)


def test_ones_transpose_products_neither_commute_nor_cancel() -> None:
    expr = P(r"\mathbf{1}^T e^{\theta}")
    assert expr.args == (TRANSPOSE(ONES), sp.exp(theta))
    frac = P(r"\frac{e^{\theta}}{\mathbf{1}^{T} e^{\theta}}")
    assert frac.has(sp.exp(theta)) and frac != 1 / TRANSPOSE(ONES)


def test_noncommutative_names_keep_their_order() -> None:
    expr = P("x^T A x", noncommutative=frozenset({"x", "A"}))
    xs, As = sp.Symbol("x", commutative=False), sp.Symbol("A", commutative=False)
    assert expr.args == (TRANSPOSE(xs), As, xs)


def test_matrices() -> None:
    assert P(r"\begin{bmatrix} 1 & x \\ y & 2 \end{bmatrix}") == sp.ImmutableMatrix([[1, x], [y, 2]])
    assert P(r"\begin{pmatrix} a \\ b \end{pmatrix}") == sp.ImmutableMatrix([[a], [b]])
    with pytest.raises(LatexError, match="different lengths"):
        P(r"\begin{bmatrix} 1 & 2 \\ 3 \end{bmatrix}")


@pytest.mark.parametrize(
    "src",
    [
        r"\begin{bmatrix} x & \dots \\ \vdots & \ddots \end{bmatrix}",
        r"[x_1, \dots, x_N]",
        r"x_1 + \cdots + x_N",
    ],
)
def test_ellipses_are_refused(src: str) -> None:
    with pytest.raises(LatexError, match="ellipsis"):
        P(src)


# --- cases ------------------------------------------------------------------------------------------


def test_cases() -> None:
    assert P(r"\begin{cases} 0, & x < 0 \\ 1, & x > 0 \end{cases}") == sp.Piecewise((0, x < 0), (1, x > 0))
    z2 = idx("Z", 2)
    assert P(r"\begin{cases} 1, Z_2 > 0 \\ 0, Z_2 \leq 0 \end{cases}") == sp.Piecewise((1, z2 > 0), (0, z2 <= 0))
    assert P(r"\begin{cases} x & x \neq 0 \\ 1 & \text{otherwise} \end{cases}") == sp.Piecewise(
        (x, sp.Ne(x, 0)), (1, True)
    )
    assert P(r"\begin{cases} a & r = i \\ b & \text{if } r \neq i \end{cases}") == sp.Piecewise(
        (a, sp.Eq(r, i)), (b, sp.Ne(r, i))
    )


def test_cases_with_prose_conditions_are_refused() -> None:
    with pytest.raises(LatexError, match="prose"):
        P(r"\begin{cases} y_c = 1, c \text{ is true class} \\ 0 & \text{otherwise} \end{cases}")


# --- errors -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("src", ["x = y", "a = b = c", r"x \leq y", "x < 1"])
def test_relation_at_top_level_is_an_error(src: str) -> None:
    with pytest.raises(LatexError, match="relation"):
        P(src)


def test_errors_carry_a_column() -> None:
    with pytest.raises(LatexError) as info:
        P(r"x + \foo{y}")  # a command with an argument (one without is an opaque quantity)
    assert info.value.column == 5
    assert "unsupported command" in info.value.message
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("src", ["", "   ", "x +", "(x", "x)", r"\frac{1}", "{", r"\in", r"\mathbb{R}", ":="])
def test_malformed_input(src: str) -> None:
    with pytest.raises(LatexError):
        P(src)


# --- plain ASCII mode -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("exp(x)/(1+exp(x))", sp.exp(x) / (1 + sp.exp(x))),
        ("x**2", x**2),
        ("2*x", 2 * x),
        ("sigma(z)*(1-sigma(z))", sigma(z) * (1 - sigma(z))),
        ("tanh(x)^2", sp.tanh(x) ** 2),
        ("log(x) - sqrt(y)", sp.log(x) - sp.sqrt(y)),
        ("x^(2)", x**2),
        ("theta*x", theta * x),
        ("e^(-x) + 2e^x", sp.exp(-x) + 2 * sp.exp(x)),
    ],
)
def test_plain_ascii(src: str, expected: sp.Expr) -> None:
    assert P(src) == expected


# --- ML notation extras -----------------------------------------------------------------------------


def test_layer_superscripts_are_names_not_powers() -> None:
    assert P("W^{(1)}") == sp.Symbol("W^(1)")
    assert P("W^{(1)}") != sp.Symbol("W")
    assert P("a^{[l]}_i") == sp.Indexed(sp.IndexedBase("a^[l]"), i)
    assert P("(x+1)^{(2)}") == (x + 1) ** 2


def test_letter_labels_in_parentheses_are_sample_indices() -> None:
    # x^{(i)} is sample i of a family, so a sum over i sees it change: x^() with i as first index
    assert P("a_i^{(l)}") == sp.Indexed(sp.IndexedBase("a^()"), ell, i)
    assert P("x^{(i)}") == sp.Indexed(sp.IndexedBase("x^()"), i)
    assert P(r"\sum_i x^{(i)}") == sp.Sum(sp.Indexed(sp.IndexedBase("x^()"), i), (i, *implicit_bounds(i)))


def test_partial_with_subscript() -> None:
    assert P(r"\partial_x f + 1") == sp.Derivative(sp.Symbol("f"), x) + 1
    # two variables below: the mixed partial (issue 8 §3, neylon's \partial_{jk}); digits are no variables
    assert P(r"\partial_{ij} f") == sp.Derivative(sp.Symbol("f"), sp.Symbol("i"), sp.Symbol("j"))
    with pytest.raises(LatexError, match="needs variables"):
        P(r"\partial_{12} f")


def test_shape_superscript_is_refused_not_a_power() -> None:
    with pytest.raises(LatexError, match="shape"):
        P(r"W^{3 \times 10}")


@pytest.mark.parametrize(
    "src",
    [
        "x + " * 25_000,  # 100,000 characters
        r"\frac{" * 20_000 + "x" + "}" * 20_000 + " " * 40_000,  # 100,000 characters, deep nesting
        "(" * 50_000 + ")" * 50_000,
        r"(a, b) \in \mathbb{R}^n " * 4000,
    ],
)
def test_a_pathological_member_is_refused_quickly_by_every_reading(src: str) -> None:
    start = time.perf_counter()
    with pytest.raises(LatexError):
        parse_readings(src)
    assert time.perf_counter() - start < 0.5, src[:40]


def test_parsing_a_typical_member_takes_milliseconds() -> None:
    members = [
        r"\frac{\partial L}{\partial W} = \sigma(z)(1 - \sigma(z)) x^\top",
        r"-\sum_{i=1}^{n} y_i \log \hat{y}_i + (1 - y_i) \log(1 - \hat{y}_i)",
        r"\|X w - y\|_2^2 + \lambda \|w\|^2",
        r"(a, b, c) + \begin{bmatrix} 1 \\ 2 \\ 3 \end{bmatrix}",
    ]
    members = [m.split(" = ")[-1] for m in members]
    for m in members:
        parse_latex(m)  # warm the grammar and SymPy's caches
    start = time.perf_counter()
    for _ in range(10):
        for m in members:
            parse_latex(m)
    per_member = (time.perf_counter() - start) / (10 * len(members))
    assert per_member < 0.05  # ≈ 2 ms on a quiet machine; generous for a loaded one


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        (r"\tanh'(u)", "Derivative(tanh(u), u)"),
        (r"\exp'(u)", "Derivative(exp(u), u)"),
        (r"\log''(x)", "Derivative(log(x), (x, 2))"),
    ],
)
def test_a_prime_on_a_built_in_function_is_its_derivative(src: str, expected: str) -> None:
    """``\\tanh'(u) = 1 - \\tanh^2(u)`` is how notes recall a derivative (σ' and f' already were)."""
    assert str(parse_latex(src)) == expected


def test_a_prime_on_a_built_in_function_at_an_expression_is_evaluated_there() -> None:
    tree = parse_latex(r"\tanh'(2u)")
    assert isinstance(tree, sp.Subs) and tree.args[2] == (2 * sp.Symbol("u"),)
