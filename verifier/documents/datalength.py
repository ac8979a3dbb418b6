r"""A big operator over the notes' data, written with the data's length: ``\prod_{i=1}^{400} \theta^{x_i}``.

Notes that work an example on a data set write its likelihood over the number of observations they
have (``400 independent experiments``, ``\mathbf{x} = (x_1, \ldots, x_{400})``) and never write the
observations out. Entry by entry such a step cannot be checked (the family is inferred at a small
size), yet many of its steps hold whatever the data and whatever their number:
``\log p(\mathbf{x}; \theta) = \log \prod_{i=1}^{400} \theta^{x_i} (1-\theta)^{1-x_i}`` with p defined
by that product. A reader checks them as one checks ``\sum_{i=1}^n``: at a general length. This module
owns that reading:

* it applies to a ``\sum``/``\prod`` from 1 to a written number too large to build, over entries of a
  family the notes never declare (inferred: their data); the bound is read as the family's own length
  (the inferred size, which the check varies), so the step is checked for every length and every
  value of the data, which includes the notes' own;
* every such operator over the same family in one resolution must run over the same written range
  (``\sum_{i=1}^{400} x_i`` against ``\sum_{i=1}^{300} x_i`` is not read so: both would become the same
  sum);
* a step that fails under it may still hold for the notes' data (``= \theta^{117}(1-\theta)^{283}``
  counts the ones among them): :func:`unsure` turns such a FAILED into SKIPPED with the reason.

Each use is reported with the step.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from verifier.documents.context import Key, VarDecl, display_key, is_invented_size
from verifier.documents.infer import MAX_LITERAL_SIZE
from verifier.documents.instances import size_of
from verifier.documents.othersizes import set_by_notes
from verifier.documents.values import ResolveError, is_matrix
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver

__all__ = ["GENERAL_LENGTH", "data_range", "general_length", "unsure"]

GENERAL_LENGTH = "read at a general length"
_ONE_SIDE = " appear(s) on one side only"
_LARGE = re.compile(
    r"\\(?P<what>sum|prod)\s*_\s*\{\s*(?P<var>[A-Za-z])\s*=\s*(?P<lo>\d+)\s*\}\s*\^\s*\{?\s*(?P<hi>\d+)"
)


def general_length(resolver: Resolver, body: sp.Basic, var: sp.Symbol, what: str, a: int, b: int) -> int | None:
    r"""The length to run ``what`` (``\sum``/``\prod``) of ``body`` over instead of ``a..b``: the length of
    the inferred families ``body`` indexes by ``var`` (all one length), or None where the reading does not
    apply."""
    if a != 1:
        return None
    families: dict[Key, int] = {}
    for sub in body.atoms(sp.Indexed):
        if var not in sub.indices:
            continue
        key = (str(sub.base.label), ())
        if (
            len(sub.indices) != 1
            or key not in resolver.scope.inferred
            or not isinstance(resolver.scope.names.get(key), VarDecl)
        ):
            return None  # a declared family, or a matrix: its written range is the user's to say
        value = resolver._lookup(key)
        if value is None or not is_matrix(value) or 1 not in value.shape:
            return None
        families[key] = int(value.shape[0] * value.shape[1])
    if len(set(families.values())) != 1:
        return None
    ranges: dict[Key, tuple[int, int]] = resolver.__dict__.setdefault("_data_ranges", {})
    for key in families:
        if ranges.setdefault(key, (a, b)) != (a, b):
            return None  # two written ranges over one family: not one general length
    shown = ", ".join(display_key(k) for k in sorted(families))
    resolver._note(
        f"the {what} over {var} = {a}..{b} runs over the notes' data {shown}, not written out: {GENERAL_LENGTH} "
        f"(every entry, whatever their number)"
    )
    return next(iter(families.values()))


def unsure(r: StepResult) -> StepResult:
    r"""A FAILED step read at a general length becomes SKIPPED: the notes' own data may make it hold. A step
    already SKIPPED because the data appear on one side only (``= \theta^{117}(1-\theta)^{283}``) says so."""
    if r.verdict is Verdict.SKIPPED and _ONE_SIDE in (r.message or ""):
        written = _LARGE.search(r.lhs_latex) or _LARGE.search(r.rhs_latex)
        if written is not None and int(written["hi"]) - int(written["lo"]) + 1 > MAX_LITERAL_SIZE:
            names = (r.message or "").split(_ONE_SIDE, 1)[0]
            what, var, lo, hi = written["what"], written["var"], int(written["lo"]), int(written["hi"])
            why = (f"the \\{what} over {var} = {lo}..{hi} runs over {hi - lo + 1} entries of {names}, which the notes "
                   "do not write out (data): read at a general length the step does not hold for every value of "
                   "them, and it may use the notes' own")  # fmt: skip
            return replace(r, message="; ".join((why, r.message or "")))
        return r
    if r.verdict is not Verdict.FAILED or GENERAL_LENGTH not in (r.message or ""):
        return r
    why = ("fails for general data read at a general length, but the step may use the values of the notes' data, "
           "which they do not write out: not called FAILED")  # fmt: skip
    return r.skipped(why)


def data_range(
    resolver: Resolver, node: sp.Sum | sp.Product, var: sp.Symbol, lo: sp.Basic, hi: sp.Basic, a: int, b: int
) -> int:
    r"""``\prod_{i=1}^{400} \theta^{x_i}``: a bound written as a number too large to build the inferred
    family it runs over (the notes' data, not written out) is a reason to skip, said as such, not
    an "index 4 is outside 1..3" from the small size the family was built at."""
    if not (isinstance(lo, sp.Integer) and isinstance(hi, sp.Integer)):
        return b
    what = "\\sum" if isinstance(node, sp.Sum) else "\\prod"
    fixed = set_by_notes(resolver.scope)
    for sub in node.function.atoms(sp.Indexed):
        # x \in \mathbb{R}^n and \sum_{i=1}^{2} x_i^2: the written range is not x's (general) length
        # (a size the notes annotate, inferred; a context's declared sizes are the user's to vary)
        decl = resolver.scope.names.get((str(sub.base.label), ()))
        if not isinstance(decl, VarDecl) or decl.dims is None or var not in sub.indices:
            continue
        axes = [d for d in decl.dims if d != 1] if decl.kind != "matrix" else list(decl.dims)
        position = list(sub.indices).index(var)
        if len(axes) != len(sub.indices) or isinstance(axes[position], int):
            continue
        named = size_of(axes[position])
        # … unless the notes set that size ("Take $n = 4$": documents.statedsizes reads the step there)
        if named in resolver.scope.inferred and not is_invented_size(named) and named[0] not in fixed:
            size = display_key(named)
            raise ResolveError(
                f"the {what} over {var} is written from {a} to {b}, but {sub.base.label} has {size} entries "
                f"(a size the notes leave general): the step can hold only for one value of {size}"
            )
    if b - a + 1 <= MAX_LITERAL_SIZE:
        return b
    for sub in node.function.atoms(sp.Indexed):
        key = (str(sub.base.label), ())
        if var in sub.indices and key in resolver.scope.inferred and isinstance(resolver.scope.names.get(key), VarDecl):
            length = general_length(resolver, node.function, var, what, a, b)
            if length is not None:
                return length
            raise ResolveError(
                f"the {what} over {var} = {a}..{b} runs over {b - a + 1} entries of {display_key(key)}, which the "
                f"notes do not write out (data): too many to check entry by entry"
            )
    return b
