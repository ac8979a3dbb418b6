"""The chains the checker works on: members (the pieces between ``=``), steps, and the names in them.

A chain is read once from a display (:mod:`verifier.documents.reader`) and then checked
(:mod:`verifier.documents.steps`); these records and the small functions over their parse trees
are what every stage shares, so they live apart from every stage."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sympy as sp

from verifier.documents.calls import entry_indices
from verifier.documents.context import (
    Key,
)
from verifier.documents.readings import (
    ParsedMember,
)
from verifier.documents.resolve import (
    ListMember,
)
from verifier.latex import DEFINITION, EQUALITY
from verifier.latex.document import Place

# ---------------------------------------------------------------------------------------------
# Chains as the checker sees them


@dataclass
class _Member:
    latex: str
    line: int
    parsed: ParsedMember | None = None
    error: str = ""  # why it cannot be read
    unread: str = ""  # why the reader leaves it unread before parsing it (documents.hessianpoints)


@dataclass
class _Step:
    index: int
    left: int
    right: int
    condition: str | None
    line: int
    relation: str = EQUALITY  # ":=" a definition; "\\approx", "\\le", … a link that is not an equality
    approximate: bool = False  # written \approx, judged as = to the digits written (roundedapprox, coarserounding)


@dataclass
class _Chain:
    line: int
    members: list[_Member]
    steps: list[_Step]
    label: str | None = None
    struck: bool = False
    notes: list[str] = field(default_factory=list)
    conditions: list[tuple[str, str]] = field(default_factory=list)  # (LaTeX, where it came from)
    derivative_variable: str | None = None
    hypotheses: list[tuple[str, str]] = field(default_factory=list)  # (LaTeX equation, where it came from)
    defines: Key | None = None  # its first step defines this name (``L = -\sum_i …``)
    #: later steps that name a function (``\hat{y} = softmax(v) = \psi(v)``): (step index, name)
    named: list[tuple[int, Key]] = field(default_factory=list)
    names: Key | None = None  # its last step names the first member's value (``… = \zeta_2``, documents.upstream)
    #: its first step writes ``L = …`` again after the notes defined L at this line: checked against that
    #: definition, and a new definition of L for the lines after it if it differs
    restates: tuple[Key, int] | None = None
    inline: bool = False  # a ``$…$`` formula of the prose that states a derivative (see inlineclaims._InlineClaims)
    connected: bool = False  # an equation joined to others by ⇔/⇒ (latex Chain.connected): solved, not an identity
    #: the equation just before it that it is joined to by ⇔/⇒/∴: its members' LaTeX and line (documents.equivalent)
    after: tuple[str, str, int] | None = None
    #: the other equations a sentence solves together with ``after`` ("Solving $A$ and $B$ gives …":
    #: documents.solvedsystem): solved for their unknowns before ``after`` is checked
    system: tuple[tuple[str, str], ...] = ()
    #: ``⇒ θ = (XᵀX)⁻¹Xᵀy = …`` after the equation it solves: its first link is checked as following from that
    #: equation (``after``) and stays the definition of the name for the lines after it (documents.equivalent)
    solves_defining: bool = False
    #: ``after`` was found by the words between the two equations ("so", "i.e.": documents.wordlinks), not by ⇒
    worded: bool = False
    #: a run from 0 the words before open as a condition ("At the minimum, $$0 = \nabla L = …$$"): its first link is
    #: that condition, not a claim a conclusion from the chain rests on (documents.wordlinks, documents.premises)
    opens_condition: bool = False
    #: an inline formula's place in its line (the source's position; None: not given): documents.claimplace
    place: Place | None = None
    #: steps (indices into ``steps``) another chain has already checked: a Beamer frame's earlier slide read
    #: again for what it alone shows keeps its shared rows as context, not as steps (documents.slideversions)
    repeated: frozenset[int] = frozenset()
    #: the earlier Beamer slide that alone shows the chain ("1", or "arg 2" for a chooser's other argument):
    #: its id is ``file:line<1>``, apart from the last slide's chain at that line (documents.slideversions)
    slide: str = ""
    #: why its first step is not checked though it is a claim (a formula derived for a name the notes named in
    #: words: documents.wordnamed); "" for a chain checked as usual
    unchecked: str = ""


def chain_slide(chain: _Chain) -> str:
    """What a chain's id adds to its ``file:line``: ``<1>`` for the chain an earlier slide alone shows."""
    return f"<{chain.slide}>" if chain.slide else ""


def written_statement(chain: _Chain) -> str:
    r"""The chain as the notes write it: its members joined by their relations (``a := b = c \approx d``,
    ``w \leftarrow a = b``), or by ``=`` where its steps do not run member by member."""
    members = [m.latex or "…" for m in chain.members]
    steps = chain.steps
    if len(steps) != len(members) - 1 or any(s.left != k or s.right != k + 1 for k, s in enumerate(steps)):
        return " = ".join(members)
    out = members[0]
    for s, member in zip(steps, members[1:], strict=True):
        out += f" {'=' if s.relation == EQUALITY else ':=' if s.relation == DEFINITION else s.relation} {member}"
    return out


_TAIL = re.compile(r"\\[,;:!]?\s*\\(?:text|mbox|mathrm)\s*\{|\\q?quad|,\s*\\text|\s,\s")


def cut_tail(text: str) -> str:
    r"""``e^{z_d} \, \text{for} \; c = 1 \cdots C`` → ``e^{z_d}``: drop a trailing side condition."""
    m = _TAIL.search(text)
    return (text[: m.start()] if m else text).strip().rstrip(",.;")


def free_names(tree: sp.Basic, bound: frozenset[str] = frozenset(), *, bases: bool = True) -> set[str]:
    """Names of free symbols, including derivative variables (SymPy drops them) and the
    indices of ``x_i``, without the variables bound by sums and products. ``bases=False``
    leaves out the names of indexed families (``b`` of ``b_b``), keeping only their indices."""
    if not bases and isinstance(tree, sp.IndexedBase):
        return set()
    if isinstance(tree, sp.Symbol):
        return set() if tree.name in bound else {tree.name}
    if isinstance(tree, sp.Sum | sp.Product | sp.Integral):  # (\int_a^b: documents.definiteintegrals)
        inner = bound | {str(v) for v, *_ in tree.limits}
        out = free_names(tree.function, inner, bases=bases)
        for _, lo, hi in tree.limits:
            out |= free_names(lo, bound, bases=bases) | free_names(hi, bound, bases=bases)
        return out
    if isinstance(tree, sp.Function) and type(tree).__name__ == "diag" and len(tree.args) == 1:
        # diag(μ_i(1 - μ_i)): the diagonal matrix over i (documents.calls._diag_over_range), which binds it
        bound = bound | entry_indices(tree.args[0])
    out: set[str] = set()
    for a in tree.args:
        if isinstance(a, sp.Basic):
            out |= free_names(a, bound, bases=bases)
    return out


def keys_in(tree: sp.Basic) -> set[Key]:
    """The names of a tree as keys: ``W_1`` is ("W", ("1",)), ``x_i`` is ("x", ()) (an entry of x)."""
    out: set[Key] = set()
    for sub in sp.preorder_traversal(tree):
        if isinstance(sub, sp.Indexed):
            raw = tuple(str(i) for i in sub.indices)
            out.add((str(sub.base.label), raw if all(r.isdigit() for r in raw) else ()))
        elif isinstance(sub, sp.Symbol):
            out.add((sub.name, ()))
    return out


def member_trees(p: ParsedMember) -> list[sp.Basic]:
    """The trees of a parsed member (a list as the sum of its entries; placeholders too)."""
    tree = p.tree
    if isinstance(tree, ListMember):
        limits = [(tree.var, tree.lo, tree.hi)] + ([(tree.var2, tree.lo2, tree.hi2)] if tree.var2 is not None else [])
        out: list[sp.Basic] = [sp.Sum(tree.body, *limits)]
    else:
        out = [tree]
    return out + list(p.placeholders.values())


def chain_trees(chain: _Chain) -> list[sp.Basic]:
    """The trees of every parsed member of ``chain``."""
    return [t for m in chain.members if m.parsed is not None for t in member_trees(m.parsed)]


def step_trees(chain: _Chain, k: int) -> list[sp.Basic]:
    """The trees of the two members step ``k`` of ``chain`` relates."""
    st = chain.steps[k]
    return [t for i in (st.left, st.right) if (p := chain.members[i].parsed) is not None for t in member_trees(p)]


#: each parse's text, by the parse's identity (kept alive beside it, so that its id is not reused)
_TEXTS: dict[int, tuple[ParsedMember, str]] = {}
_TEXTS_KEPT = 4096


def member_text(m: _Member) -> str:
    """The member as text for the report, rendered once per parse: a chain re-checked under another
    reading has the same members, and printing a large tree at every re-check was ~1 % of a corpus run."""
    if m.parsed is None:
        return m.latex or "(not in display math)"
    hit = _TEXTS.get(id(m.parsed))
    if hit is not None and hit[0] is m.parsed:
        return hit[1]
    text = _rendered(m.parsed)
    if len(_TEXTS) >= _TEXTS_KEPT:
        _TEXTS.clear()
    _TEXTS[id(m.parsed)] = (m.parsed, text)
    return text


def _rendered(parsed: ParsedMember) -> str:
    tree = parsed.tree
    if isinstance(tree, ListMember):
        text = f"[{sp.sstr(tree.body, order='none')} for {tree.var} = {tree.lo}..{tree.hi}]"
        if tree.var2 is not None:
            text = text[:-1] + f", {tree.var2} = {tree.lo2}..{tree.hi2}]"
    else:
        text = sp.sstr(tree, order="none")
    for name, expr in parsed.placeholders.items():  # \partial (E) is shown as E again
        text = text.replace(name, f"({sp.sstr(expr, order='none')})")
    return text


def shortened(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
