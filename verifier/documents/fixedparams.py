r"""A probability written with and without the parameters the prose holds fixed: ``P(t|z,\theta)``, ``P(t|z)``.

Notes on maximum likelihood condition the probability of the labels on the inputs and on the model's
parameters, ``\mathcal{L}(\theta|t,z) = P(t|z,\theta)``, and then drop the parameters because they are
held fixed: "which can be written as $P(t|z)$ for fixed $\theta$", "the probability $P(t|z) = y$ is
fixed for a given $\theta$". The notes then define ``P(t|z)`` (a product over the samples) and go on
with ``\log \mathcal{L}(\theta|t,z) = \log \prod_i y_i^{t_i} \ldots``. Read literally, ``P(t|z,\theta)``
is an opaque quantity nobody defines (:mod:`verifier.latex.probability`), so the likelihood was
unknown and every step about it SKIPPED, though a reader follows the notes without effort.

This module owns that reading and only it:

* :func:`fixed_parameters`: the names the prose says are held *fixed* ("for fixed $\theta$",
  "fixed for a given $\theta$", "$\theta$ is fixed", "with $\theta$ held fixed"; "for a given $x$"
  alone is not enough: it often names the input a probability is conditioned on);
* :func:`dropped_aliases`: for each conditional the notes write with such a parameter after the bar
  (``P(t|z,\theta)``, ``p(y|x;\theta)``), and the same conditional without it that the notes define,
  the definition that reads the first as the second. The dropped names must be the last ones after
  the bar (where parameters are written), at least one conditioning name must remain (the
  prose holding θ fixed says nothing about ``P(t|\theta)`` against ``P(t)``), the head and what stands
  before the bar must be the same, and a name the notes or a context define is never re-read.

:func:`names_a_quantity` is the other half: ``\mathcal{L}(\theta|t,z) = P(t|z,\theta)`` in the prose
names the likelihood, though its right side is a bare name (``i = j`` or ``y = t`` between two plain
names is a case or a condition, never a definition; between two conditionals the notes name, it is).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any, NamedTuple

import sympy as sp

from verifier.documents.context import ContextError, Definition, Key, parse_definition
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["DroppedAlias", "by_a_fixed_parameter", "dropped_aliases", "fixed_parameters", "names_a_quantity",
           "written_conditionals"]

_MATH = r"\$([^$]{1,40})\$"
# each phrase on its own (one match must not hide another: "$P(t|z) = y$ is fixed for a given $\theta$")
_FIXED = (
    re.compile(r"(?:for\s+(?:a\s+|the\s+)?fixed|fixed\s+for\s+(?:a\s+|the\s+)?given)\s+(?:parameters?\s+)?" + _MATH),
    re.compile(_MATH + r"\s+(?:is|are|being)\s+(?:held\s+|kept\s+)?fixed"),
    re.compile(r"(?:with|holding|keeping)\s+" + _MATH + r"\s+(?:held\s+|kept\s+)?fixed"),
)
# a conditional the notes write: a head (a letter or \mathcal{P}) and parentheses holding a bar
_CONDITIONAL = re.compile(
    r"(?<![\\A-Za-z])((?:\\mathcal\s*\{\s*[A-Za-z]\s*\}|\\mathbb\s*\{\s*[A-Z]\s*\}|[A-Za-z])\s*"
    r"(?:\\left\s*)?\((?:[^()$]|\([^()$]*\))*?(?:\||\\mid)(?:[^()$]|\([^()$]*\))*?(?:\\right\s*)?\))"
)


def names_a_quantity(left: sp.Basic, right: sp.Basic) -> bool:
    """Is ``left = right`` between two plain names a definition: both are conditionals the notes name
    (the parser's opaque quantities, whose names keep the bar)?"""
    return all(isinstance(x, sp.Symbol) and "|" in x.name for x in (left, right))


def fixed_parameters(text: str, parse: Callable[[str], sp.Basic]) -> set[str]:
    """The names the prose says are held fixed (as the parser names them: ``theta``)."""
    out: set[str] = set()
    for m in (m for pattern in _FIXED for m in pattern.finditer(text)):
        latex = m.group(1)
        for part in latex.split(","):
            try:
                tree = parse(part.strip())
            except LatexError:
                continue
            if isinstance(tree, sp.Symbol):
                out.add(tree.name)
    return out


def written_conditionals(text: str, parse: Callable[[str], sp.Basic]) -> dict[str, tuple[str, int]]:
    """The conditionals ``text`` writes, by the parser's name (``P(t|z,theta)``; an indexed one as
    ``p(y_|X;w)[i]``), each with its first LaTeX and where it is."""
    out: dict[str, tuple[str, int]] = {}
    for m in _CONDITIONAL.finditer(text):
        try:
            tree = parse(m.group(1))
        except LatexError:
            continue
        if isinstance(tree, sp.Symbol) and "|" in tree.name:
            out.setdefault(tree.name, (m.group(1), m.start()))
        elif isinstance(tree, sp.Indexed) and "|" in str(tree.base.label) and len(tree.indices) == 1:
            out.setdefault(f"{tree.base.label}[{tree.indices[0]}]", (m.group(1), m.start()))
    return out


def _without(name: str, fixed: set[str]) -> str | None:
    """``P(t|z,theta)`` without the fixed names after its bar (``P(t|z)``), or None when none is
    there or no conditioning name would remain."""
    head, bar, rest = name.partition("|")
    if not bar or not rest.endswith(")"):
        return None
    given = [g.strip() for g in re.split(r"[,;]", rest[:-1])]
    kept = [g for g in given if g not in fixed]
    if len(kept) == len(given) or not kept or given[: len(kept)] != kept:
        return None  # nothing dropped, nothing left, or a fixed name before a kept one: not a trailing parameter
    return f"{head}|{','.join(kept)})"


class DroppedAlias(NamedTuple):
    """A conditional written with fixed parameters read as the one the notes define without them."""

    definition: Definition  # at the line of the definition it reads through
    note: str  # the reading, as a step that uses it reports it
    held: tuple[str, ...]  # the parameters the prose holds fixed and the notation drops


def dropped_aliases(
    text: str,
    definitions: Iterable[Definition],
    known: Callable[[Key], bool],
    parse: Callable[[str], sp.Basic],
) -> list[DroppedAlias]:
    """The definitions reading each conditional written with fixed parameters as the one the notes define
    without them (see the module docstring)."""
    fixed = fixed_parameters(text, parse)
    if not fixed:
        return []
    defined = {d.key[0]: d for d in definitions if not d.key[1] and "|" in d.key[0]}
    if not defined:
        return []
    written = {name: latex for name, (latex, _) in written_conditionals(text, parse).items()}
    out: list[DroppedAlias] = []
    for name, latex in written.items():
        target = _without(name, fixed)
        if target is None or target not in defined or name in defined or known((name, ())):
            continue
        if target not in written:
            continue
        try:
            d = parse_definition(latex, written[target], defined[target].line)
        except ContextError:
            continue
        gone = sorted(set(name.partition("|")[2][:-1].replace(";", ",").split(",")) & fixed)
        out.append(DroppedAlias(d, f"{name} read as the notes' {target} (line {defined[target].line}): the prose "
                                   f"holds {', '.join(gone)} fixed", tuple(gone)))
    return out


def by_a_fixed_parameter(doc: Any, chain: Any, scope: Any, steps: list[StepResult]) -> list[StepResult]:
    r"""``steps`` with each green step SKIPPED that differentiates by a parameter the prose holds fixed,
    where the chain reaches a conditional read without it: read as the notes' ``P(t|z)``,
    ``P(t|z,\theta)`` does not depend on θ at all, so ``\frac{\partial}{\partial\theta}\log
    P(t|z,\theta) = 0`` held. Holding θ fixed is how the notes drop it from the notation; it says
    nothing of how the probability changes with θ. Where the notes' definition reaches θ itself
    (``P(t|z) = \sigma(\theta z)^t …``), its derivative by θ is the notes' own. ``doc``: the document being checked (its
    ``held_fixed``, ``_reach``)."""
    held: dict[str, set[str]] = doc.held_fixed
    if not held or not any(r.verdict.ok for r in steps):
        return steps
    from verifier.documents.infer import names_in
    from verifier.documents.members import member_trees

    trees = {i: list(member_trees(m.parsed)) for i, m in enumerate(chain.members) if m.parsed is not None}
    reached = doc._reach({n for ts in trees.values() for t in ts for n in names_in(t)}, scope)
    # a parameter the notes' own definition still writes (P(t|z) = σ(θz)^t …) is no dropped one
    fixed = set().union(*(held[name] - doc._reach({name}, scope) for name in held if name in reached))
    if not fixed:
        return steps
    out = list(steps)
    for k, (st, r) in enumerate(zip(chain.steps, steps, strict=True)):
        by = {str(v) for i in (st.left, st.right) for t in trees.get(i, ()) for d in t.atoms(sp.Derivative)
              for v, _ in d.variable_count} & fixed  # fmt: skip
        if r.verdict.ok and by:
            why = (f"differentiates by {', '.join(sorted(by))}, which the prose holds fixed where it writes a "
                   "probability without it: read so, the probability would not depend on it")
            out[k] = replace(r, verdict=Verdict.SKIPPED, message="; ".join(x for x in (why, r.message) if x))
    return out
