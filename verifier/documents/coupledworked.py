r"""Coupled update rules worked from the starts the notes state: momentum's velocity and iterate.

Heavy-ball notes state two rules, each reading the other's family — ``v_{t+1} = \beta v_t + \nabla f(\theta_t)``
and ``\theta_{t+1} = \theta_t - \eta v_{t+1}`` — then "with $\theta_0 = 1$, $v_0 = 0$" work one step by hand:
``\theta_1 = 1 - 0.05 \cdot 2 = 0.9``. :mod:`verifier.documents.recurrence` unfolds one family only, and refuses a
rule whose body writes another recurrence's family (:func:`~verifier.documents.recurrence.coupled`: unfolded
alone, the other's entries would be free values, and ``\partial x_{k+1}/\partial x_k = 1`` was PROVED). So the
worked iterate was SKIPPED "could not be unfolded here", a wrong one too.

For an entry with a number for its index, and every family of the coupled group given a start the prose states
(:func:`~verifier.documents.recurrencestart.stated_start`), both rules can be unfolded together down to those
starts: ``\theta_1`` is ``\theta_0 - \eta(\beta v_0 + \nabla f(\theta_0))``, no entry left free but the starts,
whose stated values (with η's and β's: :func:`~verifier.documents.recurrencestart.recurrence_inputs` follows the
group) are the step's hypotheses. This module gives that reading; anything else — a symbolic index, a derivative
by an entry, an entry below a start, a family of the group with no stated start — is refused (None), as before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import sympy as sp

from verifier.documents.recurrence import MAX_DEPTH, UNFOLDED, Recurrence, Unfolding
from verifier.documents.recurrencestart import stated_start
from verifier.latex.vocabulary import GRAD

__all__ = ["coupled_group", "worked_jointly"]


def coupled_group(name: str, recs: Mapping[str, Recurrence]) -> set[str] | None:
    """``name`` and every family whose entries the bodies of the group's rules write, transitively; None where
    such a family has no rule in ``recs`` (another quantity, or a rule the notes give a rival for)."""
    group, todo = {name}, [name]
    while todo:
        rec = recs.get(todo.pop())
        if rec is None:
            return None
        for a in rec.body.atoms(sp.Indexed):
            other = str(a.base.label)
            if other not in group:
                group.add(other)
                todo.append(other)
    return group


def _numbered(trees: Sequence[sp.Basic], group: set[str]) -> list[int] | None:
    """The indices at which ``trees`` write the group's families, where each is a number and no derivative is by
    such an entry; None otherwise."""
    out: list[int] = []
    for t in trees:
        for a in t.atoms(sp.Indexed):
            if str(a.base.label) not in group:
                continue
            if len(a.indices) != 1 or not isinstance(a.indices[0], sp.Integer):
                return None
            out.append(int(a.indices[0]))
        for d in t.atoms(sp.Derivative):
            if any(isinstance(v, sp.Indexed) and str(v.base.label) in group for v, _ in d.variable_count):
                return None
    return out


def _unfold(tree: sp.Basic, recs: Mapping[str, Recurrence], starts: Mapping[str, int]) -> sp.Basic | None:
    """``tree`` with every entry of the group above its family's start replaced by its rule's body at that index,
    again in what that brings in; None where an entry below a start (or at no number) is left."""
    for _ in range(MAX_DEPTH * len(starts) + 1):
        reps: dict[sp.Basic, sp.Basic] = {}
        for a in tree.atoms(sp.Indexed):
            name = str(a.base.label)
            if name not in starts:
                continue
            if len(a.indices) != 1 or not isinstance(a.indices[0], sp.Integer) or int(a.indices[0]) < starts[name]:
                return None
            if int(a.indices[0]) > starts[name]:
                rec = recs[name]
                reps[a] = rec.body.xreplace({rec.param: a.indices[0] - rec.shift})
        if not reps:
            return tree
        tree = _replace(tree, reps)
    return None


def _replace(tree: sp.Basic, reps: Mapping[sp.Basic, sp.Basic]) -> sp.Basic:
    """``tree.xreplace(reps)``, except that a derivative by a replaced entry (``\\nabla f(\\theta_1)`` of a body)
    becomes the derivative evaluated at the replacement: its variable stays a variable."""
    if isinstance(tree, sp.Derivative) and len(tree.variable_count) == 1 and tree.variable_count[0][0] in reps:
        (v, n), at = tree.variable_count[0], sp.Dummy("at")
        return sp.Subs(sp.Derivative(tree.expr.xreplace({v: at}), (at, n)), at, _replace(reps[v], reps))
    if tree.func == GRAD and len(tree.args) == 2 and tree.args[1] in reps:  # \nabla f(\theta_1), an entry: a scalar
        (expr, v), at = tree.args, sp.Dummy("at")
        return sp.Subs(sp.Derivative(expr.xreplace({v: at}), at), at, _replace(reps[v], reps))
    if tree in reps:
        return reps[tree]
    if not tree.args or tree.is_Atom:
        return tree
    args = [_replace(a, reps) for a in tree.args]
    return tree.func(*args) if args != list(tree.args) else tree


def worked_jointly(name: str, recs: Mapping[str, Recurrence], trees: Sequence[sp.Basic], text: str, line: int,
                   parse: Callable[[str], sp.Basic]) -> Unfolding | None:  # fmt: skip
    """The reading of a chain at ``line`` (members ``trees``) that writes the family ``name``, whose rule in
    ``recs`` (the rules in force before the line) is coupled to others, with the whole group unfolded down to the
    starts the prose of ``text`` states (module docstring); None where it is refused."""
    group = coupled_group(name, recs)
    if group is None or len(group) < 2:
        return None
    written = _numbered(trees, group)
    if not written:
        return None
    starts: dict[str, int] = {}
    for family in sorted(group):
        start = stated_start(text, line, family, sp.Integer(max(written)), MAX_DEPTH, parse)
        if start is None:
            return None
        starts[family] = start[0]
    opened = [_unfold(t, recs, starts) for t in trees]
    if any(t is None for t in opened):
        return None
    # named first: the family the chain writes (a failure is the notes' where the step writes it: recurrence)
    lead = (
        name
        if any(str(a.base.label) == name for t in trees for a in t.atoms(sp.Indexed))
        else min(str(a.base.label) for t in trees for a in t.atoms(sp.Indexed) if str(a.base.label) in group)
    )
    others = ", ".join(f"{f} {UNFOLDED} (line {recs[f].line}: {recs[f].text}) from {f}_{starts[f]}"
                       for f in sorted(group - {lead}))  # fmt: skip
    note = f"{recs[lead].note} from {lead}_{starts[lead]}, with {others} (the starts the notes state)"

    def rewrite(tree: sp.Basic) -> sp.Basic:
        out = _unfold(tree, recs, starts)
        return tree if out is None else out

    return Unfolding(note, rewrite, lambda sc: sc)
