"""Names the notes differentiate but never define, read as arbitrary smooth functions
(verifier.documents.generic), each on a small example written here."""

from __future__ import annotations

import sympy as sp

from verifier.documents.check import check_text
from verifier.documents.context import Scope, VarDecl
from verifier.documents.generic import annotate, generic_names, smooth, undecided
from verifier.latex import parse_latex
from verifier.results import StepResult, Verdict

_GOOD = (Verdict.PROVED, Verdict.PASSED)

# a tanh layer: z from w, h from z; the loss L is never defined
_LAYER = "Notes.\n\n$$z = w x + b$$\n\n$$h = \\tanh(z)$$\n\n"
# a skip connection: y from h and z, h from z
_SKIP = "Notes.\n\n$$z = w x$$\n\n$$h = \\tanh(z)$$\n\n$$y = h + z$$\n\n"


def _steps(text: str) -> list:
    return [s for c in check_text(text, "notes.md").chains for s in c.result.steps]


def _last(text: str) -> StepResult:
    return _steps(text)[-1]


def test_a_chain_rule_through_the_notes_definitions_holds_for_an_undefined_loss() -> None:
    text = _LAYER + (
        "$$\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial h} \\frac{\\partial h}{\\partial z}"
        " \\frac{\\partial z}{\\partial w} = \\frac{\\partial L}{\\partial h} (1 - h^2) x$$\n"
    )
    steps = _steps(text)[-2:]
    assert [s.verdict in _GOOD for s in steps] == [True, True], [s.message for s in steps]
    assert "L: an arbitrary smooth function of h" in steps[0].message


def test_a_chain_rule_that_drops_a_factor_fails() -> None:
    text = _LAYER + "$$\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial h} (1 - h^2)$$\n"
    step = _last(text)
    assert step.verdict is Verdict.FAILED
    assert step.counterexample is not None


def test_a_chain_rule_with_a_wrong_local_derivative_fails() -> None:
    text = _LAYER + "$$\\frac{\\partial L}{\\partial z} = \\frac{\\partial L}{\\partial h} (1 + h^2)$$\n"
    assert _last(text).verdict is Verdict.FAILED


def test_a_skip_connection_holds_with_direct_partials_of_the_intermediates() -> None:
    # ∂y/∂z is the partial of y = h + z with h held fixed (1), as backprop notes mean it; the
    # literal (total) reading, 2 - h², counts the path through h twice
    text = _SKIP + (
        "$$\\frac{\\partial L}{\\partial z} = \\frac{\\partial L}{\\partial h} \\frac{\\partial h}{\\partial z}"
        " + \\frac{\\partial L}{\\partial y} \\frac{\\partial y}{\\partial z}$$\n"
    )
    step = _last(text)
    assert step.verdict in _GOOD, step.message
    assert "direct partial" in step.message
    assert "L: an arbitrary smooth function of y" in step.message


def test_a_chain_rule_missing_the_skip_path_fails_under_every_reading() -> None:
    text = _SKIP + (
        "$$\\frac{\\partial L}{\\partial z} = \\frac{\\partial L}{\\partial h} \\frac{\\partial h}{\\partial z}$$\n"
    )
    assert _last(text).verdict is Verdict.FAILED


def test_the_log_derivative_of_an_undefined_vector_function_holds() -> None:
    text = (
        "Notes.\n\n$$-y_i \\frac{\\partial}{\\partial \\theta_k} \\log(\\hat{y}_i) = "
        "-y_i \\frac{1}{\\hat{y}_i}\\frac{\\partial \\hat{y}_i}{\\partial \\theta_k}$$\n"
    )
    step = _last(text)
    assert step.verdict in _GOOD, step.message
    assert "yhat: arbitrary smooth functions (one per entry) of theta" in step.message


def test_a_swapped_index_in_the_log_derivative_is_not_green() -> None:
    text = (
        "Notes.\n\n$$-y_i \\frac{\\partial}{\\partial \\theta_k} \\log(\\hat{y}_i) = "
        "-y_i \\frac{1}{\\hat{y}_k}\\frac{\\partial \\hat{y}_i}{\\partial \\theta_k}$$\n"
    )
    assert _last(text).verdict not in _GOOD


def test_a_step_that_says_what_the_undefined_function_is_is_skipped_not_failed() -> None:
    # the notes mean a particular ŷ here (a softmax, said in prose): no arbitrary function satisfies it
    text = (
        "Notes.\n\n$$\\frac{1}{\\hat{y}_i}\\frac{\\partial \\hat{y}_i}{\\partial \\theta_k} = "
        "\\frac{1}{\\hat{y}_i} \\frac{\\partial}{\\partial \\theta_k} \\frac{e^{\\theta_i}}{\\sum_m e^{\\theta_m}}$$\n"
    )
    step = _last(text)
    assert step.verdict is Verdict.SKIPPED
    assert "yhat" in step.message


def test_a_derivative_of_an_undefined_loss_equal_to_a_formula_is_skipped() -> None:
    step = _last("Notes.\n\n$$\\frac{\\partial C}{\\partial \\mathbf{\\theta}} = \\mathbf{\\theta} - y$$\n")
    assert step.verdict is Verdict.SKIPPED


def test_a_name_only_inside_a_differentiated_expression_stays_a_constant() -> None:
    (step,) = _steps("Notes.\n\n$$\\frac{\\partial (a x)}{\\partial x} = a$$\n")
    assert step.verdict is Verdict.PROVED


def test_a_loss_of_a_two_index_family_is_differentiated_entry_by_entry() -> None:
    text = (
        "Notes.\n\n$$u_{ij} = 2 x_{ij} + x_{ij}^2$$\n\n"
        "$$\\frac{\\partial L}{\\partial x_{pq}} = \\frac{\\partial L}{\\partial u_{pq}} (2 + 2 x_{pq})$$\n"
    )
    step = _last(text)
    assert step.verdict in _GOOD, step.message
    wrong = text.replace("(2 + 2 x_{pq})", "(2 + x_{pq})")
    assert _last(wrong).verdict is Verdict.FAILED


# -- the pieces ----------------------------------------------------------------------------


def test_the_function_is_positive_and_its_jet_is_generic() -> None:
    u, v = sp.symbols("u v", real=True)
    f = smooth("l", 0, [u, v])
    values = [f.subs({u: a, v: b}) for a, b in ((0, 0), (1, -2), (-3, 5), (10, 0.5))]
    assert all(float(x) > 0 for x in values)
    g = [sp.diff(f, s) for s in (u, v)]
    at = {u: sp.Rational(1, 3), v: sp.Rational(-2, 7)}
    gu, gv = (float(x.subs(at)) for x in g)
    assert abs(gu) > 1e-3 and abs(gv) > 1e-3 and abs(gu - gv) > 1e-3
    # different names (and entries) are different functions
    assert abs(float((smooth("l", 0, [u, v]) - smooth("f", 0, [u, v])).subs(at))) > 1e-6
    assert abs(float((smooth("l", 1, [u, v]) - smooth("l", 2, [u, v])).subs(at))) > 1e-6


def _scope(**inferred: str) -> Scope:
    scope = Scope()
    for name, kind in inferred.items():
        scope.names[(name, ())] = VarDecl((name, ()), kind)
        scope.inferred[(name, ())] = f"{name}: a real {kind}"
    return scope


def test_the_function_depends_on_the_top_of_the_definition_graph() -> None:
    from verifier.documents.context import Definition

    scope = _scope(l="scalar", x="scalar")
    scope.names[("m", ())] = Definition(("m", ()), "2 x")
    scope.names[("y", ())] = Definition(("y", ()), "m + x")
    trees = [parse_latex(t) for t in ("\\frac{\\partial l}{\\partial x}", "\\frac{\\partial l}{\\partial m}",
                                      "\\frac{\\partial l}{\\partial y}")]  # fmt: skip
    annotate(trees, scope, parse_latex)
    assert generic_names(scope) == {"l": ("y",)}


def test_a_name_differentiated_only_by_itself_is_not_a_function() -> None:
    scope = _scope(l="scalar")
    annotate([parse_latex("\\frac{\\partial l}{\\partial l}")], scope, parse_latex)
    assert generic_names(scope) == {}


def test_a_function_on_one_side_only_makes_a_failure_undecided() -> None:
    scope = _scope(l="scalar", x="scalar")
    scope.conventions["generic l"] = "x"
    left = [parse_latex("\\frac{\\partial l}{\\partial x}")]
    assert undecided(scope, left, [parse_latex("2 x")]) is not None
    assert undecided(scope, left, [parse_latex("2 \\frac{\\partial l}{\\partial x}")]) is None


def test_an_undefined_function_of_a_vector_is_an_arbitrary_scalar_function() -> None:
    text = (
        "Notes.\n\n$$\\theta = W x$$\n\n"
        "$$\\frac{\\partial J(\\boldsymbol{\\theta})}{\\partial x_k} = "
        "\\sum_i \\frac{\\partial J(\\boldsymbol{\\theta})}{\\partial \\theta_i} W_{ik}$$\n"
    )
    step = _last(text)
    assert step.verdict in _GOOD, step.message
    assert "J (not defined in the notes) read as an arbitrary smooth scalar function" in step.message


def test_a_chain_rule_through_an_undefined_intermediate_holds() -> None:
    # x = Az is said in prose only; the chain differentiates x by z, so x is an arbitrary function of z
    text = (
        "Notes.\n\n$$\\frac{\\partial f}{\\partial z_i} = \\sum_j \\frac{\\partial f}{\\partial x_j}"
        "\\frac{\\partial x_j}{\\partial z_i}$$\n"
    )
    step = _last(text)
    assert step.verdict in _GOOD, step.message
    assert "f: an arbitrary smooth function of x" in step.message


def test_a_chain_rule_through_quantities_the_notes_never_relate_is_not_failed() -> None:
    # nothing says how x depends on z: f of z and of x, unrelated, cannot refute the step
    text = "Notes.\n\n$$\\frac{\\partial f}{\\partial z_i} = \\frac{\\partial f}{\\partial x_j} W_{ji}$$\n"
    step = _last(text)
    assert step.verdict is Verdict.SKIPPED
    assert "do not define from one another" in step.message


def test_a_defined_function_used_bare_takes_its_parameters_from_scope() -> None:
    # y^* is the parameter named ystar, not a product y·s·t·a·r
    text = "Notes.\n\n$$L(y, y^*) = \\frac{1}{2}(y-y^*)^2$$\n\n$$\\frac{\\partial L}{\\partial y} = (y - y^*)$$\n"
    assert _last(text).verdict is Verdict.PROVED
    assert _last(text.replace("(y - y^*)$$", "(y + y^*)$$")).verdict is Verdict.FAILED


def test_the_gradient_of_a_function_of_one_parameter_is_taken_with_respect_to_it() -> None:
    text = "Notes.\n\n$$g(z) := \\sin(3 z)$$\n\n$$\\nabla g = 3 \\cos(3 z)$$\n"
    step = _last(text)
    assert step.verdict is Verdict.PROVED
    assert "gradient with respect to z" in step.message
    assert _last(text.replace("3 \\cos(3 z)$$", "\\cos(3 z)$$")).verdict is Verdict.FAILED


def test_a_layer_recursion_between_entries_of_one_undefined_family_is_not_failed() -> None:
    # a^{(l+1)} is computed from a^{(l)} by a layer the notes describe elsewhere (or only in prose): reading the
    # two layers as independent entries of one inferred matrix makes the derivative 0, which is a guess, not a fact
    text = (
        "Backprop by layers.\n\n"
        "$$\\frac{\\partial L}{\\partial a^{(l)}_{j}} = \\sum_k \\frac{\\partial L}{\\partial a^{(l+1)}_{k}}"
        " \\frac{\\partial a^{(l+1)}_{k}}{\\partial a^{(l)}_{j}}$$\n"
    )
    step = _last(text)
    assert step.verdict is Verdict.SKIPPED, step.message
    assert "a^(l+1)" in step.message or "layer" in step.message


def test_entries_of_one_vector_are_still_independent_when_the_indices_are_plain() -> None:
    # ∂x_i/∂x_j = δ_ij for the entries of one vector: a wrong claim about it stays FAILED
    step = _last("Notes.\n\n$$\\frac{\\partial}{\\partial x_j} \\sum_i x_i^2 = 2 x_j + 1$$\n")
    assert step.verdict is Verdict.FAILED, step.message


def test_the_function_keeps_each_argument_whole() -> None:
    """A coefficient times an argument stays a product (not distributed over the argument's terms),
    so a large argument is one shared node; the function is the same."""
    x, y = sp.symbols("x y", real=True)
    arg = x + 2 * y
    f = smooth("l", 0, [arg, x])
    products = [m for m in f.atoms(sp.Mul) if arg in m.args]
    assert len(products) >= 2  # in the sine's and in the cosine's argument
    at = {x: sp.Rational(3, 7), y: sp.Rational(-5, 11)}
    assert abs(float(f.subs(at)) - float(sp.expand(f).subs(at))) < 1e-12
