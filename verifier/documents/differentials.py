r"""Differentials written as such (``df = 2\mathbf{r}^T d\mathbf{r}``): read as directional derivatives.

Matrix-calculus notes compute with differentials (Magnus–Neudecker, the Matrix Cookbook):
``d(fg) = g\,df + f\,dg``, ``d(X^{-1}) = -X^{-1}(dX)X^{-1}``, ``d\operatorname{tr}(AX) =
\operatorname{tr}(A\,dX)``. The grammar reads a ``d`` before a name as an undeclared scalar times that
name; under that reading a correct step can fail and a wrong one hold (``d(fg) = g\,df`` is true of
products, false of differentials). This module owns the differential reading of such a step:

* what a differential is (:func:`differential_in`, :func:`split_differentials`): ``d`` (or
  ``\mathrm{d}``) right before a name (``dX``, ``d\mathbf{x}``, ``dX^T``), a bracket (``d(fg)``), a norm
  (``d\|\mathbf{x}\|^2``) or a function applied (``d\operatorname{tr}(AXB)``, ``d\log\det X``), also in a
  numerator (``\frac{dz}{z}``); never inside ``\frac{d}{dx}``, a slashed ``dy/dx``, ``d_k``,
  ``\mathbb{R}^d``, ``|d|``, nor in a chain that writes an integral;
* when ``d`` is one (:func:`read_differentials`): both members of the step write one, and neither the
  notes nor their context give ``d`` a meaning (a declared or evidenced ``d``, or prose writing ``$d$``,
  ``\mathbb{R}^d``, ``n \times d``, ``d = 10``, keeps the product reading); an inline formula of the
  prose that writes them on both sides is a claim (:func:`differential_claim`, read by the reader);
* what it means: the directional derivative ``dF = \sum_v \partial F/\partial v\, h_v`` over the
  varying variables v of the differentiated expressions (definitions read through), each ``h_v`` a fresh
  real symbol (a matrix of them for a matrix): the step becomes an identity in the variables and the
  directions, checked by the engine as every step is. Every variable the step reaches varies, those
  reached only through the notes' definitions too (``f = x^2 z`` with only ``dx`` written still has a
  ``dz``: ``df = 2xz\,dx`` dropped a term unless z is constant). A step
  failing so is tried with only the written differentials varying (``d\operatorname{tr}(AXB)`` "for
  constant $A$, $B$"): green where the prose before it calls the others constant, SKIPPED otherwise; then
  with the matrices the prose calls symmetric replaced by their symmetric parts. FAILED when every
  reading fails, and never with a chosen reading (``X^{-1}`` read as the inverse: documents.squares);
* a step that writes the differential of a name found nowhere else in it (``dL =
  \operatorname{tr}(G^T dW)`` with L undefined) relates two differentials — the notes' way of stating
  L's gradient — and is SKIPPED as such, not checked as an identity.

Where the notes name d and the step itself writes d as a value (``d^2 + 2\,d\,d_h + d^2 = 2d^2 + 2d\,d_h``, d the
model width), an italic d before a name is that d times the name: the product reading is the step's (misses44).

Where a differential cannot be read (``dx^2``: a power of the differential or the differential of a
power; a differential inside a differential), a decided step is SKIPPED as before this reading.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import sympy as sp

from verifier.budget import BudgetExceeded
from verifier.catalog import Claim, Variable
from verifier.documents.context import Scope
from verifier.documents.datalength import unsure as unsure_length
from verifier.documents.mathspans import formulas
from verifier.documents.orientation import unsure_orientation
from verifier.documents.pointcases import unsure_cases
from verifier.documents.resolve import ResolveError
from verifier.documents.samples import unsure as unsure_sample
from verifier.documents.squares import unsure
from verifier.documents.steps import _Checker
from verifier.documents.symmetricprose import NEGATION, symmetrised
from verifier.domains import Real
from verifier.engine import check_claim
from verifier.latex import LatexError
from verifier.latex.braces import bracket_end
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.check import _Document
    from verifier.documents.members import _Chain

__all__ = ["NOT_READ", "Split", "differential_claim", "differential_in", "read_differentials", "split_differentials"]

# a derivative written as a fraction of differentials: read by the grammar (latex.rewrite._differentials)
_GROUP = r"\{(?:[^{}]|\{[^{}]*\})*\}"
_UPRIGHT_D = r"\\(?:mathrm|text|operatorname)\s*\{\s*d\s*\}"
_FRACTION = re.compile(r"\\[dt]?frac\s*\{\s*(?:" + _UPRIGHT_D + r"|d)(?:[^{}]|\{[^{}]*\})*\}\s*"
                       r"\{\s*(?:" + _UPRIGHT_D + r"|d)(?:[^{}]|\{[^{}]*\})*\}")  # \frac{dx}{x} is no derivative
# a derivative written with a slash: dr/d\theta, \mathrm{d}y/\mathrm{d}x
_D = r"(?:" + _UPRIGHT_D + r"|(?<![A-Za-z\\])d)"
_SCRIPTED = r"\s*\\?[A-Za-z]+(?:_(?:\{[^{}]*\}|[A-Za-z0-9]))?(?:\^(?:\{[^{}]*\}|[A-Za-z0-9]))?"  # y, h_i, x_{ij}
_SLASHED = re.compile(_D + _SCRIPTED + r"\s*/\s*" + _D + _SCRIPTED)
_SLASHED_OPERATOR = re.compile(_D + r"\s*/\s*" + _D + _SCRIPTED)  # d/dx f: the operator (latex.rewrite)
# d (upright or not) right before a name, a bold or decorated name, a function or a bracket: a differential
_DIFFERENTIAL = re.compile(
    r"(?<![A-Za-z\\_^{|])(?:" + _UPRIGHT_D + r"|d)(?:\s|\\[,;:!])*"
    r"(?=\\(?:mathbf|boldsymbol|bm|vec|hat|tilde)\b|\\(?:theta|beta|alpha|mu|sigma|Sigma|lambda|phi|psi|omega)\b"
    r"|\\(?:operatorname|mathrm|text)\s*\{\s*(?:tr|Tr|det|log)\s*\}|\\(?:log|ln|det|exp|tr)\b"
    r"|[A-Za-z](?![A-Za-z])|\(|\\left\s*(?:\(|\\\|)|\\big\s*\(|\\\|)"
)
_INTEGRAL = re.compile(r"\\(?:i{1,3}nt|oint)(?![A-Za-z])")  # \int, not \intercal
_NUMERATOR = re.compile(r"(\\[dt]?frac\s*)\{")
_BAR = re.compile(r"(?:\\left\s*)?\\\|")  # a norm (a single bar is not read: p(d|x))
_NORM_SUFFIX = re.compile(r"(?:_(?:\{[^{}]*\}|[A-Za-z0-9]))?(?:\^(?:\{[^{}]*\}|[A-Za-z0-9]))?")
_SPACE = re.compile(r"(?:\s|\\[,;:!]|\\q?quad\b)*")
_NAME = re.compile(
    r"(?:\\(?:mathbf|boldsymbol|bm|vec|hat|tilde)\s*(?:\{(?:[^{}]|\{[^{}]*\})*\}|\\?[A-Za-z])"
    r"|\\(?:theta|beta|alpha|mu|sigma|Sigma|lambda|phi|psi|omega)(?![A-Za-z])|[A-Za-z](?![A-Za-z]))"
    r"(?:_(?:\{[^{}]*\}|[A-Za-z0-9]))?"
)
_TRANSPOSE = re.compile(r"\^\s*(?:\{\s*(?:T|\\top|\\intercal|\\mathsf\{T\}|\\mathrm\{T\})\s*\}|T|\\top|\\intercal"
                        r"|\\mathsf\{T\})(?![A-Za-z])")  # fmt: skip
_ATOM = re.compile(f"(?:{_NAME.pattern})\\s*(?:{_TRANSPOSE.pattern})?")  # dX, d\mathbf{x}^T: a name's differential
_FUNCTION = re.compile(
    r"\\(?:operatorname|mathrm|text)\s*\{\s*(?:tr|Tr|det|log)\s*\}|\\(?:log|ln|det|exp|tr)(?![A-Za-z])"
)
_OPEN = re.compile(r"\\(?:left|big|Big|bigg)\s*\(|\(")
_SIZED = re.compile(r"\\(?:left|big|Big|bigg)\s*\(|\\(?:right|big|Big|bigg)\s*\)")
_SIZED_CLOSE = re.compile(r"\\(?:right|big|Big|bigg)\s*\)\s*$")
PLACEHOLDER = "Differential"  # placeholder names of differentials (\mathrm{DifferentialA})

NOT_READ = ("a differential (d before a name) is not read: the step was read as a product with an undeclared d, "
            "which says nothing of what the notes wrote")  # fmt: skip


def _masked(latex: str) -> str:
    r"""``latex`` with derivative fractions and slashed derivatives blanked, and the brace opening a fraction's
    numerator a space (``\frac{dz}{z}``: dz is a differential there), all at the same length."""
    out = _FRACTION.sub(lambda m: " " * len(m.group(0)), latex)
    out = _SLASHED.sub(lambda m: " " * len(m.group(0)), out)
    out = _SLASHED_OPERATOR.sub(lambda m: " " * len(m.group(0)), out)
    return _NUMERATOR.sub(lambda m: m.group(1) + " ", out)


def differential_in(latex: str) -> bool:
    r"""Does ``latex`` (one member) write a differential (``d f``, ``d\mathbf{x}``, ``\mathrm{d}W``)?"""
    if _INTEGRAL.search(latex):
        return False
    return _DIFFERENTIAL.search(_masked(latex)) is not None


def _operand_end(latex: str, k: int) -> int | None:
    """Where the operand of a differential starting at ``k`` ends (None: no operand read)."""
    k = _SPACE.match(latex, k).end()  # type: ignore[union-attr]
    opened = _OPEN.match(latex, k)
    if opened:
        end = bracket_end(latex, k) if opened.group(0) == "(" else _sized_end(latex, opened.end())
        return None if end < 0 else end + 1
    fn = _FUNCTION.match(latex, k)
    if fn:
        return _operand_end(latex, fn.end())
    bar = _BAR.match(latex, k)
    if bar:  # d\|x\|^2: the differential of the (squared) norm
        end = _bar_end(latex, bar.end(), "\\|")
        return None if end < 0 else _NORM_SUFFIX.match(latex, end).end()  # type: ignore[union-attr]
    name = _NAME.match(latex, k)
    if not name:
        return None
    end = name.end()
    t = _TRANSPOSE.match(latex, end)
    if t:
        end = t.end()
    if re.match(r"\s*[\^_']", latex[end:]):
        return None  # dx^2: a power of the differential or the differential of a power
    return end


def _bar_end(latex: str, k: int, bar: str) -> int:
    """Just after the bar closing a norm opened before ``k``, outside braces (-1: none)."""
    close = re.compile(r"(?:\\right\s*)?" + re.escape(bar))
    depth = 0
    for j in range(k, len(latex)):
        if latex[j] in "{(":
            depth += 1
        elif latex[j] in "})":
            depth -= 1
        elif depth == 0 and (m := close.match(latex, j)):
            return m.end()
    return -1


def _sized_end(latex: str, k: int) -> int:
    r"""Where the ``)`` of the ``\right)`` (or ``\big)``) closing a bracket opened before ``k`` is (-1: none)."""
    depth = 1
    for m in _SIZED.finditer(latex, k):
        depth += 1 if m.group(0).endswith("(") else -1
        if depth == 0:
            return m.end() - 1
    return -1


@dataclass(frozen=True)
class Split:
    """A member with each differential replaced by a placeholder name, and the operands by name."""

    text: str
    operands: tuple[tuple[str, str], ...]  # (placeholder, operand LaTeX)


def split_differentials(latex: str, start: int = 0) -> Split | None:
    r"""``2\mathbf{r}^T d\mathbf{r}`` → ``2\mathbf{r}^T \mathrm{DifferentialA}`` with operand ``\mathbf{r}``;
    None when some differential's operand cannot be read."""
    if _INTEGRAL.search(latex):
        return None
    masked = _masked(latex)
    out, operands, last = [], [], 0
    for m in _DIFFERENTIAL.finditer(masked):
        if m.start() < last:
            continue
        d = re.compile(_UPRIGHT_D + "|d").match(latex, m.start())
        end = _operand_end(latex, d.end()) if d else None
        if end is None:
            return None
        operand = latex[m.end():end].strip()
        if operand.startswith("(") and operand.endswith(")") and bracket_end(operand, 0) == len(operand) - 1:
            operand = operand[1:-1]
        elif (sized := _OPEN.match(operand)) is not None:  # \left( … \right)
            operand = _SIZED_CLOSE.sub("", operand[sized.end() :])
        if differential_in(operand):
            return None  # d(x\,dx): a differential of a differential is not read
        name = f"{PLACEHOLDER}{chr(ord('A') + start + len(operands))}"
        out.append(f"{latex[last:m.start()]} \\mathrm{{{name}}} ")
        operands.append((name, operand))
        last = end
    if not operands:
        return None
    out.append(latex[last:])
    return Split("".join(out), tuple(operands))


VOLUME = ("a volume element (a product of differentials, dx dy = r dr dθ): the measure of a change of variables, "
          "whose factor is the Jacobian's absolute determinant, not an equation between directional derivatives")


def volume_element(latex: str) -> bool:
    r"""Is ``latex`` (one member) a product of two or more differentials of names, with a factor and no sum
    (``dx\,dy\,dz``, ``r^2 \sin\theta\, dr\, d\theta\, d\phi``, ``|\det J|\,du\,dv``)?"""
    split = split_differentials(latex)
    if split is None or len(split.operands) < 2 or not all(_ATOM.fullmatch(src) for _, src in split.operands):
        return False
    depth, text = 0, re.sub(r"\\(?:left|right)(?![A-Za-z])", "", split.text.strip().lstrip("+-"))
    for ch in text:
        depth += 1 if ch in "({[" else -1 if ch in ")}]" else 0
        if depth == 0 and ch in "+-":
            return False
    return True


def differential_claim(members: Sequence[str]) -> bool:
    r"""Do the first two members of an inline formula both write a differential (``$d\,\mathrm{tr}(AX) =
    \mathrm{tr}(A\,dX)$``): a claim of the prose, as a derivative is (``inlineclaims._InlineClaims``)?"""
    return len(members) >= 2 and differential_in(members[0]) and differential_in(members[1])


def _d_is_free(scope: Scope) -> bool:
    """Do the notes and their context leave ``d`` without a meaning (no declaration, no evidence)?"""
    key = ("d", ())
    return key not in scope.names or key in scope.inferred


def _d_unevidenced(scope: Scope) -> bool:
    """Is ``d`` inferred from nothing (a real scalar, "no other evidence"): only then a differential?"""
    key = ("d", ())
    return key not in scope.names or (key in scope.inferred and "no other evidence" in scope.inferred[key])


# -- the reading -----------------------------------------------------------------------------------

_GREEN = (Verdict.PROVED, Verdict.PASSED)
_MAX_INSTANCES = 3
_MATH = re.compile(r"\$\$?(.+?)\$\$?", re.S)
_VARYING = re.compile(r"\b(?:vary|varies|varying|variables?|not constant|non-?constant)\b", re.I)
_CLAUSE_END = re.compile(r"[.;:,]|\b(?:while|whereas|but|and|or|with|where|let)\b", re.I)
_CONSTANT = re.compile(r"\b(?:constants?|fixed|held fixed|do(?:es)? not depend)\b", re.I)
_ONE_CONSTANT = re.compile(r"\b(?:a|an|one)\s+(?:fixed|constant)\b", re.I)  # said of one name
_DEPENDS = re.compile(r"\bdo(?:es)? not depend\b", re.I)  # a constant said with a "not" of its own
# the words a clause listing names may have besides them ("and the matrices $B$")
_LISTED = re.compile(r"(?:\s|\b(?:for|if|let|suppose|assume|both|the|a|an|matri(?:x|ces)|vectors?|scalars?)\b)*",
                     re.I)  # fmt: skip


def read_differentials(doc: _Document, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each step whose members write differentials read as directional derivatives (see
    the module's docstring); one that cannot be read so is SKIPPED if it was decided."""
    if not _d_is_free(scope):
        return steps
    # d a name of the notes ("$d$ features", R^d), or an integral in the chain (its dx): no differential read
    integral = any(_INTEGRAL.search(m.latex) for m in chain.members)
    readable = _d_unevidenced(scope) and not integral
    named = _d_named(doc.text)  # then only an upright \mathrm{d} is a differential
    out = list(steps)
    for k, (s, r) in enumerate(zip(chain.steps, steps, strict=True)):
        left, right = chain.members[s.left].latex, chain.members[s.right].latex
        if not (differential_in(left) or differential_in(right)):
            continue
        decided = r.verdict in (Verdict.PROVED, Verdict.PASSED, Verdict.FAILED)
        if volume_element(left) and volume_element(right):
            if decided or r.verdict is Verdict.SKIPPED:
                out[k] = r.skipped(VOLUME)
            continue
        read = None
        upright = not named or (_upright(left) and _upright(right))
        if named and not upright and any(_VALUE_D.search(_masked(t)) for t in (left, right)):
            continue  # d^2 + 2\,d\,d_h: the step writes the notes' d as a value, so d d_h is a product (misses44)
        if readable and upright and differential_in(left) and differential_in(right) and _open(r):
            try:
                read = _Reading(doc, chain, scope, s).verdict(r)
            except BudgetExceeded:
                raise
            except (ResolveError, LatexError, ValueError, TypeError, AttributeError, sp.SympifyError) as exc:
                read = r.skipped(f"{NOT_READ} (read as differentials: {exc})") if decided else None
        if read is not None:
            out[k] = read
        elif decided:
            out[k] = r.skipped(NOT_READ)
    return out


_D_NAMED = re.compile(r"\$\s*d\s*\$|\^\s*\{?\s*d(?![A-Za-z])|\\times\s*d(?![A-Za-z])|(?<![A-Za-z\\])d\s*\\times"
                      r"|(?<![A-Za-z\\])d\s*(?:=|(?:\\in|\\geq?|\\leq?)(?![A-Za-z])|<|>)"
                      r"|(?<![A-Za-z\\'])d-dim")  # fmt: skip
# d as a value: after _ ^ { (w_d, R^{d}, \sqrt{d}), or before what ends a term or an operand (dn + d, O(d),
# d \cdot n, d(\cdot, \cdot), d: X → R, d^2 alone); d^2 f (a second differential) is not counted
_VALUE_D = re.compile(r"(?:(?<=[_^{])\s*|(?<![A-Za-z\\']))d(?=(?:\s|\\[,;:!])*(?:$|[-+=,.;:)\]}<>&|!/0-9$]|\\\\"
                      r"|\\(?:cdot|times|l[eq]q?|g[eq]q?|in|neq|approx|to|mid|right|end|quad|qquad)(?![A-Za-z])|\(\s*\\cdot"
                      r"|\^\s*(?:\{[^{}]*\}|[0-9A-Za-z])\s*(?:$|[-+=,.;:)\]}<>&|0-9$]|\\(?:cdot|times|right)(?![A-Za-z]))))",
                      re.S)  # fmt: skip


@functools.lru_cache(maxsize=8)  # asked for each chain of the notes
def _d_named(text: str) -> bool:
    r"""Do the notes write d as a name of their own: ``$d$`` alone, a size (``\mathbb{R}^d``, ``n \times d``),
    ``d = 10``, ``d \in``, "d-dimensional", or a d their math writes as a value (``w_d``, ``\sqrt{d}``, ``dn
    + d``, ``O(d^2)``)?"""
    if _D_NAMED.search(text):
        return True
    for formula in formulas(text):
        math = formula.body
        if _VALUE_D.search(re.sub(_UPRIGHT_D, lambda u: " " * len(u.group(0)), _masked(math))):
            return True
    return False


def _upright(latex: str) -> bool:
    r"""Is every differential of ``latex`` written with an upright d (``\mathrm{d}X``): one a d the notes name
    (``w_d``, ``ad - bc``) is not?"""
    return all(m.group(0).startswith("\\") for m in _DIFFERENTIAL.finditer(_masked(latex)))


def _open(r: StepResult) -> bool:
    """Is the step one the checker compared (not a definition, not another relation)?"""
    m = r.message or ""
    return not (m.startswith("a definition") or m.startswith("not an equality") or m.startswith("defines ")
                or m.startswith("names the value"))  # fmt: skip


class _Reading:
    """One step read with its differentials as directional derivatives."""

    def __init__(self, doc: _Document, chain: _Chain, scope: Scope, step: object) -> None:
        self.doc, self.chain, self.scope, self.step = doc, chain, scope, step
        self.checker = _Checker(doc, chain, scope)
        left = split_differentials(chain.members[step.left].latex)  # type: ignore[attr-defined]
        right = split_differentials(chain.members[step.right].latex, len(left.operands) if left else 0)  # type: ignore[attr-defined]
        if left is None or right is None:
            raise ValueError("a differential whose operand is not read (a power or an index on dx?)")
        # a differential keeps its written place in a product, as the notes' matrices do
        placed = frozenset(name for p in (left, right) for name, _ in p.operands)
        self.nc = doc.ctx.noncommutative(scope) | placed
        self.sides = (left, right)
        self.trees = tuple(self._parse(p.text) for p in self.sides)
        self.operands = {name: self._parse(src) for p in self.sides for name, src in p.operands}
        self.sources = {name: src for p in self.sides for name, src in p.operands}
        self.readings: list[str] = []
        # differentials of single names anywhere in the chain (d\mathbf{x} in a later member)
        self.atoms: dict[str, sp.Basic] = {}
        for k, m in enumerate(chain.members):
            found = split_differentials(m.latex) if differential_in(m.latex) else None
            for name, src in found.operands if found else ():
                try:
                    tree = self._parse(src)
                except LatexError:
                    continue
                if _ATOM.fullmatch(src.strip()):
                    self.atoms[f"{k}:{name}"] = tree

    def _parse(self, src: str) -> sp.Basic:
        return self.doc.parse(src, None, self.nc)

    def verdict(self, original: StepResult) -> StepResult:
        """The step's verdict under the differential reading; a FAILED one is tried again with the matrices the
        prose just before calls symmetric replaced by their symmetric parts (as doubts.py does for any step)."""
        found = self._decide(original)
        said = self.doc._said_symmetric(self.chain) if found.verdict is Verdict.FAILED else None
        if said is None:
            return found
        names, where = said
        self.trees = tuple(symmetrised(t, names) for t in self.trees)
        self.operands = {k: symmetrised(t, names) for k, t in self.operands.items()}
        again = self._decide(original)
        if again.verdict is Verdict.FAILED:
            return found
        note = f"{', '.join(sorted(names))} symmetric, as the notes say ({where})"
        return replace(again, message="; ".join(x for x in (again.message, note) if x))

    def _decide(self, original: StepResult) -> StepResult:
        """The step's verdict under the differential reading, with the trees as they are."""
        free = self.checker._free_indices([*self.trees, *self.operands.values()])
        if free:
            raise ValueError(f"free indices {', '.join(free)}")
        probe = self.checker._combos(set())[0]
        instance = self.doc.instance(self.checker.scope_id, self.scope, probe)
        resolver = self.checker._resolver(instance, {})
        for t in self.operands.values():
            resolver.member(t)
        relevant = set(resolver.sizes_used)
        combos = self.checker._combos(relevant)[:_MAX_INSTANCES]
        every: list[StepResult] = []
        atoms_only: list[StepResult] = []
        held: set[str] = set()
        for sizes in combos:
            outcome = self._at(self.doc.instance(self.checker.scope_id, self.scope, sizes), sizes)
            if isinstance(outcome, str):
                return _skipped(original, outcome)
            every.append(outcome[0])
            if outcome[1] is not None:
                atoms_only.append(outcome[1])
            held |= outcome[2]
        notes = "d as a differential (the directional derivative, each dv a fresh direction)"
        first = _worst(every)
        if first.verdict in _GREEN:
            return self._result(original, first, notes + ", every variable the step reaches varying")
        if first.verdict is not Verdict.FAILED:
            return _skipped(original, f"read as differentials, not decided: {first.message or first.verdict.value}")
        if atoms_only and len(atoms_only) == len(every):
            second = _worst(atoms_only)
            names = ", ".join(sorted(held))
            if second.verdict in _GREEN:
                if self._said_constant(held):
                    return self._result(original, second, f"{notes}, {names} constant as the prose says")
                return _skipped(original, f"read as differentials, it holds only if {names} "
                                        f"{'is' if len(held) == 1 else 'are'} constant (only the differentials "
                                        "of the others are written), which the notes do not say")  # fmt: skip
        also = (", every variable the step reaches varying (it fails too with only those whose differential is "
                "written varying)") if atoms_only else ""
        return self._result(original, first, notes + also)

    def _said_constant(self, names: set[str]) -> bool:
        """Does the prose just before the step (its paragraph and the one before, up to its line) call each of
        ``names`` constant (or fixed), in a clause that writes it (``For constant $A$ and $B$``)?"""
        lines = self.doc.text.split("\n")[: self.chain.line]
        start, paragraphs = len(lines), 0
        while start > 0 and paragraphs < 2:  # the step's paragraph and the one before (a display's lead-in)
            start -= 1
            if not lines[start].strip() and start < len(lines) - 1 and lines[start + 1].strip():
                paragraphs += 1
        said = " ".join(_constant_math(_clauses("\n".join(lines[start:]))))
        return all(re.search(r"(?<![A-Za-z\\])" + re.escape(n) + r"(?![A-Za-z])", said) for n in names)

    def _result(self, original: StepResult, r: StepResult, note: str) -> StepResult:
        readings = "; ".join(dict.fromkeys((note, *self.readings)))
        out = replace(r, index=original.index, lhs=original.lhs, rhs=original.rhs, lhs_latex=original.lhs_latex,
                      rhs_latex=original.rhs_latex, message="; ".join(x for x in (r.message, "read: " + readings) if x))
        # a chosen reading never makes FAILED, as check.py says of every step: X^{-1} read as the inverse
        # (squares), x_i as a row of X (samples), data at a general length, a row added to a column, cases
        for doubt in (unsure, unsure_sample, unsure_length, unsure_orientation, unsure_cases):
            out = doubt(out)
        return out

    def _at(self, instance: object, sizes: dict) -> str | tuple[StepResult, StepResult | None, set[str]]:
        resolver = self.checker._resolver(instance, {})  # type: ignore[arg-type]
        values = {name: resolver.member(t) for name, t in self.operands.items()}
        self.readings.extend(r for r in resolver.readings if r not in self.readings)  # type: ignore[attr-defined]
        variables = {v.name: v for v in instance.variables.values()}  # type: ignore[attr-defined]
        reached = set().union(*(_free(x) for x in values.values()))
        used = {n: v for n, v in variables.items() if set(v.symbols) & reached}
        # every variable the step reaches varies (a name reached only through the notes' definitions too: f = x^2 z,
        # the chain writing dx, still has a dz); the check with only the variables whose differential the chain
        # writes varying (dr for r = Ax - b with dx written: A and b held) is green only where the prose says the
        # others are constant (_decide)
        atoms = {name: resolver.member(t) for name, t in self.atoms.items()}
        written = {n for name, x in atoms.items() for n, v in used.items() if _is_variable(x, v)}
        # the differential of a variable no other differential of the step is made of relates two differentials
        # (dL = tr(GᵀdW): the notes' statement of L's gradient, L undefined)
        for name in self.operands:
            atom = _ATOM.fullmatch(self.sources[name].strip()) is not None
            own = [n for n, v in used.items() if atom and _is_variable(values[name], v)]
            if not own:
                continue
            # (dL = L\,dx too: L written outside a differential is still no variable the others depend on)
            others = set().union(*(_free(x) for m, x in values.items() if m != name))
            if not set(used[own[0]].symbols) & others:
                return (f"relates the differential of {self.sources[name]} to others: the notes' statement of a "
                        "derivative (as dL = tr(Gᵀ dW) states ∂L/∂W = G), not an identity to check")  # fmt: skip
        if not written:
            return "no differential of a variable is written: which variables vary is not said"
        every = self._check(resolver, values, used, sizes)
        only = {n: v for n, v in used.items() if n in written}
        fixed = set(used) - set(only)
        return every, self._check(resolver, values, only, sizes) if fixed else None, fixed

    def _check(self, resolver: object, values: dict, varying: dict[str, Variable], sizes: dict) -> StepResult:
        taken = {s.name for v in varying.values() for s in v.symbols}
        directions: list[Variable] = []
        table: dict[sp.Symbol, sp.Symbol] = {}
        for v in varying.values():
            fresh = []
            for s in v.symbols:
                name = f"d{s.name}"
                while name in taken:
                    name = "d" + name
                h = sp.Symbol(name, real=True)
                table[s] = h
                fresh.append(h)
            value = sp.ImmutableMatrix(len(fresh) // (v.shape[1] if v.shape else 1), v.shape[1], fresh) \
                if v.shape else fresh[0]
            directions.append(Variable(f"d{v.name}", tuple(fresh), v.shape, Real(), value))
        env = {name: _directional(x, table) for name, x in values.items()}
        instance = resolver.instance  # type: ignore[attr-defined]
        resolver.instance = replace(instance, symbols=instance.symbols | frozenset(table.values()))  # type: ignore[attr-defined]
        members = tuple(resolver._final(resolver.value(t, env)) for t in self.trees)  # type: ignore[attr-defined]
        self.readings.extend(r for r in resolver.readings if r not in self.readings)  # type: ignore[attr-defined]
        claim = Claim(members, tuple(self.checker._used_variables(resolver.instance, members)) + tuple(directions))  # type: ignore[attr-defined]
        key = f"{self.doc.path}:{self.chain.line}|differentials|{sizes}"
        engine_sizes = {str(k[0]): n for k, n in sizes.items()}
        (result,) = check_claim(claim, key, engine_sizes, self.doc.settings, self.doc.stage, render=False)
        return result


def _skipped(original: StepResult, why: str) -> StepResult:
    """``original`` SKIPPED because ``why``: what it said under the product reading is dropped, the names'
    readings (its ``read: …``) kept."""
    message = original.message or ""
    read = message[message.find("read: ") + 6 :] if "read: " in message else ""
    kept = [r for r in read.split("; ") if r and not r.startswith("inferred d:")]  # d is no name here
    read = "read: " + "; ".join(kept) if kept else ""
    message = "; ".join(x for x in (why, read) if x)
    return replace(original, verdict=Verdict.SKIPPED, counterexample=None, message=message)


def _clauses(text: str) -> list[list[tuple[bool, str]]]:
    """``text`` cut into clauses at punctuation and conjunctions outside math: each clause its pieces in order,
    (True, math) or (False, words)."""
    out: list[list[tuple[bool, str]]] = [[]]
    last = 0
    for m in [*_MATH.finditer(text), None]:
        prose = text[last : m.start() if m else len(text)]
        pieces = _CLAUSE_END.split(prose)
        out[-1].append((False, pieces[0]))
        out.extend([(False, p)] for p in pieces[1:])
        if m is not None:
            out[-1].append((True, m.group(1)))
            last = m.end()
    return out


def _words(clause: list[tuple[bool, str]]) -> str:
    return " ".join(t for is_math, t in clause if not is_math)


def _constant_math(clauses: list[list[tuple[bool, str]]]) -> list[str]:
    r"""The math of the clauses that call it constant ("with $A$ constant", "for fixed $A$"), not denying it
    ("$A$ is not constant", "isn't held fixed") nor saying it varies; a clause of math alone joins the clause
    it lists names with ("for constant $A$ and $B$", "$A$ and $B$ are constant"), no other ("$c$ is a constant
    and $A$ a matrix": A is not)."""
    def says(c: list[tuple[bool, str]]) -> bool:
        words = _words(c)
        return bool(_CONSTANT.search(words)) and not _VARYING.search(words) \
            and not NEGATION.search(_DEPENDS.sub(" ", words))

    def bare(c: list[tuple[bool, str]]) -> bool:
        return any(m for m, _ in c) and _LISTED.fullmatch(_words(c)) is not None

    def first_math(c: list[tuple[bool, str]]) -> bool:  # "$B$ are constant"
        return next((m for m, t in c if m or t.strip()), False)

    def last_math(c: list[tuple[bool, str]]) -> bool:  # "for constant $A$"
        return next((m for m, t in reversed(c) if m or t.strip()), False)

    constant = [says(c) for c in clauses]
    for k in range(1, len(clauses)):  # forward: for constant $A$, $B$ and $C$ (not "for a constant $c$ and $A$")
        if not constant[k] and bare(clauses[k]) and constant[k - 1] and last_math(clauses[k - 1]) \
                and not _ONE_CONSTANT.search(_words(clauses[k - 1])):
            constant[k] = True
    for k in range(len(clauses) - 2, -1, -1):  # backward: $A$, $B$ and $C$ are constant
        if not constant[k] and bare(clauses[k]) and constant[k + 1] and first_math(clauses[k + 1]):
            constant[k] = True
    return [t for c, yes in zip(clauses, constant, strict=True) if yes for m, t in c if m]


def _free(x: object) -> set[sp.Symbol]:
    return set(x.free_symbols) if isinstance(x, sp.Basic) else set()


def _is_variable(value: object, v: Variable) -> bool:
    """Is ``value`` the variable ``v`` itself (or its transpose): the operand of ``dX`` is a variable?"""
    if v.shape is None:
        return value == v.symbols[0]
    if not isinstance(value, sp.MatrixBase):
        return False
    m = sp.ImmutableMatrix(value)
    return m == sp.ImmutableMatrix(v.value) or m == sp.ImmutableMatrix(v.value).T


def _directional(value: object, table: dict[sp.Symbol, sp.Symbol]) -> object:
    """``Σ_s ∂value/∂s · h_s`` over the varying symbols ``s`` (``table``: s → its direction h_s)."""
    def one(e: sp.Expr) -> sp.Expr:
        return sp.Add(*(sp.diff(e, s) * h for s, h in table.items() if s in e.free_symbols))

    if isinstance(value, sp.MatrixBase):
        return sp.ImmutableMatrix(value.applyfunc(one))
    if isinstance(value, sp.Basic):
        return one(value)  # type: ignore[arg-type]
    raise ValueError(f"a differential of {type(value).__name__}")


def _worst(results: Sequence[StepResult]) -> StepResult:
    for v in (Verdict.FAILED, Verdict.ERROR, Verdict.TIMEOUT, Verdict.SKIPPED, Verdict.PASSED):
        for r in results:
            if r.verdict is v:
                return r
    return results[0]
