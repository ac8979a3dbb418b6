r"""A chain's one equation that follows from the equation before it (``… \Leftrightarrow``): the link's reading.

Notes solve as they go: ``\frac{\partial J}{\partial w} = 0 \Leftrightarrow X^TXw - X^Ty = 0
\Leftrightarrow w = (X^TX)^{-1}X^Ty``. Each later equation is checked as following from the one before
it (documents.equivalent: a nonzero multiple, members moved across), read with the step's resolver;
where literally the equation before is ``0 = 0`` (a gradient through a defined model), both are read
again with direct partials; a solved form ``v = M^{-1}q`` is read as ``Mv = q`` (documents.solvedform); a value
``x = c`` is put back into the equation before it (documents.solvedvalues).
A mixin of :class:`verifier.documents.steps._Checker` (it uses the checker's chain and document).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import sympy as sp

from verifier.catalog import explicit
from verifier.documents.context import Definition, VarDecl, display_key, key_of
from verifier.documents.equivalent import equivalent, nonzero_somewhere
from verifier.documents.extremumkind import kind_verdict, stated_kind
from verifier.documents.generic import DIRECT, PARTIALS
from verifier.documents.instances import instantiate
from verifier.documents.resolve import DimensionError, ResolveError, Resolver
from verifier.documents.solvedform import NOTE as SOLVED_NOTE
from verifier.documents.solvedform import cleared, invertible, square
from verifier.documents.solvedsystem import reduced
from verifier.documents.solvedvalues import solution_check, stated_sign
from verifier.documents.values import substitute
from verifier.documents.writtendivisors import excluded_root
from verifier.latex import LatexError
from verifier.results import Verdict

if TYPE_CHECKING:
    from verifier.documents.members import _Step
    from verifier.documents.values import Value

__all__ = ["DIRECT_READING"]

# the backprop reading of a ⇔ link (_Links._follows; doubts.py reports a step under it alike)
DIRECT_READING = "read with direct partials of the defined quantities (the others in the definition held fixed)"


#: how proseconditions._where cites a hypothesis of the prose after the display ("'where $y = wx$' at line 7")
_WHERE_ORIGIN = "'where $"

#: the marks that name a solution for a letter: \hat p (``phat``), p^* (``pstar``)
_MARKS = ("hat", "star")


class _Links:
    """The ⇔ link of a chain to the equation before it (a mixin of the step checker)."""

    chain: Any
    doc: Any
    scope: Any

    def _follows(
        self, resolver: Resolver, a: Value, b: Value, now: tuple[sp.Basic, sp.Basic] | None = None
    ) -> str | None:
        r"""Why the chain's one equation ``a = b`` follows from the equation before it, or None
        (documents.equivalent): that equation's members are read with this instance's resolver.

        Where that fails and the two equations differentiate a defined quantity by a name its
        definition also reaches through another defined name (``\partial L/\partial w = 0`` with the
        model ``y := Xw + ε`` inside L), both are read again with direct partials, the reading a
        step of the chain already gets (generic.direct_partials_scope): literally such a gradient is
        identically 0, and "follows from 0 = 0" is no evidence. ``now``: the trees of ``a``, ``b``
        (default: the step's members)."""
        assert self.chain.after is not None
        left, right, line = self.chain.after
        nc = self.doc.ctx.noncommutative(self.scope)
        errors = (LatexError, ResolveError, DimensionError, TypeError, ValueError, AttributeError)
        try:
            before = tuple(self.doc.parse(x, None, nc) for x in (left, right))
        except LatexError:
            return None
        try:
            a0, b0 = (resolver.member(t) for t in before)
            why = equivalent((explicit(a), explicit(b)), (explicit(a0), explicit(b0)), line)
            if why is None:  # "⇒ φ = m_1/m, using that $m = m_0 + m_1$": under the prose's hypothesis (asis69)
                why = self._follows_where(resolver, (a, b), (a0, b0), line)
        except errors:
            why = None  # literally the equation before may not resolve (∂ of a function through y := Xw + ε)
        if why is not None:
            return why
        if now is None:
            trees = [m.parsed.tree if m.parsed is not None else None for m in self.chain.members]
            if len(trees) != 2 or trees[0] is None or trees[1] is None:
                return None
            now = (trees[0], trees[1])
        if resolver.scope.conventions.get(PARTIALS) == DIRECT:
            return None
        direct = resolver.scope.copy()  # generic.direct_partials_scope, also for a function L(X, y, w)
        direct.conventions[PARTIALS] = DIRECT
        other = Resolver(direct, resolver.instance, resolver.indices, parse=resolver.parse,
                         placeholders=resolver.placeholders)  # fmt: skip
        try:
            a0, b0, a1, b1 = (other.member(t) for t in (*before, *now))
            why = equivalent((explicit(a1), explicit(b1)), (explicit(a0), explicit(b0)), line)
        except errors:
            return None
        finally:  # the sizes it read decide the instances as the first resolver's do
            resolver.sizes_used |= other.sizes_used
        return None if why is None else f"{DIRECT_READING}: {why}"

    def _follows_where(
        self, resolver: Resolver, now: tuple[Value, Value], before: tuple[Value, Value], line: int
    ) -> str | None:
        r"""Why ``now`` follows from ``before`` under the hypotheses the prose after the display states ("$$a_1 =
        r(a_0 + a_1) \Rightarrow r = \frac{a_1}{N},$$ where (using that) $N = a_0 + a_1$"), or None. Only the
        prose's own "where" equations, each naming a quantity by a formula (a number is a special case, not what
        the name is for every solution): the equations are read with them eliminated, as the steps are
        (documents.hypotheses), and the reading says so."""
        hypotheses = self.chain.hypotheses
        if not hypotheses or not all(where.startswith(_WHERE_ORIGIN) for _, where in hypotheses):
            return None
        mapping, said = self._hypotheses(resolver)  # type: ignore[attr-defined]  # (oneinstance)
        if not mapping or any(v.is_number for v in mapping.values()):
            return None
        a, b, a0, b0 = (substitute(explicit(v), mapping) for v in (*now, *before))
        why = equivalent((a, b), (a0, b0), line)
        return None if why is None else f"{said}: {why}"

    def _defined_unknown(self, resolver: Resolver, s: _Step) -> bool:
        r"""Is the step's left member a lone name defined where it stands (the notes' earlier definition, a
        context's ``\hat{w} := …``)? Read by it, the equation before and this one lose their unknown:
        ``λ(XᵀX)⁻¹Xᵀy = 0`` and ``2λ(XᵀX)⁻¹Xᵀy = 0`` are multiples of each other whatever the solution
        gets wrong, and "follows from it" is no evidence; the step is a claim about the defined name."""
        parsed = self.chain.members[s.left].parsed
        key = key_of(parsed.tree) if parsed is not None else None
        return key is not None and isinstance(resolver.scope.names.get(key), Definition)

    def _solved_again(self, resolver: Resolver, s: _Step) -> tuple[Resolver, Value, Value] | None:
        r"""A resolver that reads the step's left member, a scalar name the notes defined before (an earlier
        solution: "Setting this to zero gives $\phi = \frac{a}{a+b}$"), as the unknown of the equation before the
        link, with the step's two sides read by it; or None. Only where that definition does not solve the
        equation before (its residual is not 0 as a function): the notes cannot mean it there, they solve for
        the name anew (Laplace smoothing's ``\frac{a+1}{\phi} - \frac{b+1}{1-\phi} = 0 \Rightarrow \phi = …``).
        A definition that solves it keeps the link a claim about the defined name (:meth:`_defined_unknown`)."""
        assert self.chain.after is not None
        parsed = [self.chain.members[i].parsed for i in (s.left, s.right)]
        if parsed[0] is None or parsed[1] is None or not isinstance(parsed[0].tree, sp.Symbol):
            return None
        key = key_of(parsed[0].tree)
        if key is None or key[1] or not isinstance(resolver.scope.names.get(key), Definition):
            return None
        left, right, _ = self.chain.after
        errors = (LatexError, ResolveError, DimensionError, TypeError, ValueError, AttributeError)
        try:
            before = [self.doc.parse(x, None, self.doc.ctx.noncommutative(self.scope)) for x in (left, right)]
            residual = explicit(resolver.member(before[0])) - explicit(resolver.member(before[1]))
        except errors:
            return None
        if not isinstance(residual, sp.Expr) or isinstance(residual, sp.MatrixBase) or \
                not nonzero_somewhere(residual):  # fmt: skip
            return None
        unknown = resolver.scope.copy()
        unknown.names[key] = VarDecl(key, "scalar")
        alone = resolver.scope.copy()
        alone.names = {key: unknown.names[key]}
        added = instantiate(alone, resolver.instance.sizes)  # the name's own real variable, beside the instance's
        if any(v.name in {w.name for w in resolver.instance.variables.values()} for v in added.variables.values()):
            return None  # its mangled name taken (no such name is declared where it is defined)
        instance = replace(resolver.instance, variables={**resolver.instance.variables, **added.variables},
                           symbols=resolver.instance.symbols | added.symbols)  # fmt: skip
        other = Resolver(unknown, instance, resolver.indices, parse=resolver.parse,
                         placeholders=resolver.placeholders)  # fmt: skip
        try:
            a, b = other.member(parsed[0].tree), other.member(parsed[1].tree)
        except errors:
            return None
        return other, a, b

    def _solved(self, resolver: Resolver, s: _Step) -> tuple[str | None, bool]:
        """Why the chain's one equation, a solved form ``v = M^{-1} q``, follows from the equation
        before it read as ``M v = q`` (documents.solvedform), or None; and whether ``M`` is a square
        matrix that is singular at this instance (then the inverse the notes write does not exist, and
        the reading says nothing there)."""
        parsed = [self.chain.members[i].parsed for i in (s.left, s.right)]
        if parsed[0] is None or parsed[1] is None:
            return None, False
        found = cleared(parsed[0].tree, parsed[1].tree)
        if found is None:
            return None, False
        mv, q, matrix = found
        try:
            m = resolver.member(matrix)
            if not square(m):
                return None, False
            if not invertible(m):  # x xᵀ: writing its inverse presumes what does not hold
                return None, True
            a, b = resolver.member(mv), resolver.member(q)
        except (ResolveError, DimensionError, TypeError, ValueError, AttributeError):
            return None, False
        why = self._follows(resolver, a, b, (mv, q))
        return (None if why is None else f"{SOLVED_NOTE}; {why}"), False

    def _marked(self, resolver: Resolver, s: _Step) -> str | None:
        r"""Why the chain's one equation, a solution named with the estimate's mark (``\hat p = \frac{k}{n}``,
        ``p^* = …``), follows from the equation before it in the unmarked letter (``\frac{k}{p} - \frac{n-k}{1-p}
        = 0``), read with that letter for the marked name; or None. Only where the equation before writes the letter
        and not the marked name (``\hat p - 2p = 0``: there \hat p is another quantity)."""
        assert self.chain.after is not None
        parsed = [self.chain.members[i].parsed for i in (s.left, s.right)]
        if parsed[0] is None or parsed[1] is None or not isinstance(parsed[0].tree, sp.Symbol):
            return None
        name = parsed[0].tree.name
        letter = next((name.removesuffix(m) for m in _MARKS if name.endswith(m) and len(name) > len(m)), None)
        left, right, _ = self.chain.after
        try:
            before = [self.doc.parse(x, None, self.doc.ctx.noncommutative(self.scope)) for x in (left, right)]
        except LatexError:
            return None
        names = {sym.name: sym for t in before for sym in t.free_symbols if isinstance(sym, sp.Symbol)}
        if letter is None or letter not in names or name in names:
            return None
        try:
            a, b = resolver.member(names[letter]), resolver.member(parsed[1].tree)
        except (ResolveError, DimensionError, TypeError, ValueError, AttributeError):
            return None
        why = self._follows(resolver, a, b, (names[letter], parsed[1].tree))
        shown = self.chain.members[s.left].latex.strip()
        return None if why is None else f"{shown} read as the solution for {display_key((letter, ()))}: {why}"

    def _excluded_root(self, s: _Step) -> str | None:
        r"""Why the chain's one equation ``t = 0`` is no solution of the equation before it as written (a divisor
        of it is 0 there: ``\frac{t^2}{t} = 0``, documents.writtendivisors), or None."""
        assert self.chain.after is not None

        def parse(src: str) -> sp.Basic:
            return self.doc.parse(src, None, frozenset())

        try:
            name, value = (parse(self.chain.members[i].latex) for i in (s.left, s.right))
        except LatexError:
            return None
        return excluded_root(name, value, self.chain.after[:2], parse)

    def _sign_after(self, s: _Step) -> tuple[bool, bool] | None:
        """The sign the prose gives the solved name right after the inline value ("so $w = 2$ since $w > 0$"), or
        None (documents.solvedvalues.stated_sign)."""
        member = self.chain.members[s.right]
        if not self.chain.inline or not 1 <= member.line <= len(self.doc.lines):
            return None
        name = self.chain.members[s.left].latex
        m = re.search(re.escape(name.strip()) + r"\s*=\s*" + re.escape(member.latex.strip()) + r"\s*\$",
                      self.doc.lines[member.line - 1])  # fmt: skip
        return stated_sign(self.doc.lines[member.line - 1][m.end() :], name) if m else None

    def _substituted(self, resolver: Resolver, s: _Step, a: Value, b: Value) -> tuple[Verdict, str] | None:
        """The chain's one equation ``a = b``, a name set to a number (``x = 2``), put back into the equation
        before it read with this instance's resolver (documents.solvedvalues), or None."""
        assert self.chain.after is not None
        left, right, line = self.chain.after
        try:
            before = [resolver.member(self.doc.parse(x, None, self.doc.ctx.noncommutative(self.scope)))
                      for x in (left, right)]  # fmt: skip
            if self.chain.system:  # "Solving $A$ and $B$ gives …": the equations solved together (solvedsystem)
                others = [tuple(explicit(resolver.member(self.doc.parse(x, None, self.doc.ctx.noncommutative(
                    self.scope)))) for x in pair) for pair in self.chain.system]  # fmt: skip
                if (f := reduced(explicit(before[0]), explicit(before[1]), others, explicit(a))) is None:
                    return None
                before = [f, sp.Integer(0)]
            got = solution_check(explicit(a), explicit(b), explicit(before[0]), explicit(before[1]),
                                 self.chain.members[s.right].latex, line, self._sign_after(s))  # fmt: skip
        except (LatexError, ResolveError, DimensionError, TypeError, ValueError, AttributeError):
            return None
        if got is None or got[0] is Verdict.FAILED:
            return got
        return self._extremum_kind(resolver, s, explicit(a), explicit(b)) or got

    def _extremum_kind(self, resolver: Resolver, s: _Step, name: Any, value: Any) -> tuple[Verdict, str] | None:
        """"so the minimum is at $w = -1$" where every function of the notes stationary there has a maximum
        (documents.extremumkind), or None."""
        lines = self.doc.lines
        line = self.chain.members[s.left].line
        if not isinstance(name, sp.Symbol) or not 0 < line <= len(lines) or (kind := stated_kind(
                lines[line - 1], self.chain.members[s.left].latex, self.chain.members[s.right].latex)) is None:
            return None  # fmt: skip
        functions = []
        for key, d in resolver.scope.names.items():
            # f(w) = …, and R = 5 - (w - 1)^2: a name defined by a formula of that one name is a function of it
            # too, so a helper's minimum cannot vouch for R's maximum (redteam44)
            plain = isinstance(d, Definition) and not d.is_function and not d.params and not d.index_params
            if not (isinstance(d, Definition) and (plain or (d.is_function and len(d.params) == 1))
                    and not key[1] and d.body):  # fmt: skip
                continue
            try:
                body = explicit(resolver.member(self.doc.parse(d.body, None, frozenset())))
            except (LatexError, ResolveError, DimensionError, TypeError, ValueError, AttributeError):
                continue
            if isinstance(body, sp.Expr):
                functions.append((key[0], body if plain else body.xreplace(
                    {x: name for x in body.free_symbols if isinstance(x, sp.Symbol) and x.name == d.params[0]})))
        return kind_verdict(kind, name, value, functions)
