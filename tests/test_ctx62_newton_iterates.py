"""ctx62: a Newton step at one iterate — H(x^{(k)}), the next iterate by its update rule, the iterates as vectors.

A note proves Newton's method invariant under y = Bw: the update rules of both iterates, then, assuming
y^{(k)} = Bw^{(k)}, a chain that "uses the above equations". Every Hessian and gradient of the arbitrary f there is at
the one point y^{(k)} (read at y: for an arbitrary f that is any Hessian and gradient), the next iterates are the
rules' right members, and y^{(k)}, w^{(k)} are vectors. Written with Q for Q^{-1} (twice) the chain fails at its first
and last links for every symmetric invertible Q with Q² ≠ I; written right, it is proved. On f837d20b every link was
SKIPPED ("the Hessian Q at the point y^{(k)} is not read"). Never green where the derivatives are at two points, or
f is defined (its Hessian at a point is then the notes').
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import DOC_SETTINGS, check_chains_at, line_of

from verifier.documents import doubts
from verifier.documents.check import check_text
from verifier.documents.context import parse_context_file
from verifier.results import Verdict

_NOTES = r"""# Newton under a change of variables

Suppose $y^{(0)} = w^{(0)} = 0,$ that matrix $B$ is invertible,
and that $h(w) = f(Bw).$
We'll think of $f$ consistently as a function of $y,$ and $h$ as a function
of $w.$

Start with

$$\big[\nabla_w h\big]_i = \frac{\partial f}{\partial w_i} = \frac{\partial f}{\partial y_j}b_{ji},$$

Next, let $Q$ be the Hessian of $f,$ and $R$ the Hessian of $h.$

Newton's method for the two functions is

$$\begin{aligned}
y^{(k+1)} & = y^{(k)} - Q^{-1}(y^{(k)}) \nabla f(y^{(k)}), \text{ and} \\
w^{(k+1)} & = w^{(k)} - R^{-1}(w^{(k)}) \nabla h(w^{(k)}) \\
          & = w^{(k)} - (B^TQB)^{-1}(y^{(k)}) B^T\nabla f(y^{(k)}).
\end{aligned}$$

For the inductive step, assume that $y^{(k)} = Bw^{(k)},$ and use the above equations to see that

$$\begin{aligned}
Bw^{(k+1)} & = Bw^{(k)} - BB^{-1}MIDDLE(y^{(k)})B^{-T}B^T\nabla f(y^{(k)}) \\
           & = y^{(k)} - LAST(y^{(k)}) \nabla f(y^{(k)}) \\
           & = y^{(k+1)}.
\end{aligned}$$
"""


@pytest.fixture(autouse=True)
def _every_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every other reading tried, whatever the machine's load: a FAILED must hold under all of them, and a busy
    machine would cut them off (SKIPPED "not every plausible reading could be tried")."""
    monkeypatch.setattr(doubts, "READINGS_SECONDS", float("inf"))


def _chain(notes: str):  # type: ignore[no-untyped-def]
    line = line_of(notes, "Bw^{(k+1)} & =")
    return check_chains_at(notes, "t.md", DOC_SETTINGS, [line]).chains[0].result


def _steps(notes: str) -> list:  # type: ignore[type-arg]
    return _chain(notes).steps


def test_a_newton_chain_writing_the_hessian_for_its_inverse_fails_where_it_does() -> None:
    chain = _chain(_NOTES.replace("MIDDLE", "Q").replace("LAST", "Q"))
    steps = chain.steps
    assert [s.verdict for s in steps] == [Verdict.FAILED, Verdict.PROVED, Verdict.FAILED], [s.message for s in steps]
    said = chain.message or ""
    assert "read by its update rule at line" in said and "read as vectors of their own" in said
    assert "at the one point y^{(k)}" in said
    assert "y^(k) read as Bw^{[k]}: 'assume that $y^{(k)} = Bw^{(k)}$'" in said  # the inductive hypothesis


def test_the_newton_chain_written_right_is_proved() -> None:
    steps = _steps(_NOTES.replace("MIDDLE", "Q^{-1}").replace("LAST", "Q^{-1}"))
    assert [s.verdict for s in steps] == [Verdict.PROVED] * 3, [s.message for s in steps]


def test_derivatives_at_two_points_are_not_read_at_one() -> None:
    """y^{(k)} - Q^{-1}(y^{(k)})∇f(y^{(k)}) = y^{(k)} - Q^{-1}(u)∇f(u) is wrong (another point): read at one point
    it would be proved, so it is left unread."""
    notes = _NOTES.split("For the inductive step")[0] + (
        "Then\n\n$$y^{(k)} - Q^{-1}(y^{(k)}) \\nabla f(y^{(k)}) = y^{(k)} - Q^{-1}(u) \\nabla f(u)$$\n"
    )
    steps = _steps_at(notes, "Q^{-1}(u)")
    assert [s.verdict for s in steps] == [Verdict.SKIPPED], [s.message for s in steps]


def test_the_variable_written_beside_the_point_is_not_read_at_one() -> None:
    """y - Q^{-1}(y^{(k)})∇f(y^{(k)}) = y - Q^{-1}(y)∇f(y): y and y^{(k)} are two points; read at y it would be
    proved."""
    notes = _NOTES.split("For the inductive step")[0] + (
        "Then\n\n$$y - Q^{-1}(y^{(k)}) \\nabla f(y^{(k)}) = y - Q^{-1}\\nabla f(y)$$\n"
    )
    steps = _steps_at(notes, "y - Q^{-1}(y^{(k)})")
    assert all(s.verdict is Verdict.SKIPPED for s in steps), [s.message for s in steps]


def test_a_defined_function_keeps_its_hessian_at_a_point_unread() -> None:
    """With f defined (f(y) = y^Ty), Q(y^{(k)}) is the notes' Hessian at y^{(k)}: not read at y."""
    notes = (
        "# Newton\n\nLet $f(y) = y^Ty$ with $y \\in \\mathbb{R}^3$, and let $Q$ be the Hessian of $f$.\n\n"
        "$$y^{(k)} - Q^{-1}(y^{(k)}) \\nabla f(y^{(k)}) = y^{(k)} - Q(y^{(k)}) \\nabla f(y^{(k)})$$\n"
    )
    steps = _steps_at(notes, "y^{(k)} - Q^{-1}")
    assert [s.verdict for s in steps] == [Verdict.SKIPPED], [s.message for s in steps]
    assert "is not read" in (steps[0].message or "")


def _steps_at(notes: str, needle: str) -> list:  # type: ignore[type-arg]
    return check_chains_at(notes, "t.md", DOC_SETTINGS, [line_of(notes, needle)]).chains[0].result.steps


def test_a_function_a_context_defines_keeps_its_hessian_at_a_point_unread(tmp_path: Path) -> None:
    """f defined by a context file (f(y) := y^T A y): its Hessian at y^{(k)} is that function's, not any matrix, so
    the chain is not read at y (read so, a fixed f at two free points could fail where the notes' step holds)."""
    notes = _NOTES.replace("MIDDLE", "Q").replace("LAST", "Q")
    file = tmp_path / "t.md.verify"
    file.write_text("n in {3}\ny: vector[n]\nC: matrix[n x n]\nf(y) := y^T C y\n", encoding="utf-8")
    check = check_text(notes, str(tmp_path / "t.md"), DOC_SETTINGS, context=parse_context_file(file))
    line = line_of(notes, "Bw^{(k+1)} & =")
    steps = [s for c in check.chains if c.result.steps and c.step_lines[0] == line for s in c.result.steps]
    assert steps and all(s.verdict is Verdict.SKIPPED for s in steps), [s.message for s in steps]
