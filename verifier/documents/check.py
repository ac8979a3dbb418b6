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
import math
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.budget import BudgetExceeded
from verifier.catalog import Claim, D, Variable, explicit
from verifier.documents.context import (
    Assumption,
    ContextError,
    Definition,
    DocumentContext,
    DomainSpec,
    IndexRange,
    Key,
    Scope,
    Size,
    VarDecl,
    display_key,
    merge_contexts,
    parse_context,
    parse_context_file,
    parse_definition,
)
from verifier.documents.infer import (
    KNOWN_FUNCTIONS,
    RESERVED,
    annotations_of,
    infer_scope,
    names_in,
    subscripted_names,
)
from verifier.documents.readings import (
    LIST_VAR,
    PLACEHOLDER,
    ParsedMember,
    einstein,
    log_of_product,
    read_member,
    split_nested_equation,
)
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
from verifier.documents.values import is_matrix, substitute
from verifier.engine import Settings, check_claim
from verifier.latex import DEFINITION, EQUALITY, LatexError, MathBlock, join_chains, parse_latex
from verifier.paths import display_path
from verifier.plots import with_curve
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
READINGS_SECONDS = 4.0  # time for the other readings of one chain's FAILED steps
STRUCK = "struck out by the author"
DEFAULT_SETTINGS = Settings()
_EINSTEIN = re.compile(r"einstein|repeated ind|implied sum|summation convention|summation\s*:\s*einstein", re.I)
_INDEX_LETTERS = frozenset("ijklmnpqr")
_CALL = re.compile(r"(\\?[A-Za-z]+)\s*\(\s*\\?[A-Za-z]+(?:\s*,\s*\\?[A-Za-z]+)*\s*\)")
_SHAPE_ONLY = "the undeclared vectors and matrices as scalars"
_LABELS = frozenset({"y", "t"})  # vectors that ML notes use for (one-hot) labels
_BARE_LOG = re.compile(r"\\(?:log|ln)(?![A-Za-z])\s*(?!\s|\(|\\left|\\big|\\Big)")

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
    *,
    context: str | Path | None = None,
) -> list[IdentityResult]:
    """Check every document under ``paths``: one IdentityResult per chain (kind "document").
    ``context`` is a context file that serves every one of them (``--context FILE``)."""
    results: list[IdentityResult] = []
    for doc in collect_documents(paths):
        results.extend(check_document(doc, settings, progress=progress, timeout=timeout, context=context).results)
    return results


CONTEXT_SUFFIX = ".verify"


def context_beside(path: str | Path) -> Path | None:
    """``hw3.md.verify`` next to ``hw3.md``: the notes' context, kept outside the notes."""
    p = Path(str(path) + CONTEXT_SUFFIX)
    return p if p.is_file() else None


def check_document(
    path: str | Path,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    display: str | None = None,
    progress: Progress | None = None,
    timeout: float | None = None,
    macro_files: Sequence[str | Path] = (),
    context: str | Path | None = None,
) -> DocumentCheck:
    """Check one document; never raises for a bad document (errors become ERROR results).

    Its context is, in order (later declarations win): ``context`` (a file given by the caller),
    the file ``<document>.verify`` beside it, and the document's own ```` ```verify ```` blocks.
    ``macro_files``: LaTeX files whose macro definitions apply to the document (read first)."""
    p = Path(path)
    shown = display or display_path(p)
    try:
        text = load_document(p)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        check = DocumentCheck(shown, "")
        check.errors.append(_error_result(shown, 1, "document cannot be read", str(exc), settings))
        return check
    files: list[DocumentContext] = []
    for f in (Path(context) if context is not None else None, context_beside(p)):
        if f is None:
            continue
        try:
            files.append(parse_context_file(f))
        except (OSError, UnicodeDecodeError) as exc:
            check = DocumentCheck(shown, text)
            check.errors.append(_error_result(str(f), 1, "context file cannot be read", str(exc), settings))
            return check
    outside = None
    for f_ctx in files:
        outside = f_ctx if outside is None else merge_contexts(outside, f_ctx)
    return check_text(
        text, shown, settings, progress=progress, timeout=timeout, macro_files=macro_files, folder=p.parent,
        context=outside,
    )  # fmt: skip


def check_text(
    text: str,
    path: str,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    progress: Progress | None = None,
    timeout: float | None = None,
    macro_files: Sequence[str | Path] = (),
    folder: Path | None = None,
    context: DocumentContext | None = None,
) -> DocumentCheck:
    """Check a document given as text (``path`` names it in ids and ``file:line`` sources;
    ``\\input`` files are looked for in ``folder``, by default the folder of ``path``);
    ``context`` (from a context file) comes before the document's own blocks.

    With ``timeout``, the chains are checked in a killable worker with that budget per chain
    (:func:`verifier.runner.run_each`); a chain that runs out is TIMEOUT, the others go on.
    """
    ctx = parse_context(text, path)
    if context is not None:
        ctx = merge_contexts(context, ctx)
    sources = read_sources(text, path, macro_files=[*macro_files, *ctx.macro_files], folder=folder)
    blocks = sources.blocks
    check = DocumentCheck(path, text, blocks, context_errors=list(ctx.errors))
    check.notes.extend(f"{path}:{line}: {message}" for line, message in sources.notes)
    for err in ctx.errors:
        where = err.path or path
        check.errors.append(_error_result(where, err.line, "context block", err.message, settings))
    doc = _Document(path, text, blocks, ctx, settings, progress)
    chains = doc.chains()
    doc.chain_lines = sorted(c.line for c in chains)
    for err in _dangling_lines(ctx, chains):
        check.context_errors.append(err)
        check.errors.append(_error_result(err.path or path, err.line, "context block", err.message, settings))
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


def _dangling_lines(ctx: DocumentContext, chains: Sequence[_Chain]) -> list[ContextError]:
    """``line 45: r = i`` that points at no chain is an error, never silently ignored."""
    out = []
    for block in ctx.blocks:
        for e in block.entries:
            if not isinstance(e, Assumption) or e.next_chain:
                continue
            hit = any(c.line in e.lines or any(m.line in e.lines for m in c.members) for c in chains)
            if not hit:
                lines = ", ".join(map(str, e.lines))
                why = f"'line {lines}: {e.condition}' points at no derivation chain (none has a member on line {lines})"
                out.append(ContextError(why, block.path or ctx.path, e.line))
    return out


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
    hypotheses: list[tuple[str, str]] = field(default_factory=list)  # (LaTeX equation, where it came from)
    defines: Key | None = None  # its first step defines this name (``L = -\sum_i …``)


_WHERE = re.compile(r"\b(?:where|given|provided|assuming)\s+\$([^$]+)\$", re.I)
_TOP_EQUALS = re.compile(r"(?<![<>!:\\])=(?!=)")
_TAIL = re.compile(r"\\[,;:!]?\s*\\(?:text|mbox|mathrm)\s*\{|\\q?quad|,\s*\\text|\s,\s")


def _split_top_equals(text: str) -> list[str]:
    """Split at ``=`` outside braces and brackets (``\\sum_{d=1}`` keeps its ``=``)."""
    out, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        if ch in "{([":
            depth += 1
        elif ch in "})]":
            depth -= 1
        elif depth == 0 and _TOP_EQUALS.match(text, k):
            out.append(text[start:k])
            start = k + 1
    out.append(text[start:])
    return out


def _cut_tail(text: str) -> str:
    r"""``e^{z_d} \, \text{for} \; c = 1 \cdots C`` → ``e^{z_d}``: drop a trailing side condition."""
    m = _TAIL.search(text)
    return (text[: m.start()] if m else text).strip().rstrip(",.;")


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
        self.reading_line = 0  # the line of the chain being read (definitions before it apply)
        self._parsed: dict[tuple[object, ...], sp.Basic | LatexError] = {}  # parsing is pure: parse once
        self.annotations = annotations_of(text)
        # Einstein summation is a reading only where the notes say they use it (or a context declares it)
        self.einstein = bool(_EINSTEIN.search(text))
        self.note_definitions: list[Definition] = []  # learned from the chains, in document order
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
        # functions the notes define (J(\theta) = …) are applied on the lines after their definition only
        functions = self.ctx.functions_at(self.reading_line or None) | {
            d.key[0] for d in self.note_definitions if d.is_function and d.line < self.reading_line
        }
        key = (src, prime_var, names, functions)
        cached = self._parsed.get(key)
        if cached is not None:
            if isinstance(cached, LatexError):
                raise cached
            return cached
        try:
            tree = self._parse(src, prime_var, names, functions)
        except LatexError as exc:
            self._parsed[key] = exc
            raise
        self._parsed[key] = tree
        return tree

    @staticmethod
    def _parse(src: str, prime_var: sp.Basic | None, names: frozenset[str], functions: frozenset[str]) -> sp.Basic:
        try:
            return parse_latex(src, functions=functions, noncommutative=names, prime_var=prime_var)
        except LatexError as exc:
            if "comparable" not in exc.message and "comparison" not in exc.message:
                raise
            return parse_latex(src, functions=functions, prime_var=prime_var)

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
        for c in out:
            self._learn_definition(c)
        self._learn_inline_definitions()
        trees = []
        for c in out:
            self.reading_line = c.line
            for m in c.members:
                if m.latex and not m.error:
                    try:
                        trees.append(self.parse(m.latex, None, frozenset()))
                    except LatexError:
                        continue
        self.annotations = replace(self.annotations, subscripted=subscripted_names(trees))
        return out

    def _learn_definition(self, chain: _Chain) -> None:
        r"""``L = -\sum_i y_i \log \hat{y}_i`` (a bare name, ``\hat{y}_i`` or ``f(x)`` on the left, not
        used on the right, not declared by a context): the notes define ``L`` here. The definition
        holds for the lines after it (an earlier line is never read differently), and the first
        step is reported as a definition instead of being checked against itself."""
        if chain.struck or len(chain.members) < 2:
            return
        lhs, rhs = chain.members[0], chain.members[1]
        if lhs.error or not lhs.latex or rhs.error or not rhs.latex:
            return
        self.reading_line = chain.line
        try:
            left = self.parse(lhs.latex, None, frozenset())
            right = self.parse(rhs.latex, None, frozenset())
        except LatexError:
            return
        call = _CALL.fullmatch(lhs.latex.strip())
        if call is not None and not isinstance(left, AppliedUndef):  # J(\theta) read as a product J·θ
            head = call.group(1).lstrip("\\")
            if head in KNOWN_FUNCTIONS or head in RESERVED:
                return
            try:
                d = parse_definition(lhs.latex, rhs.latex, chain.line)
            except ContextError:
                return
            declared = self.ctx.scope_at(chain.line + 1).names
            if d.is_function and d.key[0] not in names_in(right) and d.key not in declared:
                self.note_definitions.append(d)
                chain.defines = d.key
            return
        if isinstance(left, AppliedUndef):
            if left.func.__name__ in KNOWN_FUNCTIONS or not all(isinstance(a, sp.Symbol) for a in left.args):
                return
            head = left.func.__name__
        elif isinstance(left, sp.Symbol | sp.Indexed):
            head = left.name if isinstance(left, sp.Symbol) else str(left.base.label)
            if isinstance(left, sp.Indexed) and not all(isinstance(i, sp.Symbol | sp.Integer) for i in left.indices):
                return
        else:
            return
        if head in RESERVED or head in names_in(right):
            return
        if not (right.free_symbols or right.atoms(sp.Indexed)):
            return  # "L = -\log(0.245)": a number worked out for an example, not a definition
        if isinstance(left, sp.Symbol) and (isinstance(right, sp.Symbol) or left.name in _INDEX_LETTERS):
            return  # "$i = j$", "i = 1": a case or a range, not a definition
        try:
            d = parse_definition(lhs.latex, rhs.latex, chain.line)
        except ContextError:
            return
        bounds = {str(b) for big in right.atoms(sp.Sum, sp.Product) for _, *ends in big.limits for b in ends}
        if d.index_params and set(d.index_params) & bounds:
            # \Sigma_C = \sum_{d=1}^{C} …: C is a size in the body, so \Sigma_C is one name, not a family
            d = Definition((d.key[0], d.index_params), rhs.latex, line=chain.line)
        if d.key in self.ctx.scope_at(chain.line + 1).names:
            return  # the context says what it is
        self.note_definitions.append(d)
        chain.defines = d.key

    def _where(self, chain: _Chain) -> list[tuple[str, str]]:
        """``… where $A x = 0$`` in the prose right after a chain: a hypothesis of its steps."""
        last = max(m.line for m in chain.members)
        block = self._block_of(last)
        end = self.spans[block][1] if block < len(self.spans) else last
        after = "\n".join(self.lines[end : end + 2])
        out = []
        for m in _WHERE.finditer(after):
            body = _cut_tail(m.group(1).strip())
            if len(_split_top_equals(body)) == 2:
                out.append((body, f"'where ${body}$' at line {end + 1 + after[: m.start()].count(chr(10))}"))
        return out

    def _learn_inline_definitions(self) -> None:
        r"""``If we define $\Sigma_C = \sum_{d=1}^C e^{z_d}$ so that $y_c = e^{z_c} / \Sigma_C$``: a name
        defined in an inline formula of the prose holds from that line on, like a display one."""
        for m in _INLINE.finditer(self.text):
            body = _cut_tail(m.group(1).strip())
            parts = _split_top_equals(body)
            if len(parts) != 2:
                continue
            lhs, rhs = parts[0].strip(), _cut_tail(parts[1])
            if not lhs or not rhs:
                continue
            line = self.text.count("\n", 0, m.start()) + 1
            fake = _Chain(line, [_Member(lhs, line), _Member(rhs, line)], [])
            self._learn_definition(fake)

    def scope_for(self, line: int) -> Scope:
        """The context's names at ``line``, plus the notes' own definitions written before it."""
        scope = self.ctx.scope_at(line)
        declared = set(scope.names)
        for d in self.note_definitions:
            if d.line < line and d.key not in declared:
                scope.names[d.key] = d
        return scope

    def _infer(self, chain: _Chain, scope: Scope) -> Scope:
        """Add an inferred entry for every name the chain (and the definitions it reaches) uses."""
        plain: list[str] = [m.latex for m in chain.members if m.latex and not m.error]
        names: set[str] = set()
        parsed: list[ParsedMember] = []
        for src in plain:
            try:
                names |= set().union(
                    *(names_in(t) for t in _member_trees(read_member(src, lambda x: self.parse(x, None, frozenset()))))
                )
            except LatexError:
                continue
        names = {n for n in names if not n.startswith((PLACEHOLDER, LIST_VAR))}
        nc = frozenset(names)
        for src in plain:
            try:
                parsed.append(read_member(src, lambda x: self.parse(x, None, nc)))
            except LatexError:
                continue
        trees: list[tuple[sp.Basic, frozenset[str]]] = [(t, frozenset()) for p in parsed for t in _member_trees(p)]
        seen: set[Key] = set()
        k = 0
        while k < len(trees) and k < 200:
            tree, _ = trees[k]
            k += 1
            keys = [(n, ()) for n in names_in(tree)] + [
                (str(x.base.label), tuple(str(i) for i in x.indices)) for x in tree.atoms(sp.Indexed)
            ]
            for key in keys:
                entry = scope.names.get(key)
                if isinstance(entry, Definition) and not entry.builtin and entry.key not in seen:
                    seen.add(entry.key)
                    try:
                        body = self.parse(
                            entry.body, None, nc | frozenset(names_in(self.parse(entry.body, None, frozenset())))
                        )
                    except LatexError:
                        continue
                    trees.append((body, frozenset(entry.params)))
        for key, entry in list(scope.names.items()):
            if isinstance(entry, Definition) and key[1] and key not in seen and not entry.builtin:
                pass
        internal = frozenset(n for t, _ in trees for n in names_in(t) if n.startswith((PLACEHOLDER, LIST_VAR)))
        text = " ".join(plain)
        bold = frozenset(k for k in annotations_of(text).bold if not _plain_use(k, text))
        ann = replace(self.annotations, bold=bold)
        return infer_scope(scope, [(t, b | internal) for t, b in trees], ann).scope

    def _case_conditions(self, block: int) -> list[tuple[str, str]]:
        """ "Case 1: $r = i$" in the prose just before ``block``."""
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
        self.reading_line = chain.line
        scope = self._infer(chain, self.scope_for(chain.line))
        chain.hypotheses.extend((h, "context") for h in scope.hypotheses)
        chain.hypotheses.extend(self._where(chain))
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
        if scope.conventions.get("summation") == "einstein":
            self._sum_repeated(chain, scope)
        if chain.struck:
            steps = [self._skipped(chain, s, STRUCK) for s in chain.steps]
        else:
            try:
                steps = _Checker(self, chain, scope).run()
                steps = self._without_note_definitions(chain, steps)
                steps = self._other_readings(chain, scope, steps)
                steps = [self._doubt(chain, scope, s, r) for s, r in zip(chain.steps, steps, strict=True)]
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

    def _without_note_definitions(self, chain: _Chain, steps: list[StepResult]) -> list[StepResult]:
        """A name the notes defined earlier but use differently here (``y := \\sigma(z)``, then ``y_i``
        in a sum) is read again with that definition left out; the context is never left out."""
        words = ("has no entry", "is a function; call it", "several indices", "nested too deeply")
        clash = [k for k, r in enumerate(steps) if r.verdict is Verdict.SKIPPED and any(w in r.message for w in words)]
        if not clash or not self.note_definitions:
            return steps
        base = self.ctx.scope_at(chain.line)
        saved, self.note_definitions = self.note_definitions, []
        try:
            scope = self._infer(chain, base)
            alt = _Checker(self, chain, scope, {chain.steps[k].index for k in clash}).run()
        finally:
            self.note_definitions = saved
        out = list(steps)
        alt = self._other_readings(chain, scope, alt)
        alt = [self._doubt(chain, scope, st, r) for st, r in zip(chain.steps, alt, strict=True)]
        for k in clash:
            if alt[k].verdict is not Verdict.SKIPPED:
                note = "read without the notes' earlier definitions of its names (they do not fit this line)"
                out[k] = replace(alt[k], message="; ".join(x for x in (note, alt[k].message) if x))
        return out

    # -- every plausible reading before FAILED -------------------------------------------------
    def _other_readings(self, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
        """A FAILED step is checked again under each other plausible reading of the notes; the first
        reading under which it holds gives its verdict, reported with the step (section 4 of
        issue 8: FAILED only if every plausible reading fails)."""
        if not any(r.verdict is Verdict.FAILED for r in steps):
            return steps
        out = list(steps)
        started = time.perf_counter()
        for note, alt_chain, alt_scope in self._alternatives(chain, scope):
            failing = [k for k, r in enumerate(out) if r.verdict is Verdict.FAILED]
            if not failing or time.perf_counter() - started > READINGS_SECONDS:
                break
            try:
                alt = _Checker(self, alt_chain, alt_scope, {chain.steps[k].index for k in failing}).run()
            except ResolveError:
                continue
            for k in failing:
                if note.endswith(_SHAPE_ONLY) and not _shape_failure(out[k]):
                    continue  # scalars are a specialisation: they may only rescue a step whose shapes clash
                r = alt[k]
                if r.verdict in (Verdict.PROVED, Verdict.PASSED):
                    msg = "; ".join(
                        x for x in (f"holds when read with {note} (the literal reading fails)", r.message) if x
                    )
                    out[k] = replace(r, message=msg)
        return out

    def _alternatives(self, chain: _Chain, scope: Scope) -> Iterable[tuple[str, _Chain, Scope]]:
        """Other plausible readings, each a (note, chain, scope): rewritings of the members (Einstein
        summation, ``\\log`` over a whole product) crossed with other meanings of the undeclared
        names (labels one-hot, positive, probabilities, scalars)."""

        def is_index(name: str) -> bool:
            return isinstance(scope.names.get((name, ())), IndexRange)

        def rewritten(fn: Callable[[sp.Basic], sp.Basic]) -> _Chain | None:
            members, changed = [], False
            for m in chain.members:
                if m.parsed is None or isinstance(m.parsed.tree, ListMember):
                    members.append(m)
                    continue
                tree = fn(m.parsed.tree)
                changed |= tree != m.parsed.tree
                members.append(replace(m, parsed=replace(m.parsed, tree=tree)))
            return replace(chain, members=members) if changed else None

        chains: list[tuple[str, _Chain]] = [("", chain)]
        summed = rewritten(lambda t: einstein(t, is_index)) if self.einstein else None
        if summed is not None:
            chains.append(("Einstein summation (a repeated index is summed)", summed))
        if any(_BARE_LOG.search(m.latex) for m in chain.members):
            logged = rewritten(log_of_product)
            if logged is not None:
                chains.append(("\\log applied to the whole product after it", logged))
        scopes: list[tuple[str, Scope]] = [("", scope)]
        inferred = [(k, e) for k, e in scope.names.items() if k in scope.inferred and isinstance(e, VarDecl)]
        labels = scope.copy()
        for key, entry in inferred:
            if entry.kind == "vector" and key[0] in _LABELS:
                labels.names[key] = replace(entry, kind="onehot", domain=DomainSpec())
        if labels.names != scope.names:
            scopes.append(("the labels y/t one-hot", labels))
        positive, unit, flat = scope.copy(), scope.copy(), scope.copy()
        for key, entry in inferred:
            if entry.kind == "function":
                continue
            positive.names[key] = replace(entry, domain=DomainSpec("positive", 0.0, math.inf))
            unit.names[key] = replace(entry, domain=DomainSpec("interval", 0.0, 1.0))
            if entry.kind in ("vector", "matrix"):
                flat.names[key] = VarDecl(key, "scalar", None, entry.domain)
        if positive.names != scope.names:
            scopes.append(("the undeclared quantities positive", positive))
        if unit.names != scope.names:
            scopes.append(("the undeclared quantities in (0, 1) (probabilities)", unit))
        if "layout" not in scope.conventions:  # a layout the notes did not declare: try the other two
            for layout in ("denominator", "numerator"):
                other = scope.copy()
                other.conventions["layout"] = layout
                scopes.append((f"{layout} layout for derivatives", other))
        if flat.names != scope.names:
            scopes.append((_SHAPE_ONLY, flat))
        for cnote, c in chains:
            for snote, sc in scopes:
                if cnote or snote:
                    yield " and ".join(x for x in (cnote, snote) if x), c, sc

    def _doubt(self, chain: _Chain, scope: Scope, step: _Step, r: StepResult) -> StepResult:
        """A FAILED that rests on a guess about undeclared names is not a FAILED: SKIPPED, with why."""
        if r.verdict is not Verdict.FAILED:
            return r
        rounded = self._rounded(chain, step, r)
        if rounded is not None:
            return rounded
        trees = [t for i in (step.left, step.right) if (p := chain.members[i].parsed) is not None
                 for t in _member_trees(p)]  # fmt: skip
        names = [_keys_in(t) for t in trees[:1]] + [set().union(*(_keys_in(t) for t in trees[1:]))] if trees else []
        used = {k[0] for side in names for k in side}
        inferred = {k for k in scope.inferred if k[0] in used}
        if not inferred:
            return r
        guessed = [display_key(k) for k in inferred if isinstance(scope.names.get(k), VarDecl)
                   and scope.names[k].kind == "function"]  # type: ignore[union-attr]  # fmt: skip
        if guessed:
            return self._demote(r, f"{', '.join(sorted(guessed))} is not defined in the notes; the step fails for the "
                                   "test function only")  # fmt: skip
        if _shape_failure(r):
            return self._demote(r, f"the shapes inferred for the undeclared names do not fit this step ({r.message}); "
                                   "declare the shapes in a context")  # fmt: skip
        left, right = chain.members[step.left], chain.members[step.right]
        if left.latex.strip() == "0" or right.latex.strip() == "0":
            return self._demote(r, "an equation to solve (one side is 0), not an identity")
        for t in trees:
            for d in t.atoms(sp.Derivative):
                variables = {str(v.base.label) if isinstance(v, sp.Indexed) else str(v) for v, _ in d.variable_count}
                reached = self._reach(names_in(d.expr), scope)
                loose = sorted(display_key(k) for k in scope.inferred if k[0] in reached and k[0] not in variables
                               and isinstance(e := scope.names.get(k), VarDecl) and e.kind != "matrix")  # fmt: skip
                if loose:
                    return self._demote(r, f"{', '.join(loose)} (not defined in the notes) may depend on the variable "
                                           "of the derivative")  # fmt: skip
        if len(trees) >= 2:
            sides = (
                [trees[:1], trees[1:]]
                if len(trees) == 2
                else [_member_trees(chain.members[step.left].parsed), _member_trees(chain.members[step.right].parsed)]
            )  # type: ignore[arg-type]
            free = [{n for t in side for n in free_names(t) if (n, ()) in inferred
                     and isinstance(scope.names.get((n, ())), IndexRange)} for side in sides]  # fmt: skip
            lone = sorted(free[0] ^ free[1])
            if lone:
                return self._demote(r, f"the index {', '.join(lone)} is free on one side only (an implied sum?)")
        if len(chain.steps) == 1 and not any(t.atoms(sp.Derivative, sp.Sum, sp.Product, AppliedUndef) for t in trees):
            if all(isinstance(scope.names.get(k), VarDecl) for k in inferred):
                return self._demote(r, "an equation between undeclared quantities: nothing says it is an identity "
                                       "(it may hold only for particular values)")  # fmt: skip
        if len(names) == 2:
            one_side = sorted(display_key(k) for k in inferred if (k in names[0]) != (k in names[1])
                              and isinstance(scope.names.get(k), VarDecl))  # fmt: skip
            if one_side:
                why = f"{', '.join(one_side)} appear(s) on one side only and the notes do not define it"
                return self._demote(r, why + ": the step relates it to the other side in a way the checker cannot see")
        return r

    def _reach(self, names: set[str], scope: Scope) -> set[str]:
        """``names`` and every name their definitions (the context's or the notes') use."""
        out, todo = set(names), list(names)
        while todo and len(out) < 500:
            entry = scope.names.get((todo.pop(), ()))
            if isinstance(entry, Definition) and entry.body:
                try:
                    body = names_in(self.parse(entry.body, None, frozenset())) - set(entry.params)
                except LatexError:
                    continue
                todo.extend(body - out)
                out |= body
        return out

    @staticmethod
    def _rounded(chain: _Chain, step: _Step, r: StepResult) -> StepResult | None:
        """``-\\log(0.245) = 1.406``: a number written with d decimals is right if it is within one
        unit of its last digit (the author rounded)."""
        cx = r.counterexample
        texts = (chain.members[step.left].latex, chain.members[step.right].latex)
        decimals = [len(m) for t in texts for m in re.findall(r"\d\.(\d+)", t)]
        if cx is None or not decimals:
            return None
        if any(re.search(r"(?<![a-zA-Z\\])[a-zA-Z](?![a-zA-Z])", re.sub(r"\\[a-zA-Z]+", "", t)) for t in texts):
            return None  # a free letter: not a worked number
        try:
            lhs, rhs = float(cx.lhs), float(cx.rhs)
        except ValueError:
            return None
        tol = 10.0 ** -min(decimals)
        if abs(lhs - rhs) > tol:
            return None
        if cx.entry:  # one entry of a vector is within the rounding: the others are not known to be
            return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=(
                f"numbers rounded to {min(decimals)} decimals: entry {cx.entry} agrees to that precision "
                f"({cx.lhs} and {cx.rhs}); the other entries are not compared"))  # fmt: skip
        return replace(r, verdict=Verdict.PASSED, counterexample=None,
                       message=f"equal to the {min(decimals)} decimals written ({cx.lhs} and {cx.rhs})")  # fmt: skip

    @staticmethod
    def _demote(r: StepResult, why: str) -> StepResult:
        cx = r.counterexample
        extra = f" (literally it fails at {', '.join(f'{k}={v}' for k, v in cx.point)})" if cx is not None else ""
        return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=why + extra)

    @staticmethod
    def _sum_repeated(chain: _Chain, scope: Scope) -> None:
        """``summation: einstein`` in a context: a repeated index is summed (the literal reading)."""

        def is_index(name: str) -> bool:
            return isinstance(scope.names.get((name, ())), IndexRange)

        for m in chain.members:
            if m.parsed is not None and not isinstance(m.parsed.tree, ListMember):
                m.parsed = replace(m.parsed, tree=einstein(m.parsed.tree, is_index))

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

    def instance(self, scope_id: object, scope: Scope, sizes: dict[Key, int]) -> Instance:
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


_BOLD_GROUP = re.compile(r"\\(?:mathbf|boldsymbol|bm|bold|vec|mathbb|textbf|bf)\s*\{[^{}]*\}")


def _plain_use(key: Key, text: str) -> bool:
    """Is ``key``'s name also written *without* bold in ``text``? (then bold is no evidence)."""
    base = key[0]
    rest = _BOLD_GROUP.sub(" ", text)
    pattern = (r"\\" + base if len(base) > 1 else r"(?<![\\A-Za-z])" + re.escape(base)) + r"(?![A-Za-z])"
    return re.search(pattern, rest) is not None


def _keys_in(tree: sp.Basic) -> set[Key]:
    """The names of a tree as keys: ``W_1`` is ("W", ("1",)), ``x_i`` is ("x", ()) (an entry of x)."""
    out: set[Key] = set()
    for sub in sp.preorder_traversal(tree):
        if isinstance(sub, sp.Indexed):
            raw = tuple(str(i) for i in sub.indices)
            out.add((str(sub.base.label), raw if all(r.isdigit() for r in raw) else ()))
        elif isinstance(sub, sp.Symbol):
            out.add((sub.name, ()))
    return out


def _shape_failure(r: StepResult) -> bool:
    """Did the step fail because its members' shapes clash (not because their values differ)?"""
    return r.counterexample is None and any(w in r.message for w in ("mismatch", "cannot be combined", "conform"))


def _member_trees(p: ParsedMember) -> list[sp.Basic]:
    """The trees of a parsed member (a list as the sum of its entries; placeholders too)."""
    tree = p.tree
    if isinstance(tree, ListMember):
        out: list[sp.Basic] = [sp.Sum(tree.body, (tree.var, tree.lo, tree.hi))]
    else:
        out = [tree]
    return out + list(p.placeholders.values())


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
    def __init__(self, doc: _Document, chain: _Chain, scope: Scope, only: set[int] | None = None) -> None:
        self.doc = doc
        self.chain = chain
        self.scope = scope
        self.only = only  # check just these steps (the FAILED ones, under another reading)
        # instances are shared by chains whose declared variables are the same (inferred ones included)
        self.scope_id = tuple(e for e in scope.names.values() if isinstance(e, VarDecl))
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
        if chain.defines is not None and chain.steps and chain.steps[0].index not in self.fixed:
            self.fixed[chain.steps[0].index] = (
                Verdict.SKIPPED,
                (f"defines {display_key(chain.defines)} (the notes' definition, used by the lines after it)"),
            )
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
        if self.only is not None:
            for s in chain.steps:
                if s.index not in self.only:
                    self.fixed.setdefault(s.index, (Verdict.SKIPPED, "not re-checked"))
        live = [s for s in chain.steps if s.index not in self.fixed]
        if live:
            try:
                self._instances(live, conditions, step_conditions)
            except ResolveError as exc:
                for s in live:
                    self.fixed.setdefault(s.index, (Verdict.SKIPPED, str(exc)))
        return [self._aggregate(s) for s in chain.steps]

    def _inferred_notes(self, member: int) -> tuple[str, ...]:
        """What was inferred about the names of one member (reported like any other reading)."""
        parsed = self.chain.members[member].parsed
        if parsed is None or not self.scope.inferred:
            return ()
        used: set[str] = set()
        for t in _member_trees(parsed):
            used |= names_in(t)
        return tuple(f"inferred {note}" for key, note in self.scope.inferred.items() if key[0] in used)

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
        self,
        free: list[str],
        instance: Instance,
        conditions: list[tuple[sp.Basic, str]],
        resolver: Resolver,
        step_conditions: Sequence[sp.Basic] = (),
    ) -> list[dict[str, int]]:
        """Index assignments covering every pattern of equal and distinct indices.

        Filtering comes first and no cap drops a pattern: the chain's conditions restrict the
        candidates, and every step condition (``\\stackrel{k \\neq l}{=}``) restricts its own
        copy, so the patterns a step sees are those that satisfy *its* condition. Each pattern
        keeps its first assignment; its last is added while the total stays within
        ``MAX_ASSIGNMENTS``."""
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
        filters: list[list[tuple[sp.Basic, str]]] = [[]] + [[(c, "")] for c in step_conditions]
        patterns: dict[tuple[int, ...], list[dict[str, int]]] = {}
        for extra in filters:
            for a in ok:
                if extra and self._holds(extra, a, resolver) is False:
                    continue
                values = [a[n] for n in free]
                key = (id(extra[0][0]) if extra else 0, *(values.index(v) for v in values))
                patterns.setdefault(key, []).append(a)
        picked: list[dict[str, int]] = []
        for group in patterns.values():
            if group[0] not in picked:
                picked.append(group[0])
        for group in patterns.values():
            if len(picked) >= MAX_ASSIGNMENTS:
                break
            if group[-1] not in picked:
                picked.append(group[-1])
        return picked

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
            assignments = self._assignments(free, instance, conditions, resolver0, list(step_conditions.values()))
            for assignment in assignments:
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
                readings[i] = tuple(parsed.readings) + tuple(resolver.readings) + self._inferred_notes(i)
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
                    self._add(
                        s,
                        _Outcome(
                            verdict=Verdict.FAILED,
                            label=label,
                            readings=notes,
                            message=(
                                f"shape mismatch: the left member is {shape_text(a)}, "
                                f"the right member is {shape_text(b)}"
                            ),
                        ),
                    )
                    continue  # fmt: skip
                values = {**values, s.left: fixed[0], s.right: fixed[1]}
                notes = (*notes, fixed[2])
            applicable.append(s)
            readings[-s.index] = notes  # per-step readings
        if chain.hypotheses and applicable:
            try:
                mapping, said = self._hypotheses(resolver)
            except ResolveError as exc:
                for s in applicable:
                    self._add(s, _Outcome(verdict=Verdict.SKIPPED, label=label, message=f"a hypothesis: {exc}"))
                return
            for i in {i for s in applicable for i in (s.left, s.right)}:
                values[i] = substitute(explicit(values[i]), mapping)
            for s in applicable:
                readings[-s.index] = (*readings.get(-s.index, ()), said)
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
                earlier = self.outcomes[s.index]  # the first FAILED outcome is the one reported
                if not any(Verdict.FAILED in (o.verdict, o.result and o.result.verdict) for o in earlier):
                    r = with_curve(claim, r)  # a refuted step keeps its curve for the report's plot
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

    def _hypotheses(self, resolver: Resolver) -> tuple[dict[sp.Symbol, sp.Expr], str]:
        """``given: A x = 0`` / ``where $A x = 0$``: the equalities solved (linearly) for some of the
        variables, eliminated from the members — the step is checked where the hypothesis holds."""
        equations: list[sp.Expr] = []
        texts = []
        for text, where in self.chain.hypotheses:
            sides = _split_top_equals(text)
            nc = self.doc.ctx.noncommutative(self.scope)
            try:
                a, b = (resolver.member(self.doc.parse(x, None, nc)) for x in sides)
            except LatexError as exc:
                raise ResolveError(f"{text!r} ({where}) cannot be read: {exc.message}") from None
            a, b = explicit(a), explicit(b)
            diff = (sp.Matrix(a) - sp.Matrix(b)) if is_matrix(a) or is_matrix(b) else sp.Matrix([a - b])
            equations.extend(e for e in diff if e != 0)
            texts.append(f"{text} ({where})")
        unknowns = sorted(set().union(*(e.free_symbols for e in equations)) & resolver.instance.symbols, key=str)
        mapping: dict[sp.Symbol, sp.Expr] = {}
        if equations:
            chosen = list(reversed(unknowns))[: len(equations)]
            if not chosen or not all(sp.Poly(e, *chosen).is_linear for e in equations):
                raise ResolveError("only hypotheses linear in the variables they eliminate are solved")
            solved = sp.solve(equations, chosen, dict=True)
            if not solved:
                raise ResolveError(f"the hypothesis {'; '.join(texts)} has no solution at these sizes")
            mapping = {k: v for k, v in solved[0].items() if isinstance(k, sp.Symbol)}
        names = ", ".join(sorted(str(k) for k in mapping))
        return mapping, f"under the hypothesis {'; '.join(texts)} (solved for {names or 'nothing'})"

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
        good = [o.label for o, v in zip(outs, verdicts, strict=True) if v in (Verdict.PROVED, Verdict.PASSED)]
        inferred_indices = [
            k for k, e in self.scope.names.items() if isinstance(e, IndexRange) and k in self.scope.inferred
        ]
        free = set(self._free_indices(self._trees([left, right])))
        if Verdict.FAILED in verdicts and good and free & {k[0] for k in inferred_indices}:
            bad = outs[verdicts.index(Verdict.FAILED)].label
            return StepResult(index=step.index, verdict=Verdict.SKIPPED, source=source, message=(
                f"holds at {'; '.join(good)} but not at {bad}: a case split the notes may assume (state it, e.g. "
                "'line N: i \\neq j' in a context)" + (f"; {read}" if read else "")), **texts)  # fmt: skip
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
