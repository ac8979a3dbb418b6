r"""A process-wide memo of parsed formulas: the same text with the same options is built once.

Why: the parser (tokens, rewrites, lark's LALR run, the SymPy objects built at each reduction) is pure
Python and is asked for the same formulas over and over — by the document reader per option set, by the
context, the annotations and the prose readings of one document, and by every document of a folder or test
run that writes ``\sigma(z)`` or ``\frac{1}{2}(y - \hat y)^2`` again (docs/speed.md, speed46: about two thirds of
``parse_latex``'s calls in a sample of the test suite were repeats).

Why it cannot change a tree: :func:`verifier.latex.parse_latex` is a function of its text, its options
(all in the key, ``prime_var`` and the name sets included) and SymPy's global switches that the objects it
builds obey (``evaluate``, ``distribute``, ``dotprodsimp`` for a matrix power: in the key too); it reads no
other state. Its result is an immutable SymPy tree, handed back as it is. Two exceptions are never kept:

* a tree holding a ``Dummy`` (``f'(2x)`` is a ``Subs`` over a fresh bound variable): an unmemoised parse
  gives a new dummy each time, so such a tree is built anew each time;
* a refusal (``LatexError``): it is raised again by parsing again, so its message and column are the
  parser's own each time (and nothing raised by a budget is ever taken for a refusal).

At most :data:`LIMIT` trees are kept, the oldest dropped first.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

import sympy
from sympy.core.parameters import global_parameters
from sympy.matrices.utilities import _dotprodsimp_state

LIMIT = 8192
_MEMO: dict[Hashable, sympy.Basic] = {}


def remembered(key: Hashable, build: Callable[[], sympy.Basic]) -> sympy.Basic:
    """The tree ``build()`` gives for ``key`` (the text and every option), built once while kept."""
    full = (key, global_parameters.evaluate, global_parameters.distribute, _dotprodsimp_state.state)
    found = _MEMO.get(full)
    if found is not None:
        return found
    tree = build()
    if isinstance(tree, sympy.Basic) and not tree.has(sympy.Dummy):
        if len(_MEMO) >= LIMIT:
            del _MEMO[next(iter(_MEMO))]
        _MEMO[full] = tree
    return tree


def clear() -> None:
    """Forget every kept tree (tests)."""
    _MEMO.clear()
