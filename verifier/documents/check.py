r"""Check every step of every derivation chain in Markdown, LaTeX and notebook documents.

``check_documents(paths, settings)`` is the API ``verify doc`` and ``verify all`` share: one
:class:`IdentityResult` (kind ``"document"``) per chain, one :class:`StepResult` per written
``=`` with the ``file:line`` where it stands. Nothing is dropped silently:

* a member the grammar cannot read makes the steps touching it SKIPPED, with the parser's reason;
  the other steps of the chain still run;
* a member that reads but cannot be given a meaning (an undeclared symbol, a tensor-valued
  derivative) makes its steps SKIPPED with that reason;
* a chain struck through by its author (``~~$$…$$~~``) is SKIPPED, "struck out by the author";
* a chain whose left-hand side is written in prose (``Case 2: $\frac{\partial a}{\partial b} =$``)
  takes that inline formula as its first member; when there is none, the first step is SKIPPED.

Each chain is checked at a few concrete sizes and, when its members carry free indices
(``\hat{y}_r``, ``x_k``), at index assignments covering every pattern of equal and distinct
indices (``r = i`` and ``r ≠ i``), restricted by the step's conditions (``\stackrel{k \neq l}{=}``,
"Case 1: $r = i$" just before the chain, or ``line N: cond`` in the context). For each
assignment the members become SymPy objects over declared variables and go through the
catalog's engine (:func:`verifier.engine.check_claim`); the verdict of a step is the worst over
its instances, and a failure reports the sizes and indices it happened at.
"""

from __future__ import annotations

import bisect
import itertools
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import sympy as sp

from verifier.budget import BudgetExceeded
from verifier.catalog import Claim, D, Variable
from verifier.documents.context import (
    ContextError,
    DocumentContext,
    IndexRange,
    Key,
    Scope,
    Size,
    display_key,
    parse_context,
)
from verifier.documents.readings import ParsedMember, read_member, split_nested_equation
from verifier.documents.resolve import (
    DimensionError,
    Instance,
    ListMember,
    ResolveError,
    Resolver,
    Value,
    dim_value,
    free_symbols,
    instantiate,
    shape_of_value,
    shape_text,
)
from verifier.documents.sources import load_document, read_sources
from verifier.engine import Settings, check_claim
from verifier.latex import DEFINITION, EQUALITY, LatexError, MathBlock, join_chains, parse_latex
from verifier.paths import display_path
from verifier.results import IdentityResult, StepResult, Verdict, worst

__all__ = [
    "DOCUMENT_SUFFIXES",
    "DocumentCheck",
    "StepCounts",
    "check_document",
    "check_documents",
    "collect_documents",
]

DOCUMENT_SUFFIXES = (".md", ".markdown", ".tex", ".ipynb")
MAX_SIZE_COMBOS = 3
MAX_ASSIGNMENTS = 6
STRUCK = "struck out by the author"
DEFAULT_SETTINGS = Settings()

Progress = Callable[[str], None]


# ---------------------------------------------------------------------------------------------
# What a check returns


@dataclass(frozen=True)
class StepCounts:
    """Steps found, steps whose two members the grammar read, and verdict counts."""

    found: int = 0
    parsed: int = 0
    proved: int = 0
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    errors: int = 0  # ERROR or TIMEOUT

    def __add__(self, other: StepCounts) -> StepCounts:
        return StepCounts(*(a + b for a, b in zip(self.astuple(), other.astuple(), strict=True)))

    def astuple(self) -> tuple[int, ...]:
        return (self.found, self.parsed, self.proved, self.passed, self.failed, self.skipped, self.errors)

    @classmethod
    def of(cls, steps: Iterable[tuple[StepResult, bool]]) -> StepCounts:
        c = [0] * 7
        for step, parsed in steps:
            c[0] += 1
            c[1] += parsed
            c[{"PROVED": 2, "PASSED": 3, "FAILED": 4, "SKIPPED": 5}.get(step.verdict.value, 6)] += 1
        return cls(*c)

    def line(self) -> str:
        """``59 steps found, 59 parsed: 40 proved, 10 passed, 5 failed, 4 SKIPPED (not verified)``."""
        parts = [f"{self.proved} proved", f"{self.passed} passed", f"{self.failed} failed",
                 f"{self.skipped} SKIPPED (not verified)"]  # fmt: skip
        if self.errors:
            parts.append(f"{self.errors} errors")
        return f"{self.found} steps found, {self.parsed} parsed: " + ", ".join(parts)


@dataclass
class CheckedChain:
    """One chain's result plus where its steps are written (for ``--annotate``)."""

    result: IdentityResult
    step_lines: list[int]
    parsed: list[bool]


@dataclass
class DocumentCheck:
    """Everything ``verify doc`` learned about one document."""

    path: str  # as displayed (and used in ids)
    text: str  # the text that was scanned (notebooks: their markdown cells)
    blocks: list[MathBlock] = field(default_factory=list)
    chains: list[CheckedChain] = field(default_factory=list)
    errors: list[IdentityResult] = field(default_factory=list)  # context / load errors
    context_errors: list[ContextError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # from the reader: an \input not found, …

    @property
    def results(self) -> list[IdentityResult]:
        return self.errors + [c.result for c in self.chains]

    @property
    def counts(self) -> StepCounts:
        return StepCounts.of((s, p) for c in self.chains for s, p in zip(c.result.steps, c.parsed, strict=True))


# ---------------------------------------------------------------------------------------------
# Entry points


def collect_documents(paths: Sequence[str | Path]) -> list[Path]:
    """Files as given (any extension is read as Markdown, except .tex and .ipynb), folders searched
    for .md/.markdown/.tex/.ipynb (annotated copies ``*.annotated.*`` are left out)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in DOCUMENT_SUFFIXES and ".annotated." not in f.name:
                    if not any(part.startswith(".") for part in f.relative_to(p).parts):
                        out.append(f)
        elif p.is_file():
            out.append(p)
        else:
            raise FileNotFoundError(f"no such file or folder: {raw}")
    seen: set[Path] = set()
    unique = []
    for f in out:
        if f.resolve() not in seen:
            seen.add(f.resolve())
            unique.append(f)
    return unique


def check_documents(
    paths: Sequence[str | Path],
    settings: Settings = DEFAULT_SETTINGS,
    progress: Progress | None = None,
    timeout: float | None = None,
) -> list[IdentityResult]:
    """Check every document under ``paths``: one IdentityResult per chain (kind "document")."""
    results: list[IdentityResult] = []
    for doc in collect_documents(paths):
        results.extend(check_document(doc, settings, progress=progress, timeout=timeout).results)
    return results


def check_document(
    path: str | Path,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    display: str | None = None,
    progress: Progress | None = None,
    timeout: float | None = None,
    macro_files: Sequence[str | Path] = (),
) -> DocumentCheck:
    """Check one document; never raises for a bad document (errors become ERROR results).
    ``macro_files``: LaTeX files whose macro definitions apply to the document (read first)."""
    p = Path(path)
    shown = display or display_path(p)
    try:
        text = load_document(p)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        check = DocumentCheck(shown, "")
        check.errors.append(_error_result(shown, 1, "document cannot be read", str(exc), settings))
        return check
    return check_text(
        text, shown, settings, progress=progress, timeout=timeout, macro_files=macro_files, folder=p.parent
    )


def check_text(
    text: str,
    path: str,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    progress: Progress | None = None,
    timeout: float | None = None,
    macro_files: Sequence[str | Path] = (),
    folder: Path | None = None,
) -> DocumentCheck:
    """Check a document given as text (``path`` names it in ids and ``file:line`` sources;
    ``\\input`` files are looked for in ``folder``, by default the folder of ``path``).

    With ``timeout``, the chains are checked in a killable worker with that budget per chain
    (:func:`verifier.runner.run_each`); a chain that runs out is TIMEOUT, the others go on.
    """
    ctx = parse_context(text, path)
    sources = read_sources(text, path, macro_files=macro_files, folder=folder)
    blocks = sources.blocks
    check = DocumentCheck(path, text, blocks, context_errors=list(ctx.errors))
    check.notes.extend(f"{path}:{line}: {message}" for line, message in sources.notes)
    for err in ctx.errors:
        check.errors.append(_error_result(path, err.line, "context block", err.message, settings))
    doc = _Document(path, text, blocks, ctx, settings, progress)
    chains = doc.chains()
    doc.chain_lines = sorted(c.line for c in chains)
    if timeout is None:
        check.chains.extend(doc.check(chain) for chain in chains)
    else:
        from verifier.runner import report_stage, run_each

        doc.stage = report_stage
        # the progress line is the parent's: it names each chain as the worker starts it
        doc.progress = None
        announce = None if progress is None else (lambda chain: progress(f"{path}:{chain.line}"))
        check.chains.extend(run_each(doc.check, chains, doc.unfinished, timeout=timeout, on_start=announce))
    return check


def _error_result(path: str, line: int, title: str, message: str, settings: Settings) -> IdentityResult:
    return IdentityResult(
        id=f"{Path(path).name}:{line}",
        title=title,
        statement="",
        verdict=Verdict.ERROR,
        source=f"{path}:{line}",
        seed=settings.seed,
        message=message,
        kind="document",
    )


# ---------------------------------------------------------------------------------------------
# Chains as the checker sees them


@dataclass
class _Member:
    latex: str
    line: int
    parsed: ParsedMember | None = None
    error: str = ""  # why it cannot be read


@dataclass
class _Step:
    index: int
    left: int
    right: int
    condition: str | None
    line: int
    relation: str = EQUALITY  # ":=" a definition; "\\approx", "\\le", … a link that is not an equality


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


_INLINE = re.compile(r"(?<![$\\])\$(?!\$)([^$]+?)(?<!\\)\$(?!\$)")
_CASE = re.compile(r"\bcase\s*\d*\s*[:.)]?\s*\$([^$]+)\$", re.I)
_REL_SPLIT = re.compile(r"(\\neq|\\ne(?![a-z])|\\leq?(?![a-z])|\\geq?(?![a-z])|!=|<=|>=|==|=|<|>)")
_REL_TO_SYMPY = {"\\neq": sp.Ne, "\\ne": sp.Ne, "!=": sp.Ne, "\\leq": sp.Le, "\\le": sp.Le, "<=": sp.Le,
                 "\\geq": sp.Ge, "\\ge": sp.Ge, ">=": sp.Ge, "=": sp.Eq, "==": sp.Eq, "<": sp.Lt,
                 ">": sp.Gt}  # fmt: skip


class _Document:
    """One document being checked: its text, context, and cached instances."""

    def __init__(
        self,
        path: str,
        text: str,
        blocks: list[MathBlock],
        ctx: DocumentContext,
        settings: Settings,
        progress: Progress | None,
    ) -> None:
        self.path = path
        self.text = text
        self.lines = text.split("\n")
        self.blocks = blocks
        self.ctx = ctx
        self.settings = settings
        self.progress = progress
        self.stage: Callable[[str], None] = lambda stage: None  # the engine's stages (named in a TIMEOUT)
        self.spans = [(b.line, b.line + b.text.count("\n")) for b in blocks]
        self.starts = [s for s, _ in self.spans]
        self.functions = ctx.functions
        self._instances: dict[tuple[int, tuple[tuple[Key, int], ...]], Instance] = {}
        self.chain_lines: list[int] = []
        self._cells = [(i + 1, int(m.group(1))) for i, ln in enumerate(self.lines)
                       if (m := re.fullmatch(r"<!-- cell (\d+) -->", ln))]  # fmt: skip

    # -- sources ----------------------------------------------------------------------------
    def where(self, line: int) -> str:
        if self._cells:
            k = bisect.bisect_right([ln for ln, _ in self._cells], line) - 1
            if k >= 0:
                marker, cell = self._cells[k]
                return f"{self.path}: cell {cell}, line {line - marker}"
        return f"{self.path}:{line}"

    def parse(self, src: str, prime_var: sp.Basic | None = None, nc: frozenset[str] | None = None) -> sp.Basic:
        r"""Parse with the document's options. Declared names do not commute (written order is
        kept); SymPy cannot compare such symbols, so ``\max(Z, 0)`` or ``Z > 0`` is parsed again
        with commuting symbols; the resolver then accepts a product of such factors only if every
        order of them gives the same value (see ``Resolver._unordered_product``)."""
        names = frozenset() if nc is None else nc
        try:
            return parse_latex(src, functions=self.functions, noncommutative=names, prime_var=prime_var)
        except LatexError as exc:
            if "comparable" not in exc.message and "comparison" not in exc.message:
                raise
            return parse_latex(src, functions=self.functions, prime_var=prime_var)

    # -- finding chains ---------------------------------------------------------------------
    def _block_of(self, line: int) -> int:
        return max(bisect.bisect_right(self.starts, line) - 1, 0)

    def _prose(self, after_block: int | None, before_block: int) -> tuple[int, str]:
        """(first line, text) of the lines strictly between two blocks (outside any display)."""
        start = self.spans[after_block][1] + 1 if after_block is not None and after_block >= 0 else 1
        end = self.spans[before_block][0] - 1
        if end < start:
            return start, ""
        return start, "\n".join(self.lines[start - 1 : end])

    def _inline_lhs(self, first_line: int, prose: str) -> tuple[str, int] | None:
        """The last inline formula of ``prose`` that ends with ``=`` (not struck through)."""
        found = None
        for m in _INLINE.finditer(prose):
            body = m.group(1).strip()
            before, after = prose[: m.start()], prose[m.end() :]
            if before.endswith("~~") and after.startswith("~~"):
                continue
            if body.endswith("=") and not body.endswith(":="):
                found = (body[:-1].strip(), first_line + prose[: m.start()].count("\n"))
        return found

    def chains(self) -> list[_Chain]:
        """The document's chains, split where prose introduces a new left-hand side."""
        out: list[_Chain] = []
        for chain in join_chains(self.blocks):
            members = [_Member(m.latex, m.line) for m in chain.members]
            conds: list[str | None] = [s.condition for s in chain.steps]
            rels = [s.relation for s in chain.steps]
            pieces: list[tuple[list[_Member], list[str | None], list[tuple[str, str]], bool]] = []
            current: list[_Member] = []
            current_conds: list[str | None] = []
            first_block = self._block_of(members[0].line)
            lead_conditions = self._case_conditions(first_block)
            dangling = chain.dangling
            for k, m in enumerate(members):
                if k and self._block_of(m.line) != self._block_of(members[k - 1].line):
                    b0, b1 = self._block_of(members[k - 1].line), self._block_of(m.line)
                    start, prose = self._prose(b0, b1)
                    lhs = self._inline_lhs(start, prose)
                    if lhs is not None:  # "Case 2: $\frac{\partial a}{\partial b} =$" starts a new chain
                        pieces.append((current, current_conds, lead_conditions, dangling))
                        current, current_conds = [], []
                        lead_conditions = self._case_conditions(b1)
                        dangling = True
                if current:
                    current_conds.append(conds[k - 1] if k - 1 < len(conds) else None)
                current.append(m)
            pieces.append((current, current_conds, lead_conditions, dangling))
            first = 0  # index in ``members`` of the piece's first member
            for n, (mems, cnds, case_conds, is_dangling) in enumerate(pieces):
                c = _Chain(mems[0].line, list(mems), [], chain.label if n == 0 else None, chain.struck,
                           list(chain.notes) if n == 0 else [], list(case_conds),
                           chain.derivative_variable)  # fmt: skip
                step_conds = list(cnds)
                if is_dangling:
                    b = self._block_of(mems[0].line)
                    start, prose = self._prose(b - 1 if b > 0 else None, b)
                    lhs = self._inline_lhs(start, prose)
                    if lhs is not None:
                        c.members.insert(0, _Member(lhs[0], lhs[1]))
                        c.notes.append(f"left-hand side taken from the inline formula at line {lhs[1]}")
                    else:
                        why = "its left-hand side is not in display math"
                        c.members.insert(0, _Member("", mems[0].line, error=why))
                    step_conds.insert(0, None)
                    c.line = c.members[0].line
                step_rels = rels[first : first + len(mems) - 1]
                if is_dangling:
                    step_rels.insert(0, rels[first - 1] if first else chain.lead_relation)
                first += len(mems)
                c.steps = [_Step(i + 1, i, i + 1, step_conds[i], c.members[i + 1].line, step_rels[i])
                           for i in range(len(c.members) - 1)]  # fmt: skip
                if c.steps:
                    out.append(c)
        return out

    def _case_conditions(self, block: int) -> list[tuple[str, str]]:
        """"Case 1: $r = i$" in the prose just before ``block``."""
        start, prose = self._prose(block - 1 if block > 0 else None, block)
        out = []
        for m in _CASE.finditer(prose):
            body = m.group(1).strip()
            if body.endswith("="):
                continue
            line = start + prose[: m.start()].count("\n")
            out.append((body, f"'{m.group(0).strip()}' at line {line}"))
        return out

    # -- checking one chain -----------------------------------------------------------------
    def check(self, chain: _Chain) -> CheckedChain:
        started = time.perf_counter()
        if self.progress is not None:
            self.progress(f"{self.path}:{chain.line}")
        self.stage("reading the members")
        scope = self.ctx.scope_at(chain.line)
        expected = ""
        for a in scope.assumptions:
            if a.next_chain:
                later = [ln for ln in self.chain_lines if ln > a.line]
                applies = bool(later) and later[0] == chain.line
            else:
                applies = any(m.line in a.lines for m in chain.members) or chain.line in a.lines
            if applies and a.expect:
                expected = a.expect
            elif applies:
                chain.conditions.append((a.condition, f"context line {a.line}"))
        self._read(chain, scope)
        if chain.struck:
            steps = [self._skipped(chain, s, STRUCK) for s in chain.steps]
        else:
            try:
                steps = _Checker(self, chain, scope).run()
            except BudgetExceeded:
                raise
            except (Exception, RecursionError) as exc:  # noqa: BLE001 - a bug here must not hide the other chains
                why = f"internal error while checking this chain: {type(exc).__name__}: {exc}"
                steps = [replace(self._skipped(chain, s, why), verdict=Verdict.ERROR) for s in chain.steps]
        parsed = [chain.members[s.left].parsed is not None and chain.members[s.right].parsed is not None
                  for s in chain.steps]  # fmt: skip
        notes = list(chain.notes)
        if chain.conditions:
            notes.append("conditions: " + "; ".join(f"{c} ({w})" for c, w in chain.conditions))
        statement = " = ".join(m.latex or "…" for m in chain.members)
        label = f"{chain.label} " if chain.label else ""
        result = IdentityResult(
            # "hw.md:12", and for notebooks "hw.ipynb: cell 3, line 2" as in the source (not the
            # line of the concatenated cells, which the reader never sees)
            id=Path(self.path).name + self.where(chain.line)[len(self.path) :],
            title=_shorten(label + statement, 70),
            statement=statement,
            verdict=worst([s.verdict for s in steps]),
            steps=tuple(steps),
            source=self.where(chain.line),
            seed=self.settings.seed,
            duration=time.perf_counter() - started,
            message="; ".join(notes),
            kind="document",
            expected=expected,
        )
        return CheckedChain(result, [s.line for s in chain.steps], parsed)

    def _read(self, chain: _Chain, scope: Scope) -> None:
        """Parse every member (with the fallback readings); split nested equations ``s(a = b)``."""
        prime_var = None
        if chain.derivative_variable:
            try:
                prime_var = self.parse(chain.derivative_variable, None, self.ctx.noncommutative(scope))
            except LatexError:
                prime_var = None

        nc = self.ctx.noncommutative(scope)

        def parse(src: str) -> sp.Basic:
            return self.parse(src, prime_var, nc)

        k = 0
        while k < len(chain.members):
            m = chain.members[k]
            if m.error and not m.latex:
                k += 1
                continue
            try:
                m.parsed = read_member(m.latex, parse)
            except LatexError as exc:
                nested = split_nested_equation(m.latex) if "relation '='" in exc.message else None
                if nested is not None:
                    a, b = (_Member(x, m.line) for x in nested)
                    chain.members[k : k + 1] = [a, b]
                    for s in chain.steps:  # m_k becomes a (as a right end) and b (as a left end)
                        s.left += s.left >= k
                        s.right += s.right > k
                    chain.steps.insert(k, _Step(0, k, k + 1, None, m.line))
                    for n, s in enumerate(chain.steps):
                        s.index = n + 1
                    chain.notes.append(f"the nested equation at line {m.line} is read as one more step")
                    continue
                m.error = f"cannot be read: {exc.message}"
            k += 1

    def unfinished(self, chain: _Chain, outcome: Any) -> CheckedChain:
        """A chain whose worker gave no verdict (a ``runner.Outcome``): every step TIMEOUT or ERROR."""
        verdict = Verdict.TIMEOUT if outcome.status == "timeout" else Verdict.ERROR
        why = f"{outcome.message}; stopped during {outcome.stage}"
        steps = [replace(self._skipped(chain, s, why), verdict=verdict) for s in chain.steps]
        statement = " = ".join(m.latex or "…" for m in chain.members)
        result = IdentityResult(
            id=f"{Path(self.path).name}:{chain.line}",
            title=_shorten(statement, 70),
            statement=statement,
            verdict=verdict,
            steps=tuple(steps),
            source=self.where(chain.line),
            seed=self.settings.seed,
            duration=outcome.elapsed,
            message=why,
            kind="document",
        )
        return CheckedChain(result, [s.line for s in chain.steps], [False] * len(chain.steps))

    def _skipped(self, chain: _Chain, step: _Step, reason: str) -> StepResult:
        left, right = chain.members[step.left], chain.members[step.right]
        return StepResult(
            index=step.index,
            lhs=_text(left),
            rhs=_text(right),
            lhs_latex=left.latex,
            rhs_latex=right.latex,
            verdict=Verdict.SKIPPED,
            message=reason,
            source=self.where(step.line),
        )

    def instance(self, scope_id: int, scope: Scope, sizes: dict[Key, int]) -> Instance:
        key = (scope_id, tuple(sorted(sizes.items())))
        if key not in self._instances:
            self._instances[key] = instantiate(scope, sizes)
        return self._instances[key]


def free_names(tree: sp.Basic, bound: frozenset[str] = frozenset()) -> set[str]:
    """Names of free symbols, including derivative variables (SymPy drops them) and the
    indices of ``x_i``, without the variables bound by sums and products."""
    if isinstance(tree, sp.Symbol):
        return set() if tree.name in bound else {tree.name}
    if isinstance(tree, sp.Sum | sp.Product):
        inner = bound | {str(v) for v, *_ in tree.limits}
        out = free_names(tree.function, inner)
        for _, lo, hi in tree.limits:
            out |= free_names(lo, bound) | free_names(hi, bound)
        return out
    out: set[str] = set()
    for a in tree.args:
        if isinstance(a, sp.Basic):
            out |= free_names(a, bound)
    return out


def _diagonal(a: Value, b: Value) -> tuple[Value, Value, str] | None:
    """``∂ReLU(z)/∂z = 1[z > 0]``: a diagonal Jacobian against the vector of its diagonal."""
    for jac_left, jac, vec in ((True, a, b), (False, b, a)):
        shape, vshape = shape_of_value(jac), shape_of_value(vec)
        if len(shape) != 2 or shape[0] != shape[1] or len(vshape) != 2 or 1 not in vshape:
            continue
        if max(vshape) != shape[0]:
            continue
        full = jac.explicit() if isinstance(jac, D) else jac
        n = shape[0]
        if any(full[i, j] != 0 for i in range(n) for j in range(n) if i != j):  # structurally zero only
            continue
        diag = sp.ImmutableMatrix(vshape[0], vshape[1], [full[i, i] for i in range(n)])
        note = "the Jacobian of an entry-wise function (diagonal) read as the vector of its diagonal"
        return (diag, vec, note) if jac_left else (vec, diag, note)
    return None


def _text(m: _Member) -> str:
    if m.parsed is None:
        return m.latex or "(not in display math)"
    tree = m.parsed.tree
    if isinstance(tree, ListMember):
        text = f"[{sp.sstr(tree.body, order='none')} for {tree.var} = {tree.lo}..{tree.hi}]"
    else:
        text = sp.sstr(tree, order="none")
    for name, expr in m.parsed.placeholders.items():  # \partial (E) is shown as E again
        text = text.replace(name, f"({sp.sstr(expr, order='none')})")
    return text


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------------------------------------
# The per-chain checker


@dataclass
class _Outcome:
    """One step at one instance: an engine result, or a reason it could not run."""

    result: StepResult | None = None
    verdict: Verdict | None = None
    message: str = ""
    label: str = ""
    readings: tuple[str, ...] = ()


class _Checker:
    def __init__(self, doc: _Document, chain: _Chain, scope: Scope) -> None:
        self.doc = doc
        self.chain = chain
        self.scope = scope
        self.scope_id = sum(1 for b in doc.ctx.blocks if b.line < chain.line)
        self.outcomes: dict[int, list[_Outcome]] = {s.index: [] for s in chain.steps}
        self.fixed: dict[int, tuple[Verdict, str]] = {}  # steps decided before any instance

    # -- conditions -------------------------------------------------------------------------
    def _condition_tree(self, text: str) -> sp.Basic | None:
        """``k \\neq l``, ``r = i`` → a relational; None for a mere label such as ``(1)``."""
        parts = _REL_SPLIT.split(text)
        if len(parts) < 3:
            return None
        sides = [self.doc.parse(p, None, frozenset()) for p in parts[0::2]]
        rels = parts[1::2]
        out = [_REL_TO_SYMPY[r](a, b, evaluate=False) for a, b, r in zip(sides, sides[1:], rels, strict=False)]
        return sp.And(*out, evaluate=False) if len(out) > 1 else out[0]

    def run(self) -> list[StepResult]:
        chain = self.chain
        for s in chain.steps:
            if s.relation == DEFINITION:
                self.fixed[s.index] = (Verdict.SKIPPED, "a definition (not a claim to check)")
            elif s.relation != EQUALITY:
                self.fixed[s.index] = (Verdict.SKIPPED, f"not an equality ({s.relation})")
        for s in chain.steps:
            for side in (s.left, s.right):
                m = chain.members[side]
                if m.parsed is None and s.index not in self.fixed:
                    self.fixed[s.index] = (Verdict.SKIPPED, f"{'left' if side == s.left else 'right'} member "
                                           f"(line {m.line}) {m.error}")  # fmt: skip
        conditions: list[tuple[sp.Basic, str]] = []
        for text, where in chain.conditions:
            try:
                tree = self._condition_tree(text)
            except LatexError as exc:
                return self._all_skipped(f"the condition {text!r} ({where}) cannot be read: {exc.message}")
            if tree is not None:
                conditions.append((tree, f"{text} ({where})"))
        step_conditions: dict[int, sp.Basic] = {}
        for s in chain.steps:
            if s.condition:
                try:
                    tree = self._condition_tree(s.condition)
                except LatexError as exc:
                    self.fixed.setdefault(s.index, (Verdict.SKIPPED, f"its condition cannot be read: {exc.message}"))
                    continue
                if tree is not None:
                    step_conditions[s.index] = tree
        live = [s for s in chain.steps if s.index not in self.fixed]
        if live:
            try:
                self._instances(live, conditions, step_conditions)
            except ResolveError as exc:
                for s in live:
                    self.fixed.setdefault(s.index, (Verdict.SKIPPED, str(exc)))
        return [self._aggregate(s) for s in chain.steps]

    def _all_skipped(self, reason: str) -> list[StepResult]:
        return [self.doc._skipped(self.chain, s, reason) for s in self.chain.steps]

    # -- free indices and sizes -------------------------------------------------------------
    def _free_indices(self, trees: Iterable[sp.Basic]) -> list[str]:
        names = set()
        for t in trees:
            for name in free_names(t):
                if isinstance(self.scope.names.get((name, ())), IndexRange):
                    names.add(name)
        return sorted(names)

    def _trees(self, members: Iterable[_Member]) -> list[sp.Basic]:
        out: list[sp.Basic] = []
        for m in members:
            if m.parsed is None:
                continue
            tree = m.parsed.tree
            if isinstance(tree, ListMember):
                out.append(sp.Tuple(sp.Sum(tree.body, (tree.var, tree.lo, tree.hi)), tree.lo, tree.hi))
            else:
                out.append(tree)
            out.extend(m.parsed.placeholders.values())
        return out

    def _sizes(self) -> list[Size]:
        return [e for e in self.scope.names.values() if isinstance(e, Size)]

    def _combos(self, relevant: set[Key]) -> list[dict[Key, int]]:
        sizes = self._sizes()
        base = {s.key: s.values[0] for s in sizes}
        varied = [s for s in sizes if s.key in relevant]
        if not varied:
            return [base]
        grid = [dict(zip([s.key for s in varied], combo, strict=True))
                for combo in itertools.product(*(sorted(set(s.values)) for s in varied))]  # fmt: skip
        if len(grid) > MAX_SIZE_COMBOS:
            smallest = grid[0]
            ranked = sorted(grid, key=lambda g: (-len(set(g.values())), sum(g.values())))
            picked = [smallest]
            for g in ranked:
                if g not in picked:
                    picked.append(g)
                if len(picked) == MAX_SIZE_COMBOS - 1:
                    break
            if grid[-1] not in picked:
                picked.append(grid[-1])
            grid = sorted(picked, key=lambda g: sum(g.values()))
        return [{**base, **g} for g in grid]

    def _assignments(
        self, free: list[str], instance: Instance, conditions: list[tuple[sp.Basic, str]], resolver: Resolver
    ) -> list[dict[str, int]]:
        if not free:
            return [{}]
        ranges = []
        for name in free:
            entry = self.scope.names[(name, ())]
            assert isinstance(entry, IndexRange)
            lo, hi = dim_value(entry.lo, instance.sizes), dim_value(entry.hi, instance.sizes)
            ranges.append(range(lo, hi + 1))
        candidates = [dict(zip(free, values, strict=True)) for values in itertools.product(*ranges)]
        ok = [a for a in candidates if self._holds(conditions, a, resolver) is not False]
        patterns: dict[tuple[int, ...], list[dict[str, int]]] = {}
        for a in ok:
            values = [a[n] for n in free]
            pattern = tuple(values.index(v) for v in values)
            patterns.setdefault(pattern, []).append(a)
        picked: list[dict[str, int]] = []
        for group in patterns.values():
            for a in (group[0], group[-1]):
                if a not in picked:
                    picked.append(a)
        return picked[:MAX_ASSIGNMENTS]

    def _holds(self, conditions: list[tuple[sp.Basic, str]], a: dict[str, int], resolver: Resolver) -> bool | None:
        saved = resolver.indices
        resolver.indices = {**saved, **a}
        try:
            verdicts = [resolver.condition(tree) for tree, _ in conditions]
        except ResolveError:
            return None
        finally:
            resolver.indices = saved
        if any(v is False for v in verdicts):
            return False
        return True if all(v is True for v in verdicts) else None

    def _resolver(self, instance: Instance, indices: dict[str, int]) -> Resolver:
        placeholders: dict[str, sp.Basic] = {}
        for m in self.chain.members:
            if m.parsed is not None:
                placeholders.update(m.parsed.placeholders)
        nc = self.doc.ctx.noncommutative(self.scope)
        resolver = Resolver(
            self.scope, instance, indices, parse=lambda src: self.doc.parse(src, None, nc), placeholders=placeholders
        )
        return resolver

    # -- the instances ----------------------------------------------------------------------
    def _instances(
        self, live: list[_Step], conditions: list[tuple[sp.Basic, str]], step_conditions: dict[int, sp.Basic]
    ) -> None:
        chain = self.chain
        used = {i for s in live for i in (s.left, s.right)}
        members = [chain.members[i] for i in sorted(used)]
        cond_trees = [t for t, _ in conditions] + list(step_conditions.values())
        free = self._free_indices([*self._trees(members), *cond_trees])
        # probe at the smallest sizes: which sizes do these members depend on?
        probe_sizes = self._combos(set())[0]
        probe_instance = self.doc.instance(self.scope_id, self.scope, probe_sizes)
        relevant: set[Key] = set()
        probe = self._resolver(probe_instance, {})
        for name in free:
            entry = self.scope.names[(name, ())]
            assert isinstance(entry, IndexRange)
            relevant |= {d for d in (entry.lo, entry.hi) if not isinstance(d, int)}
        first = self._assignments(free, probe_instance, conditions, probe)[:1] or [{}]
        probe.indices = dict(first[0])
        for i in sorted(used):
            tree = chain.members[i].parsed
            assert tree is not None
            try:
                probe.member(tree.tree)
            except ResolveError:
                pass  # reported per instance below
        relevant |= probe.sizes_used
        for sizes in self._combos(relevant):
            instance = self.doc.instance(self.scope_id, self.scope, sizes)
            resolver0 = self._resolver(instance, {})
            shown_sizes = {display_key(k): v for k, v in sizes.items() if k in relevant}
            for assignment in self._assignments(free, instance, conditions, resolver0):
                self._one(live, instance, shown_sizes, assignment, conditions, step_conditions)

    def _one(
        self,
        live: list[_Step],
        instance: Instance,
        sizes: dict[str, int],
        assignment: dict[str, int],
        conditions: list[tuple[sp.Basic, str]],
        step_conditions: dict[int, sp.Basic],
    ) -> None:
        chain = self.chain
        label = ", ".join(f"{k}={v}" for k, v in {**sizes, **assignment}.items())
        resolver = self._resolver(instance, assignment)
        values: dict[int, Value | Exception] = {}
        readings: dict[int, tuple[str, ...]] = {}
        for s in live:
            for i in (s.left, s.right):
                if i in values:
                    continue
                parsed = chain.members[i].parsed
                assert parsed is not None
                resolver.readings = []
                try:
                    values[i] = resolver.member(parsed.tree)
                except ResolveError as exc:
                    values[i] = exc
                readings[i] = tuple(parsed.readings) + tuple(resolver.readings)
        applicable: list[_Step] = []
        chain_ok = self._holds(conditions, {}, resolver)
        if chain_ok is None:  # e.g. "Case: $x > 0$": a restriction of the domain, not of the indices
            why = "; ".join(w for _, w in conditions)
            for s in live:
                self._add(s, _Outcome(verdict=Verdict.SKIPPED, label=label, message=(
                    f"the condition {why} is not about indices; declare it as a domain instead")))  # fmt: skip
            return
        for s in live:
            cond = step_conditions.get(s.index)
            holds = chain_ok
            if cond is not None:
                try:
                    c = resolver.condition(cond)
                except ResolveError as exc:
                    self._add(s, _Outcome(verdict=Verdict.SKIPPED, message=f"its condition: {exc}", label=label))
                    continue
                if c is None:
                    self._add(s, _Outcome(verdict=Verdict.SKIPPED, label=label,
                                          message=f"the condition {s.condition} is not about indices"))  # fmt: skip
                    continue
                holds = c if holds is not False else False
            if holds is False:
                continue
            notes = readings.get(s.left, ()) + tuple(r for r in readings.get(s.right, ()) if r not in readings[s.left])
            bad = [(i, values[i]) for i in (s.left, s.right) if isinstance(values[i], Exception)]
            if bad:
                i, exc = bad[0]
                side = "left" if i == s.left else "right"
                verdict = Verdict.FAILED if isinstance(exc, DimensionError) else Verdict.SKIPPED
                self._add(s, _Outcome(verdict=verdict, message=f"{side} member: {exc}", label=label, readings=notes))
                continue
            a, b = values[s.left], values[s.right]
            if shape_of_value(a) != shape_of_value(b):
                fixed = self._componentwise(s, a, b, assignment)
                if fixed is None:
                    self._add(s, _Outcome(verdict=Verdict.FAILED, label=label, readings=notes, message=(
                        f"shape mismatch: the left member is {shape_text(a)}, the right member is {shape_text(b)}")))
                    continue  # fmt: skip
                values = {**values, s.left: fixed[0], s.right: fixed[1]}
                notes = (*notes, fixed[2])
            applicable.append(s)
            readings[-s.index] = notes  # per-step readings
        # consecutive applicable steps share one claim, so each member is evaluated once
        runs: list[list[_Step]] = []
        for s in applicable:
            if runs and runs[-1][-1].right == s.left and values.get(s.left) is not None:
                runs[-1].append(s)
            else:
                runs.append([s])
        for run in runs:
            idx = [run[0].left] + [s.right for s in run]
            members = tuple(values[i] for i in idx)
            claim = Claim(members, tuple(self._used_variables(instance, members)))
            key = f"{self.doc.path}:{chain.line}|{label}"
            engine_sizes = {**sizes, **assignment}
            try:
                results = check_claim(claim, key, engine_sizes, self.doc.settings, self.doc.stage)
            except BudgetExceeded as exc:
                for s in run:
                    self._add(s, _Outcome(verdict=Verdict.TIMEOUT, label=label,
                                          message=f"the budget ran out ({exc.stage or 'checking'})"))  # fmt: skip
                continue
            for s, r in zip(run, results, strict=True):
                self._add(s, _Outcome(result=r, label=label, readings=readings.get(-s.index, ())))

    def _componentwise(
        self, s: _Step, a: Value, b: Value, assignment: dict[str, int]
    ) -> tuple[Value, Value, str] | None:
        """``∂L/∂b = \\sum_i ∂L/∂Z_{ik}``: a vector on one side, its entry ``k`` on the other."""
        chain = self.chain
        for vec_side, vec, sca in ((s.left, a, b), (s.right, b, a)):
            if shape_of_value(sca) != () or len(shape_of_value(vec)) != 2 or 1 not in shape_of_value(vec):
                continue
            other = s.right if vec_side == s.left else s.left
            mine = set(self._free_indices(self._trees([chain.members[vec_side]])))
            theirs = [n for n in self._free_indices(self._trees([chain.members[other]])) if n not in mine]
            if len(theirs) != 1:
                continue
            k = assignment[theirs[0]]
            if isinstance(vec, D):
                if not vec.scalar_f or not isinstance(vec.wrt, sp.MatrixBase):
                    continue
                entry: Value = D(vec.f, list(vec.wrt)[k - 1])
            else:
                entry = list(vec)[k - 1]
            note = f"the vector side read component-wise: entry {theirs[0]} = {k}"
            return (entry, sca, note) if vec_side == s.left else (sca, entry, note)
        return _diagonal(a, b)

    @staticmethod
    def _used_variables(instance: Instance, members: Sequence[Value]) -> list[Variable]:
        syms: set[sp.Symbol] = set()
        for m in members:
            syms |= free_symbols(m)
        return [v for v in instance.variables.values() if syms.intersection(v.symbols)]

    def _add(self, step: _Step, outcome: _Outcome) -> None:
        self.outcomes[step.index].append(outcome)

    # -- one verdict per written step -------------------------------------------------------
    def _aggregate(self, step: _Step) -> StepResult:
        chain = self.chain
        left, right = chain.members[step.left], chain.members[step.right]
        texts = dict(lhs=_text(left), rhs=_text(right), lhs_latex=left.latex, rhs_latex=right.latex)
        source = self.doc.where(step.line)
        if step.index in self.fixed:
            verdict, message = self.fixed[step.index]
            return StepResult(index=step.index, verdict=verdict, message=message, source=source, **texts)
        outs = self.outcomes[step.index]
        if not outs:
            return StepResult(index=step.index, verdict=Verdict.SKIPPED, source=source, message=(
                "no assignment of sizes and indices satisfies the step's conditions"), **texts)  # fmt: skip
        verdicts = [o.result.verdict if o.result is not None else o.verdict for o in outs]
        readings: list[str] = []
        for o in outs:
            readings.extend(r for r in o.readings if r not in readings)
        checked = [o.label for o in outs if o.label]
        where = f"checked at {'; '.join(checked)}" if checked else ""
        read = ("read: " + "; ".join(readings)) if readings else ""
        order = [Verdict.FAILED, Verdict.ERROR, Verdict.TIMEOUT, Verdict.SKIPPED]
        for bad in order:
            if bad in verdicts:
                o = outs[verdicts.index(bad)]
                return self._from(step, o, bad, texts, source, where, read)
        final = Verdict.PROVED if all(v is Verdict.PROVED for v in verdicts) else Verdict.PASSED
        rep = next(o for o, v in zip(outs, verdicts, strict=True) if v is final)
        assert rep.result is not None
        method = "; ".join(x for x in (rep.result.method, where) if x)
        points = min(o.result.points for o in outs if o.result is not None)
        return StepResult(
            index=step.index, verdict=final, method=method, points=points, message=read,
            sizes=rep.result.sizes, source=source, duration=sum(o.result.duration for o in outs if o.result), **texts,
        )  # fmt: skip

    def _from(
        self, step: _Step, o: _Outcome, verdict: Verdict, texts: dict[str, str], source: str, where: str, read: str
    ) -> StepResult:
        r = o.result
        at = f"at {o.label}" if o.label else ""
        if r is None:
            message = "; ".join(x for x in (o.message + (f" ({at})" if at else ""), read) if x)
            return StepResult(index=step.index, verdict=verdict, message=message, source=source, method=where, **texts)
        cx = r.counterexample
        if cx is not None:
            extra = tuple((k, str(v)) for k, v in r.sizes)
            cx = replace(cx, point=extra + cx.point, reproduce=self._reproduce())
        message = "; ".join(x for x in (r.message, f"{verdict.value.lower()} {at}" if at else "", read) if x)
        return replace(r, index=step.index, counterexample=cx, message=message, source=source, **texts)

    def _reproduce(self) -> str:
        s = self.doc.settings
        return f"verify doc {self.doc.path} --seed {s.seed} --points {s.points}"
