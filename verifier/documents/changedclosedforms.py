r"""A value the notes state as a closed form ("Take $\theta = 2\pi$") that their code or words then change.

"Take $w = 2$." is a stated value (documents.stated), which a code assignment (``w = 3``) or a change in words ("$w$
becomes $3$") ends for the chains after it (documents.codeupdates, documents.wordedchanges; sound49). A value
written as a closed form — ``\theta = 2\pi``, ``\sigma = \sqrt{2}``, ``w = \frac{1}{2}`` — is read as a definition
of the name instead, and definitions were never ended so: after "After one step, $\theta$ becomes $3$." or a code
block ``theta = 3``, ``4\theta = 8\pi`` was PROVED through the old definition (sound50).

This module owns that question (:func:`after_changed_closed_forms`): a green step reaching a definition whose body is
a number (no names), made before the chain, that the code or the words change between the definition and the
chain (or a renewal ends: "Now let $\theta = 3$ instead"; check._held, as for a stated number), is SKIPPED — the
value it was proved at may no longer be the name's. A definition by a formula of names (``z = w x + b``) is no
value: it keeps holding whatever its inputs become.
"""

from __future__ import annotations

from typing import Any

import sympy as sp

from verifier.documents.context import Definition
from verifier.documents.regions import reached_names
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["after_changed_closed_forms"]

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _latex(name: str) -> str:
    """The LaTeX a parser name is written with: ``theta`` → ``\\theta``; ``w``, ``w_1`` as they are."""
    return f"\\{name}" if len(name) > 1 and name.isalpha() else name


def _numeric_body(doc: Any, e: Definition) -> bool:
    if e.is_function or e.params or e.index_params or e.builtin or not e.body:
        return False
    try:
        tree = doc.parse_plain(e.body)
    except (LatexError, ValueError, TypeError):
        return False
    if not isinstance(tree, sp.Expr):
        return False
    tree = tree.subs({sp.Symbol("pi"): sp.pi, sp.Symbol("e"): sp.E})  # π and e as the parser may leave them
    return not tree.free_symbols and bool(tree.is_number)


def after_changed_closed_forms(doc: Any, chain: Any, scope: Any, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each green one that reaches a closed-form value the notes' code or words change before the
    chain SKIPPED (module docstring)."""
    if not any(r.verdict in _GREEN for r in steps):
        return steps
    valued = {k[0]: e for k, e in scope.names.items()
              if isinstance(e, Definition) and not k[1] and 0 < e.line < chain.line}  # fmt: skip
    if not valued:
        return steps
    out = list(steps)
    for k, r in enumerate(steps):
        if r.verdict not in _GREEN:
            continue
        for name in sorted(reached_names(doc, scope, r) & set(valued)):
            e = valued[name]
            held = [(_latex(name), e.body, e.line)]
            if _numeric_body(doc, e) and not doc._held(held, chain.line):  # renewed, restated, coded or worded
                out[k] = r.skipped(f"holds at {_latex(name)} = {e.body} (line {e.line}), but the notes' code or words "
                                   f"change {_latex(name)} after that line and before this step: the value it holds at "
                                   f"may no longer be {_latex(name)}'s")
                break
    return out
