r"""An inline restatement on the line of the definition it restates (review30e, left open).

"… the residual $r = y - Xw$ and the loss $J(w) = …$. Expanding, $r = Xw - y$, and so $$\nabla J = X^T r$$":
with the flipped r on the *same* line as r's definition, ``definitions._note_definition`` sees no earlier
definition (``e.line < chain.line``), the rewriting is learned silently as r's definition and the gradient is
PROVED with it — trust17's false green, one line up. Marking it a restatement is not enough: no definition of
r holds on its own line, so correct rewritings on that line ("Expanding, $L = y^Ty - 2w^TX^Ty + …$") become
SKIPPED "defines anew" and their gradients SKIPPED with them (tried and reverted). Closed by column18: the
line's first definition holds for the line's chains where a later formula of the line restates it
(documents.inlinerestated, tests/test_column18_same_line_restatement.py)."""

from __future__ import annotations

from support import doc_steps

_LINE = (r"Let $X \in \mathbb{R}^{n\times d}$, $y \in \mathbb{R}^n$, $w \in \mathbb{R}^d$, the residual $r = y - Xw$ "
         r"and the loss $J(w) = \frac12 \|y - Xw\|^2$. Expanding, $r = Xw - y$, and so")
_NOTES = "# Least squares\n\n" + _LINE + "\n\n$$\\nabla J = X^T r$$\n"


def test_a_flipped_rewriting_on_the_definitions_line_leaves_its_use_not_green() -> None:
    steps = doc_steps(_NOTES)
    assert not steps[-1].verdict.ok, steps[-1].message
