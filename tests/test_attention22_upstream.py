r"""The backward pass of one attention head: an upstream gradient of a loss the notes never define.

Notes write ``A = \operatorname{softmax}(S)`` row-wise, ``O = AV``, the upstream gradient ``G = \partial
L/\partial O`` of a loss ``L`` they leave unspecified, and then ``\frac{\partial}{\partial V}\operatorname{tr}
(G^\top A V) = A^\top G``. The softmax of a capital is a batch (one softmax per row): S is a matrix, and G, the
given upstream array, is held fixed while the step differentiates (as backprop does). A step wrong under that
reading (a transpose lost) stays FAILED. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

HEAD = (
    "# Attention backward\n\n"
    "Let $A = \\operatorname{softmax}(S)$ row-wise and $O = A V$, "
    "with upstream gradient $G = \\partial L/\\partial O$.\n\n"
)
BY_V = "$$\\frac{\\partial}{\\partial V}\\operatorname{tr}\\left(G^\\top A V\\right) = RHS$$\n"
BY_S = "$$\\frac{\\partial}{\\partial S}\\operatorname{tr}\\left(G^\\top A V\\right) = RHS$$\n"
BY_A = "$$\\frac{\\partial}{\\partial A}\\operatorname{tr}\\left(G^\\top A V\\right) = RHS$$\n"
GREEN = (Verdict.PROVED, Verdict.PASSED)


def _last(display: str, rhs: str) -> Verdict:
    steps = doc_steps(HEAD + display.replace("RHS", rhs))
    assert steps, "no step read"
    return steps[-1].verdict


def test_the_gradient_by_v_of_a_head_is_not_a_false_alarm() -> None:
    assert _last(BY_V, "A^\\top G") in GREEN


def test_the_gradient_by_a_of_a_head_is_not_a_false_alarm() -> None:
    assert _last(BY_A, "G V^\\top") in GREEN


def test_a_lost_transpose_by_v_is_not_green() -> None:
    assert _last(BY_V, "A G") not in GREEN


def test_a_lost_transpose_by_a_is_not_green() -> None:
    assert _last(BY_A, "G V") not in GREEN


def test_a_swapped_order_by_a_is_failed() -> None:
    verdict = _last(BY_A, "V^\\top G")  # the notes checked once (they were checked twice, ~2.4 s of CPU each)
    assert verdict is not Verdict.PROVED
    assert verdict not in GREEN


def test_a_softmax_of_a_capital_is_read_row_by_row() -> None:
    steps = doc_steps("# Rows\n\nLet $P = \\operatorname{softmax}(Z)$.\n\n$$P \\mathbf{1} = \\mathbf{1}$$\n\n"
                      "$$P^\\top \\mathbf{1} = \\mathbf{1}$$\n")
    assert len(steps) == 2
    assert steps[0].verdict in GREEN, steps[0].message  # each row sums to one
    assert steps[1].verdict is Verdict.FAILED, steps[1].message  # the columns do not


SOFTMAX = (
    "# Softmax backward\n\n"
    "Let $a = \\operatorname{softmax}(s)$ and let $g = \\partial L/\\partial a$ be the upstream gradient.\n\n"
    "$$\\frac{\\partial}{\\partial s}\\left(g^\\top a\\right) = RHS$$\n"
)


def test_the_upstream_gradient_is_held_fixed_through_a_softmax() -> None:
    # holding every defined name fixed (the direct partials) would hold a too: only g is the given array
    steps = doc_steps(SOFTMAX.replace("RHS", "\\left(\\operatorname{diag}(a) - a a^\\top\\right) g"))
    assert steps and steps[-1].verdict in GREEN, steps[-1].message
    assert "upstream gradient" in steps[-1].message


def test_a_wrong_softmax_jacobian_with_the_upstream_gradient_held_is_failed() -> None:
    steps = doc_steps(SOFTMAX.replace("RHS", "\\left(\\operatorname{diag}(a) - a^\\top a\\right) g"))
    assert steps and steps[-1].verdict is Verdict.FAILED, steps[-1].message


def test_the_scores_gradient_of_a_head_holds_only_g_fixed() -> None:
    rhs = ("A \\odot \\left(G V^\\top - \\left(\\left(A \\odot G V^\\top\\right)\\mathbf{1}\\right)"
           "\\mathbf{1}^\\top\\right)")
    steps = doc_steps(HEAD + BY_S.replace("RHS", rhs))
    assert steps and steps[-1].verdict in GREEN, steps[-1].message
    wrong = rhs.replace("\\left(A \\odot G V^\\top\\right)", "\\left(G V^\\top\\right)")
    steps = doc_steps(HEAD + BY_S.replace("RHS", wrong))
    # FAILED when its readings run to the end; under load the readings' budget may leave it SKIPPED
    assert steps and steps[-1].verdict not in GREEN, steps[-1].message


def test_a_gradient_by_the_variable_itself_is_no_upstream_gradient() -> None:
    # g = ∇_w L moves with w (a gradient penalty: ∇_w ‖g‖² = 2Hg); holding it would make "= 0" green
    steps = doc_steps("# Penalty\n\nLet $g = \\nabla_w L$.\n\n"
                      "$$\\frac{\\partial}{\\partial w}\\left(g^\\top g\\right) = 0$$\n")
    assert steps and steps[-1].verdict not in GREEN, steps[-1].message
