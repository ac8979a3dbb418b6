r"""Backprop notes written with an arbitrary upstream loss through named intermediates and named values.

"We backpropagate a scalar loss $L$ through $O = PV$ …; $\partial L/\partial V = P^T \partial L/\partial
O = \gamma_1$" is a claim for *every* loss of the graph's output: ``L`` is read as an arbitrary smooth
function of the output (documents.generic), each ``\gamma_k`` the line names is the line's first member
(documents.upstream), and each line is checked on its own. Every example is written here; each reading
is tested both ways: the written backprop is PROVED, a planted wrong transpose or a missed accumulation
is FAILED, and a graph whose output is not settled is SKIPPED.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

import pytest
from support import check_chains_at, line_of

from verifier.documents.check import check_text
from verifier.engine import Settings

FAST = Settings(points=30)


@pytest.fixture(autouse=True)
def _all_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    """A FAILED needs every other reading tried: on a busy machine the time budget would cut them."""
    monkeypatch.setattr("verifier.documents.doubts.READINGS_SECONDS", 120.0)


def _steps(text: str, only: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    """(verdict, the step as written, message) of every step; with ``only``, of the chains on the lines
    that write those texts (the whole note is read, the other chains are not checked: support.check_chains_at)."""
    text = textwrap.dedent(text)
    if only:
        check = check_chains_at(text, "t.md", FAST, [line_of(text, needle) for needle in only])
    else:
        check = check_text(text, "t.md", FAST)
    out = []
    for c in check.chains:
        for s in c.result.steps:
            out.append((s.verdict.value, f"{s.lhs_latex} = {s.rhs_latex}", s.message or ""))
    return out


# A row normalisation split into steps, backpropagated line by line with named values.
GRAPH = r"""
We backpropagate a scalar loss $L$ through $O = P V$ where $V \in \mathbb{R}^{n \times d}$ and
$Z \in \mathbb{R}^{n \times n}$. The normalisation is split into steps: $A = \exp(Z)$, $s = A\mathbf{1}_n$,
$u = s^{-1}$, $U = u\mathbf{1}_n^T$ and $P = A \odot U$.

- $\frac{\partial L}{\partial V} = P^T \frac{\partial L}{\partial O} = \gamma_1 \in \mathbb{R}^{n \times d}$
- $\frac{\partial L}{\partial P} = {P} = \gamma_2 \in \mathbb{R}^{n \times n}$
- $\frac{\partial L}{\partial U} = A \odot \gamma_2 = \gamma_3 \in \mathbb{R}^{n \times n}$
- $\frac{\partial L}{\partial u} = \gamma_3 \mathbf{1}_n = \gamma_4 \in \mathbb{R}^{n \times 1}$
- $\frac{\partial L}{\partial s} = -(s \odot s)^{-1} \odot \gamma_4 = \gamma_5 \in \mathbb{R}^{n \times 1}$
- $\frac{\partial L}{\partial A} = \gamma_5 \mathbf{1}_n^T + {A} = \gamma_6 \in \mathbb{R}^{n \times n}$
- $\frac{\partial L}{\partial Z} = A \odot \gamma_6$
"""
GOOD_P = r"\frac{\partial L}{\partial O} V^T"
GOOD_A = r"\gamma_2 \odot U"


def _graph(p: str = GOOD_P, a: str = GOOD_A, only: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    return _steps(GRAPH.replace("{P}", p).replace("{A}", a), only)


# The lines of GRAPH by the derivative each states (for the tests that assert on one or two of them:
# checking all seven lines was most of their CPU, 2-4 s per graph).
D_P, D_U, D_A = (rf"- $\frac{{\partial L}}{{\partial {x}}} =" for x in "PUA")


def _written_graph(run_once: Callable[[str, Callable[[], Any]], Any]) -> list[tuple[str, str, str]]:
    """The graph as written, checked once per test run for the two tests that read it (conftest.run_once)."""
    return run_once("backprop-graph-as-written", _graph)


@pytest.mark.slow(3)
def test_backprop_through_named_values_is_proved_line_by_line(run_once) -> None:
    steps = _written_graph(run_once)
    claims = [s for s in steps if not s[2].startswith("names the value")]
    assert len(claims) == 7, steps
    for verdict, step, message in claims:
        assert verdict == "PROVED", (step, message)
    assert "L: an arbitrary smooth function of O" in claims[-1][2]


def test_the_last_member_names_the_value_of_the_line(run_once) -> None:
    named = [s for s in _written_graph(run_once) if s[2].startswith("names the value")]
    assert [s[1].split(" = ")[1].split(" ")[0] for s in named] == [rf"\gamma_{k}" for k in range(1, 7)]
    assert all(v == "SKIPPED" for v, _s, _m in named)


@pytest.mark.slow(2)
def test_a_named_value_used_for_the_wrong_gradient_is_failed() -> None:
    # ∂L/∂P takes the upstream gradient of O, not γ_1 = ∂L/∂V: the shapes fit, the value does not
    steps = _graph(p=r"\gamma_1 V^T", only=(D_P, D_U))
    verdicts = {s[1]: s[0] for s in steps}
    assert verdicts[r"\frac{\partial L}{\partial P} = \gamma_1 V^T"] == "FAILED", steps
    # the lines after it use γ_2 = ∂L/∂P, the value the line is about: they still hold
    assert verdicts[r"\frac{\partial L}{\partial U} = A \odot \gamma_2"] == "PROVED", steps


@pytest.mark.slow(2)
def test_a_missed_accumulation_path_is_failed() -> None:
    # A reaches L through s and through P = A ⊙ U: the second path takes ∂L/∂P (γ_2), not ∂L/∂U (γ_3)
    steps = _graph(a=r"\gamma_3 \odot U", only=(D_A,))
    verdicts = {s[1]: s[0] for s in steps}
    assert verdicts[r"\frac{\partial L}{\partial A} = \gamma_5 \mathbf{1}_n^T + \gamma_3 \odot U"] == "FAILED", steps
    steps = _graph(a="0", only=(D_A,))  # the path through P forgotten altogether
    assert {s[1]: s[0] for s in steps}[r"\frac{\partial L}{\partial A} = \gamma_5 \mathbf{1}_n^T + 0"] == "FAILED"


LINEAR = r"""
Assume a scalar loss $L$ downstream of $Y = XW$, where $X \in \mathbb{R}^{m \times n}$ and
$W \in \mathbb{R}^{n \times n}$.

$$ {claim} $$
"""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (r"\frac{\partial L}{\partial X} = \frac{\partial L}{\partial Y} W^T", "PROVED"),
        (r"\frac{\partial L}{\partial W} = X^T \frac{\partial L}{\partial Y}", "PROVED"),
        (r"\frac{\partial L}{\partial X} = \frac{\partial L}{\partial Y} W", "FAILED"),  # a transpose missing
        (r"\frac{\partial L}{\partial W} = X^T \frac{\partial L}{\partial Y} + W", "FAILED"),
    ],
)
def test_a_linear_layer_for_every_upstream_loss(claim: str, verdict: str) -> None:
    ((got, step, message),) = _steps(LINEAR.replace("{claim}", claim))
    assert got == verdict, (step, message)


def test_a_named_value_without_a_chain_to_name_is_no_definition() -> None:
    # "∂L/∂Y W^T = δ" alone (no annotation, two members) may state a δ of the prose: not a naming
    text = LINEAR.replace("{claim}", r"\frac{\partial L}{\partial Y} W^T = \delta")
    ((verdict, _step, message),) = _steps(text)
    assert not message.startswith("names the value"), message
    assert verdict != "PROVED"


def test_a_loss_of_two_outputs_the_notes_never_relate_is_skipped() -> None:
    # L may depend on Y and on Z directly: which graph it sits on is not written, so never FAILED
    text = r"""
    Assume a scalar loss $L$. Let $Y = XW$ and $Z = X + U$, where $X, U \in \mathbb{R}^{n \times n}$ and
    $W \in \mathbb{R}^{n \times n}$.

    $$ \frac{\partial L}{\partial X} = \frac{\partial L}{\partial Y} W^T $$
    """
    ((verdict, step, message),) = _steps(text)
    assert verdict == "SKIPPED", (step, message)


FORM = r"""
A scalar loss $L$ is computed from $O = HV$, where $X \in \mathbb{R}^{m \times n}$,
$W \in \mathbb{R}^{n \times n}$ and $V \in \mathbb{R}^{n \times p}$. Let $A = XW$. The layer is

$$ H = \tanh(XW) = \tanh(A) $$

Then

$$ {claim} $$
"""


@pytest.mark.slow(5)
def test_a_quantity_restated_through_an_intermediate_is_differentiated_through_it() -> None:
    # H is defined from X W, and the notes then write it through A = XW: ∂L/∂A goes through H = tanh(A)
    claim = r"\frac{\partial L}{\partial A} = (1 - H \odot H) \odot \frac{\partial L}{\partial H}"
    verdict, step, message = _steps(FORM.replace("{claim}", claim))[-1]
    assert verdict == "PROVED", (step, message)
    assert r"H read as \tanh(A)" in message
    wrong = r"\frac{\partial L}{\partial A} = (1 - H) \odot \frac{\partial L}{\partial H}"  # a derivative of tanh wrong
    verdict, step, message = _steps(FORM.replace("{claim}", wrong))[-1]
    assert verdict == "FAILED", (step, message)


def test_names_only_the_graph_output_uses_are_inferred_too() -> None:
    # the chain writes l, v, s only; l is a function of y, whose definition brings in x, g, c and the
    # index i: they are inferred once the loss is placed in the graph (not "g is not declared")
    text = r"""
    A scaled layer.

    $$ y_{i} = \frac{x_{i}}{s} g_{i} + c_{i} $$

    $$ s = (v + \epsilon)^{0.5} $$

    $$ \frac{\partial l}{\partial v} = \frac{\partial l}{\partial s} \frac{\partial s}{\partial v} $$
    """
    verdict, step, message = _steps(text)[-1]
    assert verdict in ("PROVED", "PASSED"), (step, message)
    assert "l: an arbitrary smooth function of y" in message


def test_names_listed_in_the_prose_share_the_space_written_after_them() -> None:
    from verifier.documents.infer import annotations_of

    text = (
        r"We differentiate by $A$, $B$, and $C$, all elements of $\mathbb{R}^{n \times k}$; "
        r"$u$ and $v$ are in $\mathbb{R}^n$."
    )
    shapes = annotations_of(text).shapes
    for name in "ABC":
        assert shapes[(name, ())] == (("n", ()), ("k", ())), name
    assert shapes[("u", ())] == shapes[("v", ())] == (("n", ()),)
    assert ("x", ()) not in annotations_of(r"For $x$ in $S$, $y \in \mathbb{R}$.").shapes
