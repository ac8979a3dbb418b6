r"""The algebra after an update rule of bold iterates is not FAILED on reading the iterates as entries.

"$$\mathbf{w}_{k+1} = \mathbf{w}_k - \eta(\mathbf{X}^\top\mathbf{X}\mathbf{w}_k - \mathbf{X}^\top\mathbf{y}) =
(\mathbf{I} - \eta\mathbf{X}^\top\mathbf{X})\mathbf{w}_k + \eta\mathbf{X}^\top\mathbf{y}$$" (fresh21's ridge note):
w_k was read as entry k of one vector w, the matrices around it then clashed, and the correct second link was
FAILED — a false alarm. The iterate reading (w_k a vector of its own) is not tried, so such a failure is
SKIPPED, saying why; the first link stays the update rule it is (documents.updaterule)."""

from __future__ import annotations

from support import doc_steps

_NOTE = r"""
$$
\newcommand{\vw}{\mathbf{w}}
\newcommand{\X}{\mathbf{X}}
\newcommand{\y}{\mathbf{y}}
\newcommand{\I}{\mathbf{I}}
$$

The objective is $J(\vw) = \frac{1}{2}\|\y - \X\vw\|^2 + \frac{\lambda}{2}\|\vw\|^2$, with gradient
$\nabla J(\vw) = \X^\top(\X\vw - \y) + \lambda\vw$. One step:

$$
\begin{aligned}
\vw_{k+1} &= \vw_k - \eta\left(\X^\top\X\vw_k - \X^\top\y + \lambda\vw_k\right) \\
&= RIGHT .
\end{aligned}
$$
"""


def test_the_algebra_after_a_bold_update_is_not_failed() -> None:
    right = r"\left(\I - \eta(\X^\top\X + \lambda\I)\right)\vw_k + \eta\X^\top\y"
    steps = doc_steps(_NOTE.replace("RIGHT", right))
    assert steps[-1].verdict.value != "FAILED", steps[-1].message


def test_a_wrong_algebra_after_the_update_is_not_green() -> None:
    wrong = r"\left(\I + \eta(\X^\top\X + \lambda\I)\right)\vw_k + \eta\X^\top\y"
    steps = doc_steps(_NOTE.replace("RIGHT", wrong))
    assert steps[-1].verdict.value not in ("PROVED", "PASSED"), steps[-1].message
