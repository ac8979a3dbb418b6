r"""A name annotated anew in a later section: the latest annotation holds, and older definitions retire.

A post's preliminaries write ``W \in \mathbb{R}^{n \times m}`` and ``Y = W W^T``; its main section
defines ``W = A B^T \in \mathbb{R}^{n \times n}``. Read document-wide, W kept its first shape
(n×m clashes with A Bᵀ) and a loss L of the main section was read as a function of the
preliminaries' Y as well, so every backprop step of the main section stayed SKIPPED.
"""

from __future__ import annotations

import textwrap

import pytest
from support import check_chains_at, line_of

from verifier.documents.anew import renewals, shapes_at, sites_of
from verifier.documents.check import check_text
from verifier.engine import Settings

FAST = Settings(points=30)

_NOTES = r"""
## Preliminaries

Let $Y = W W^T$, where $W \in \mathbb{R}^{n \times m}$.

## Main part

Take $A$, $B$, and $V$, all elements of $\mathbb{R}^{n \times h}$, and define

$$
\begin{align*}
W &= A B^T \in \mathbb{R}^{n \times n} \\
C &= W V \in \mathbb{R}^{n \times h}
\end{align*}
$$

For a scalar output $L$ of $C$:

$$
\frac{\partial L}{\partial W} = \frac{\partial L}{\partial C} V^T
$$

$$
\frac{\partial L}{\partial A} = {rhs}
$$
"""


def _verdicts(rhs: str) -> list[tuple[str, str]]:
    text = textwrap.dedent(_NOTES.replace("{rhs}", rhs)).lstrip()
    check = check_text(text, "t.md", FAST)
    got = [(s.verdict.value, s.message) for c in check.chains for s in c.result.steps]
    return [g for g in got if not g[1].startswith("defines ")]  # the two definitions of the display


def test_backprop_after_a_name_is_annotated_anew_is_checked() -> None:
    got = _verdicts(r"\frac{\partial L}{\partial W} B")
    assert [v for v, _ in got] == ["PROVED", "PROVED"], got


def _verdict_by_a(rhs: str) -> tuple[str, str]:
    """The verdict of the step ∂L/∂A = rhs alone: the whole note is read, only its chain is checked
    (``check_chains_at``; the ∂L/∂W chain above it was most of such a check's CPU, and
    ``test_backprop_after_a_name_is_annotated_anew_is_checked`` checks both; speed65)."""
    text = textwrap.dedent(_NOTES.replace("{rhs}", rhs)).lstrip()
    line = line_of(text, r"\frac{\partial L}{\partial A}")
    (chain,) = check_chains_at(text, "t.md", FAST, [line]).chains
    (step,) = chain.result.steps
    return step.verdict.value, step.message


@pytest.mark.slow(1.5)
def test_a_wrong_step_after_the_new_annotation_is_not_green() -> None:
    got = _verdict_by_a(r"\frac{\partial L}{\partial W}^T B")
    assert got[0] in ("FAILED", "SKIPPED"), got
    got = _verdict_by_a(r"2 \frac{\partial L}{\partial W} B")
    assert got[0] == "FAILED", got


def test_sites_keep_their_lines_and_the_latest_holds() -> None:
    text = textwrap.dedent(_NOTES).lstrip()
    sites = sites_of(text)
    w = [(s.line, s.dims) for s in sites if s.key == ("W", ())]
    assert [line for line, _ in w] == [3, 11], w  # the prose annotation, then the definition row
    assert shapes_at(sites, 5)[("W", ())] == (("n", ()), ("m", ()))
    assert shapes_at(sites, 12)[("W", ())] == (("n", ()), ("n", ()))
    assert shapes_at(sites, 1)[("C", ())] == (("n", ()), ("h", ()))  # only further down: its first annotation
    assert renewals(sites) == {("W", ()): [11]}


def test_a_column_annotated_again_as_n_by_1_is_no_new_meaning() -> None:
    text = "Let $x \\in \\mathbb{R}^{n}$.\n\nLater $x \\in \\mathbb{R}^{n \\times 1}$ again.\n"
    assert renewals(sites_of(text)) == {}


_LET = r"""
Let $X \in \mathbb{R}^{n \times m}$ and let $u = X^T X$.

Now a second example. Let X and W be matrices of the same dimension and let $Y = X \odot W$.

$$
\frac{\partial L}{\partial X} = {rhs}
$$
"""


def _let_verdicts(rhs: str) -> list[tuple[str, str]]:
    check = check_text(textwrap.dedent(_LET.replace("{rhs}", rhs)).lstrip(), "t.md", FAST)
    return [(s.verdict.value, s.message) for c in check.chains for s in c.result.steps]


def test_names_introduced_again_by_let_leave_the_earlier_example_behind() -> None:
    got = _let_verdicts(r"\frac{\partial L}{\partial Y} \odot W")
    assert [v for v, _ in got] == ["PROVED"], got
    assert "function of Y" in got[0][1], got


def test_a_wrong_step_after_let_still_fails() -> None:
    got = _let_verdicts(r"\frac{\partial L}{\partial Y} \odot X")
    assert [v for v, _ in got] == ["FAILED"], got


def test_let_be_introductions_are_read_with_their_lines() -> None:
    from verifier.documents.anew import introductions

    text = "intro\nLet X and W be matrices, and let $Y = X$.\nLet $x$, $y$, and $z$ be vectors.\n"
    assert introductions(text) == [(2, ("X", ())), (2, ("W", ())), (3, ("x", ())), (3, ("y", ())), (3, ("z", ()))]
