r"""A quantity defined for one sample, written at sample i: ``y = \sigma(z)``, then ``y_i``.

Notes define the model's output for one input (``y = \sigma(z)``, ``P(t=1|z) = \sigma(z)``) and then
write the likelihood of n samples with the same letters indexed by the sample: ``\prod_i y_i^{t_i}``,
``P(t_i=1|z_i)``. A reader takes ``y_i`` as the definition at sample i, ``\sigma(z_i)``: every input
of the definition that the notes index there is replaced by its entry i. This module owns that
reading, and keeps it narrow:

* the name's definition is a value (not a function, not a family ``y_c := …``) and resolves to a
  number here, and it is written with one index;
* at least one name in its body is a vector here (written ``z_i``): a definition of numbers only has
  no sample i (``y = 2a`` then ``y_i`` stays an error);
* a conditional written with indexed names, ``P(t_i=1|z_i)``, is the conditional the notes define
  without them, ``P(t=1|z)``, at sample i.

Each use is reported with the step (``y_i read as the notes' y at sample i: …``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp

from verifier.documents.context import Definition
from verifier.documents.infer import names_in
from verifier.documents.values import ResolveError, Value, entry_of, is_matrix
from verifier.latex.probability import written_conditional

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver

__all__ = ["at_sample", "conditional_at_sample"]


def at_sample(resolver: Resolver, d: Definition, index: sp.Basic, env: dict[str, Value], shown: str) -> Value | None:
    """The value of ``d`` (a one-sample definition) at the sample ``index``, or None where the reading
    does not apply (no input of its body is a vector here)."""
    if d.is_function or d.builtin or d.index_params or not d.body:
        return None
    tree = resolver._def_tree(d)
    (k,) = resolver._indices([index], env)
    bound: dict[str, Value] = {}
    for name in sorted(names_in(tree)):
        if name in env:
            continue
        try:
            value = resolver._lookup((name, ()))
        except ResolveError:
            continue
        if value is not None and is_matrix(value) and 1 in value.shape:
            bound[name] = entry_of(value, [k], name)
    if not bound:
        return None
    try:
        out = resolver.value(tree, {**env, **bound})
    except ResolveError:
        return None  # y = \sum_j z_j: z_i is a number, it has no entry j; the step keeps its reason
    if is_matrix(out):
        return None
    inputs = ", ".join(f"{n}_{index}" for n in bound)
    resolver._note(f"{shown}_{index} read as the notes' {shown} at sample {index}: its definition with {inputs}")
    return out


def conditional_at_sample(base: str) -> str | None:
    """``P(t_=1|z_)`` (the parser's name for ``P(t_i=1|z_i)``): the conditional without the sample
    index, ``P(t=1|z)``; None for any other name."""
    if "_" not in base or not written_conditional(base):
        return None
    return base.replace("_", "")
