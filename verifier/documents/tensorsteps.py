r"""A step read through its parts where a member is a tensor with no matrix layout: the checker's side.

``∂L/∂W = ∂L/∂z ∂z/∂W`` with ``∂z/∂W`` a third-order tensor resolves in no matrix layout; the parts whose
agreement decides the step (:mod:`verifier.documents.tensorparts` finds them in the trees) are resolved here
with the step's resolver, in the chain's layout or the others, or the tensor is contracted with the vector
before it. A mixin of :class:`verifier.documents.steps._Checker` (it uses the checker's chain and its
``tensor_steps``: the steps read so, whose refutations the parts' reading does not make FAILED).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sympy as sp

from verifier.documents.resolve import ResolveError, Resolver, shape_of_value
from verifier.documents.tensorparts import NO_LAYOUT, chain_rule_parts, common_parts, contracted, parts_in_a_layout

if TYPE_CHECKING:
    from verifier.documents.members import _Step
    from verifier.documents.values import Value

__all__: list[str] = []


class _TensorSteps:
    """The parts of a step through a tensor, resolved (a mixin of the step checker)."""

    chain: Any
    tensor_steps: dict[int, str]

    def _tensor_parts(
        self, s: _Step, resolver: Resolver, bad: list[tuple[int, Exception]]
    ) -> tuple[Value, Value, str] | None:
        """Both members unreadable as a derivative with no matrix layout: the parts whose agreement
        decides the step (documents.tensorparts), resolved, with the reading; else None."""
        if not all(any(w in str(exc) for w in NO_LAYOUT) for _, exc in bad):
            return None
        left, right = (self.chain.members[i].parsed for i in (s.left, s.right))
        if left is None or right is None:
            return None
        found = common_parts(left.tree, right.tree)
        if found is None:
            return self._contracted(s, resolver, bad)
        # parts of different shapes in every layout decide nothing (only values are compared, never FAILED)
        def read(layout: str, part: sp.Basic) -> Value:
            return self._in_layout(resolver, layout, part)

        read_parts = parts_in_a_layout(found[:2], self._part_layouts(resolver), read, shape_of_value, (ResolveError,))
        if read_parts is None:
            return None
        note = f"{found[2]}, in the {read_parts[2]}" if read_parts[2] else found[2]
        self.tensor_steps[s.index] = note
        return read_parts[0], read_parts[1], note  # type: ignore[return-value]

    def _part_layouts(self, resolver: Resolver) -> tuple[str, ...]:
        """The layouts the parts of a step through a tensor are read in (documents.tensorparts): the
        chain's, then, where the notes declare none, the two others (a chain rule's order names its
        layout); a chain that writes ∇ keeps its own (documents.gradientlayout)."""
        if "layout" in resolver.scope.conventions or any("\\nabla" in m.latex for m in self.chain.members):
            return (resolver.layout,)
        return (resolver.layout, *(x for x in ("numerator", "denominator") if x != resolver.layout))

    @staticmethod
    def _in_layout(resolver: Resolver, layout: str, part: sp.Basic) -> Value:
        """``part`` resolved as ``resolver`` does, in derivative ``layout``."""
        if layout == resolver.layout:
            return resolver.member(part)
        scope = resolver.scope.copy()
        scope.conventions["layout"] = layout
        other = Resolver(scope, resolver.instance, resolver.indices, parse=resolver.parse,
                         placeholders=resolver.placeholders)  # fmt: skip
        try:
            return other.member(part)
        finally:  # the sizes it read decide the instances as the first resolver's do
            resolver.sizes_used |= other.sizes_used

    def _contracted(
        self, s: _Step, resolver: Resolver, bad: list[tuple[int, Exception]]
    ) -> tuple[Value, Value, str] | None:
        """``∂J/∂w = ∂J/∂θ ∂θ/∂w`` with the tensor ∂θ/∂w: the right member contracted over θ's entries
        (documents.tensorparts.contracted), with the left member's value; else None."""
        if len(bad) != 1:
            return None
        one = s.right if bad[0][0] == s.left else s.left
        other = bad[0][0]
        trees = [self.chain.members[i].parsed for i in (one, other)]
        if trees[0] is None or trees[1] is None:
            return None
        found = chain_rule_parts(trees[0].tree, trees[1].tree)
        if found is None:
            return None
        theta, w, g = found
        try:
            single = resolver.member(trees[0].tree)
            theta_v, w_v = resolver.member(theta), resolver.member(w)
        except ResolveError:
            return None
        for layout in self._part_layouts(resolver):  # the vector before the tensor, where its product conforms
            try:
                g_v = self._in_layout(resolver, layout, g)
            except ResolveError:
                continue
            value = contracted(g_v, theta_v, w_v)
            if value is None or shape_of_value(single) != tuple(value.shape):
                return None
            note = (f"the chain rule through the tensor {sp.Derivative(theta, w)} read as its contraction with "
                    f"{g} over the entries of {theta}")  # fmt: skip
            self.tensor_steps[s.index] = note
            return (single, value, note) if one == s.left else (value, single, note)
        return None
