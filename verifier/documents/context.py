r"""The ```` ```verify ```` context block: what the symbols of a document are.

A derivation written for people leaves out what a checker needs: that ``x`` is a row vector of
length ``D_x``, that ``\sigma`` means softmax in this homework, that ``i`` runs from 1 to ``K``.
A fenced block in the document states it, one declaration per line (``#`` starts a comment)::

    ```verify
    K, N in {2, 3}                       # sizes: each chain is checked at these values
    i, j, r: index 1..K                  # free indices and the range they run over
    x: real                              # scalars: real, positive, real in (0, 1), integer
    z, t: vector[N] positive             # column vectors; row vector[N]; matrix[n x m]
    y: onehot[K]                         # onehot[K], simplex[K] (also: row onehot[K])
    f: function                          # an arbitrary smooth function (a fixed test function)
    \sigma := softmax                    # rename a built-in: softmax, logistic, relu, tanh
    \sigma(z) := \frac{1}{1+e^{-z}}      # a function
    \hat{y}_i := \frac{e^{z_i}}{\sum_{j=1}^{K} e^{z_j}}   # a family indexed by i
    J := CE(y, \hat{y})                  # a named quantity
    operand: J                           # what a bare \frac{\partial}{\partial w} differentiates
    next: i \neq j                       # a condition on the next chain after this block
    expect: FAILED                       # the next chain is wrong on purpose (XFAIL while it fails)
    line 45: i \neq j                    # ... or on the chain that contains line 45
    inferred: t, y                       # from here on t, y are no longer declared: inferred again
    ```

In ``.tex`` files, where a Markdown fence would not compile, the same lines can be written as
comments starting with ``%verify`` (one declaration per comment line).

Blocks take effect from where they stand to the end of the document; a later declaration of a
name replaces the earlier one (a homework reuses ``z`` for different things in different
questions). Right-hand sides of definitions are read by the LaTeX grammar when a chain uses them,
never evaluated as code. Errors carry the file and line of the offending declaration.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import sympy as sp

from verifier.documents.boldlabels import as_labels
from verifier.documents.primenames import name_primes
from verifier.latex import DEFAULT_FUNCTIONS, LatexError, parse_latex
from verifier.latex.braces import split_top_level
from verifier.latex.probability import written_conditional

__all__ = [
    "BUILTIN_ALIASES",
    "CONVENTIONS",
    "Assumption",
    "ContextError",
    "Convention",
    "Definition",
    "Dim",
    "DocumentContext",
    "DomainSpec",
    "IndexRange",
    "Key",
    "Scope",
    "Size",
    "VarDecl",
    "display_key",
    "find_context_blocks",
    "key_of",
    "merge_contexts",
    "parse_context",
    "parse_context_file",
    "parse_definition",
]

Key = tuple[str, tuple[str, ...]]  # ("W", ("1",)) for W_1, ("yhat", ()) for \hat{y}
Dim = int | Key  # a literal size or the key of a declared size

#: Names a definition may point to: ``\sigma := softmax``.
BUILTIN_ALIASES = frozenset({"softmax", "logistic", "sigmoid", "relu", "tanh", "identity", "softplus", "silu", "swish",
                             "softsign", "normal_cdf", "normal_pdf", "digamma", "beta_function"})  # fmt: skip


class ContextError(ValueError):
    """A malformed context line; ``str()`` gives ``path:line: message``."""

    def __init__(self, message: str, path: str = "", line: int = 0) -> None:
        self.message = message
        self.path = path
        self.line = line
        super().__init__(f"{path}:{line}: {message}" if path else f"line {line}: {message}")


def key_of(node: sp.Basic) -> Key | None:
    """The name of a parsed identifier: ``W_1`` → ("W", ("1",)); None if it is not a name."""
    if isinstance(node, sp.Symbol):
        return (node.name, ())
    if isinstance(node, sp.Indexed):
        return (text_of(node.base.label), tuple(text_of(i) for i in node.indices))
    return None


def text_of(node: sp.Basic) -> str:
    """``str(node)``, without SymPy's printer for what names and subscripts mostly are: a plain
    symbol prints as its name and an integer as its digits (the printer's own rules for them).
    Names are keyed by their text at every lookup (hundreds of thousands on one document), and
    setting up a printer costs about as much as the rest of a lookup."""
    kind = type(node)
    if kind is sp.Symbol:
        return node.name  # type: ignore[attr-defined]
    if isinstance(node, sp.Integer):
        return str(node.p)
    return str(node)


def display_key(key: Key) -> str:
    """``W_1``, ``yhat``, ``a_ij``: how a name is shown in reports."""
    base, subs = key
    if not subs:
        return base
    joined = "".join(subs) if all(len(s) == 1 for s in subs) else ",".join(subs)
    return f"{base}_{joined}"


@dataclass(frozen=True)
class DomainSpec:
    """Where the entries of a declared variable live."""

    kind: str = "real"  # real | positive | interval | integer
    lo: float = -math.inf
    hi: float = math.inf
    exclude: tuple[float, ...] = ()  # points the notes exclude ("for $x \neq 0$": documents.excluded)

    def describe(self) -> str:
        if self.kind == "interval":
            return f"in ({self.lo:g}, {self.hi:g})"
        if self.exclude:
            return f"{self.kind}, excluding {', '.join(f'{e:g}' for e in self.exclude)}"
        return self.kind


@dataclass(frozen=True)
class Size:
    key: Key
    values: tuple[int, ...]
    line: int


INVENTED_SIZE = "_inferred"  # the suffix of a size the notes leave unnamed: inference names it n3_inferred (shown n₃)


def invented_size_key(value: int) -> Key:
    """The key inference gives a size nothing in the notes names, checked first at ``value``."""
    return ("n" + str(value) + INVENTED_SIZE, ())


def is_invented_size(dim: object) -> bool:
    """Is ``dim`` a size inference made up (:func:`invented_size_key`), not one the notes or a context name?"""
    return isinstance(dim, tuple) and len(dim) == 2 and isinstance(dim[0], str) and dim[0].endswith(INVENTED_SIZE)


@dataclass(frozen=True)
class IndexRange:
    key: Key
    lo: Dim
    hi: Dim
    line: int


@dataclass(frozen=True)
class VarDecl:
    """A declared variable: scalar, vector, matrix, simplex/one-hot vector, or function."""

    key: Key
    kind: str  # scalar | vector | matrix | simplex | onehot | function
    dims: tuple[Dim, Dim] | None = None  # (rows, cols); None for scalars and functions
    domain: DomainSpec = DomainSpec()
    line: int = 0


@dataclass(frozen=True)
class Definition:
    """``name := body``; ``params`` for functions, ``index_params`` for families ``\\hat{y}_i``."""

    key: Key
    body: str = ""  # LaTeX, parsed when a chain needs it
    params: tuple[str, ...] = ()
    index_params: tuple[str, ...] = ()
    builtin: str | None = None  # \sigma := softmax
    is_function: bool = False
    line: int = 0
    fixed: int = 0  # trailing params written after a ';' (p(y; \eta)): may be left out (documents.semicolon)
    # a lone index summed where it stands, in a denominator (documents.substituted: e^{θ_i} / e^{θ_m})
    summed_inside: bool = False
    # the notes' definitions of the same letter at other numbers of arguments (H(p) beside a later H(p, q)):
    # a call with their number of arguments reads them (documents.calls; lead64)
    overloads: tuple[Definition, ...] = ()


@dataclass(frozen=True)
class Assumption:
    """A condition on the steps of the chain(s) containing one of ``lines`` (or, with
    ``next_chain``, of the first chain that starts after the context line ``line``)."""

    lines: tuple[int, ...]
    condition: str
    line: int
    next_chain: bool = False
    expect: str = ""  # ``expect: FAILED``: the next chain is a find-the-mistake example (XFAIL)


@dataclass(frozen=True)
class Convention:
    """``layout: denominator``, ``summation: einstein``, ``macros: FILE``: how the notes are written."""

    name: str  # layout | summation | macros | given | inferred
    value: str
    line: int


#: the conventions a context may declare, and their allowed values (None: free text)
CONVENTIONS: dict[str, frozenset[str] | None] = {
    "layout": frozenset({"numerator", "denominator", "mixed"}),
    "summation": frozenset({"einstein", "explicit"}),
    "vectors": frozenset({"rows", "columns"}),  # undeclared vectors as rows or columns (documents.orientation)
    # ``gradient: column``: the notes' ∇_x f is the column (∂f/∂x)^T whatever their layout of ∂f/∂x
    # (numerator-layout slides that write ∂f/∂θ as a row and ∇_θ f as its transpose; documents.layout)
    "gradient": frozenset({"column", "layout"}),
    "macros": None,
    "given": None,
    # ``inferred: t, y`` in a section: the context stops declaring these names from there on (the notes
    # reuse the letters for something the notes' own writing says, e.g. a batch matrix t_{ic})
    "inferred": None,
    "operand": None,  # what a bare derivative operator differentiates (documents.operand)
}

Entry = Size | IndexRange | VarDecl | Definition | Assumption | Convention


@dataclass
class ContextBlock:
    line: int  # the line of the opening fence (or of the first %verify comment); 0 for a context file
    entries: list[Entry] = field(default_factory=list)
    path: str = ""  # a context file's path ("" for a block inside the document)
    #: the last line of the notes it holds for (``from line 32 to 55:``); None: to the end
    end: int | None = None

    def holds_at(self, line: int) -> bool:
        """Whether the block's declarations are in effect for a chain that starts at ``line``."""
        return self.line < line and (self.end is None or line <= self.end)


@dataclass
class Scope:
    """Every name in effect at one point of the document (newest declaration wins)."""

    names: dict[Key, Size | IndexRange | VarDecl | Definition] = field(default_factory=dict)
    assumptions: list[Assumption] = field(default_factory=list)
    #: names no context declares, inferred from the notes (verifier.documents.infer): why, as reported
    inferred: dict[Key, str] = field(default_factory=dict)
    conventions: dict[str, str] = field(default_factory=dict)  # layout, summation
    hypotheses: list[str] = field(default_factory=list)  # ``given: A x = 0`` (LaTeX equations)
    #: the notes' definitions not applied here (verifier.documents.scoping): why, reported where the name is used
    set_aside: dict[Key, str] = field(default_factory=dict)
    #: the keys of ``set_aside`` whose definition is an earlier one solved back (scoping.set_aside_cycles): the
    #: reading documents.heldinverse offers puts them back in force
    solved_back: set[Key] = field(default_factory=set)
    #: the keys of ``set_aside`` a loop set aside (scoping.set_aside_cycles): documents.guesses may not hold them
    #: fixed as loose co-inputs of a derivative (scoping.looped)
    looped: set[Key] = field(default_factory=set)

    def copy(self) -> Scope:
        return Scope(
            dict(self.names),
            list(self.assumptions),
            dict(self.inferred),
            dict(self.conventions),
            list(self.hypotheses),
            dict(self.set_aside),
            set(self.solved_back),
            set(self.looped),
        )


@dataclass
class DocumentContext:
    """All context blocks of one document and the scope in effect at each line."""

    path: str
    blocks: list[ContextBlock] = field(default_factory=list)
    errors: list[ContextError] = field(default_factory=list)

    def scope_at(self, line: int) -> Scope:
        """Names declared in blocks that start before ``line``; assumptions of every block."""
        scope = Scope()
        for block in self.blocks:
            for entry in block.entries:
                if isinstance(entry, Assumption):
                    scope.assumptions.append(entry)
                elif block.holds_at(line):
                    if isinstance(entry, Convention) and entry.name == "given":
                        scope.hypotheses.append(entry.value)
                    elif isinstance(entry, Convention) and entry.name == "inferred":
                        handed_back = set(entry.value.split(","))
                        for key in [k for k in scope.names if k[0] in handed_back]:
                            del scope.names[key]
                    elif isinstance(entry, Convention):
                        scope.conventions[entry.name] = entry.value
                    else:
                        scope.names[entry.key] = entry
        return scope

    @property
    def macro_files(self) -> list[str]:
        """``macros: FILE`` lines (paths as written; a context file's are relative to it)."""
        return [e.value for b in self.blocks for e in b.entries if isinstance(e, Convention) and e.name == "macros"]

    @staticmethod
    def noncommutative(scope: Scope) -> frozenset[str]:
        """Base names parsed as non-commuting symbols, so written factor order is kept: the
        vectors, matrices and defined names in effect (a defined name may be a vector)."""
        out = set()
        for e in scope.names.values():
            if isinstance(e, VarDecl) and e.kind not in ("scalar", "function"):
                out.add(e.key[0])
            elif isinstance(e, Definition) and not (e.is_function or e.builtin):
                out.add(e.key[0])
        # an undefined loss differentiated by whole matrices (documents.generic.WHOLE): its derivative
        # \partial L/\partial Y is a matrix whose written place in a product (W^T \partial L/\partial Y) counts
        out.update(k[len("generic-whole ") :] for k in scope.conventions if k.startswith("generic-whole "))
        return frozenset(out)

    @property
    def functions(self) -> frozenset[str]:
        """Names read as functions when followed by ``(``, anywhere in the document (see
        :meth:`functions_at`, which the checker uses)."""
        return self.functions_at(None)

    def functions_at(self, line: int | None) -> frozenset[str]:
        """Names read as functions when followed by ``(`` at ``line``: the defaults, plus functions
        defined in blocks before it, minus names declared there as something else (``h`` as a
        hidden layer). A later definition never changes how an earlier line is read."""
        names = set(DEFAULT_FUNCTIONS)
        for block in self.blocks:
            if line is not None and not block.holds_at(line):
                continue
            for e in block.entries:
                if isinstance(e, Assumption | Convention):
                    continue
                if isinstance(e, Definition) and (e.is_function or e.builtin):
                    names.add(e.key[0])
                elif isinstance(e, VarDecl) and e.kind == "function":
                    names.add(e.key[0])
                elif isinstance(e, VarDecl | Definition) and not e.key[1]:
                    names.discard(e.key[0])
        return frozenset(names)


# ---------------------------------------------------------------------------------------------
# Finding the blocks

_FENCE_OPEN = re.compile(r"^(```|~~~)\s*verify\s*$")
_TEX_LINE = re.compile(r"^\s*%\s*verify\b:?\s?(.*)$")


def find_context_blocks(text: str) -> list[tuple[int, list[tuple[int, str]]]]:
    """``[(line of the block, [(line, text), ...]), ...]`` for fenced and ``%verify`` blocks."""
    lines = text.split("\n")
    out: list[tuple[int, list[tuple[int, str]]]] = []
    k = 0
    while k < len(lines):
        m = _FENCE_OPEN.match(lines[k].strip())
        if m:
            fence = m.group(1)
            body: list[tuple[int, str]] = []
            start = k + 1
            k += 1
            while k < len(lines) and not lines[k].strip().startswith(fence):
                body.append((k + 1, lines[k]))
                k += 1
            out.append((start, body))
            k += 1
            continue
        t = _TEX_LINE.match(lines[k])
        if t:
            start = k + 1
            body = []
            while k < len(lines) and (t := _TEX_LINE.match(lines[k])):
                body.append((k + 1, t.group(1)))
                k += 1
            out.append((start, body))
            continue
        k += 1
    return out


def parse_context_file(path: str | Path) -> DocumentContext:
    """A context FILE (``hw3.md.verify`` beside the notes, or ``--context FILE``): the whole file is
    one block, in effect from the first line of the document, so one file can serve every copy
    of a problem set. ``macros:`` paths are made relative to the file's folder (a path not found
    there is left relative, and the notes' folder is tried: :func:`~verifier.documents.check.check_text`). A line
    ``from line N:`` starts a section in effect from line N of the notes on (as a block written
    there would be): notes that reuse a name for something else in a later section. ``from line N
    to M:`` holds from line N through line M only (a chain is in it when it starts there): one
    problem of a homework whose letters the next problem reuses; after M the notes' own
    definitions are in force again."""
    p = Path(path)
    text = p.read_text(encoding="utf-8")
    ctx = DocumentContext(str(path))
    block = ContextBlock(0, path=str(path))
    for line, raw in enumerate(text.split("\n"), start=1):
        content = _strip_comment(raw).strip()
        if not content or content.startswith("```") or content.startswith("~~~"):
            continue
        if _SECTION.match(content):  # "from line 160:": what a later section of the notes means
            at, end = _SECTION.match(content).group("line", "end")  # type: ignore[union-attr]
            if not at.isdigit() or (end is not None and not end.isdigit()):
                ctx.errors.append(ContextError(f"{content}: the lines must be numbers", str(path), line))
                continue
            if end is not None and int(end) < int(at):
                ctx.errors.append(ContextError(f"{content}: the section ends before it starts", str(path), line))
                continue
            ctx.blocks.append(block)
            # in effect for the lines after block.line (through ``end``, where the section is bounded)
            block = ContextBlock(int(at) - 1, path=str(path), end=None if end is None else int(end))
            continue
        try:
            entries = _parse_line(content, line)
        except ContextError as exc:
            ctx.errors.append(ContextError(exc.message, str(path), line))
            continue
        for e in entries:
            if isinstance(e, Convention) and e.name == "macros" and not Path(e.value).is_absolute():
                # beside the context file; a path found nowhere there is kept as written, for the
                # notes' folder (a macro file named as the notes \input it: documents.check)
                if (p.parent / e.value).exists():
                    e = Convention(e.name, str(p.parent / e.value), e.line)
            block.entries.append(e)
    ctx.blocks.append(block)
    return ctx


def merge_contexts(first: DocumentContext, then: DocumentContext) -> DocumentContext:
    """``first`` (a context file) with ``then`` (the document's own blocks) after it: the document's
    declarations, written later, replace the file's."""
    return DocumentContext(then.path, first.blocks + then.blocks, first.errors + then.errors)


def parse_context(text: str, path: str = "") -> DocumentContext:
    """Read every context block of a document; malformed lines become ``errors`` (file:line)."""
    ctx = DocumentContext(path)
    for start, body in find_context_blocks(text):
        block = ContextBlock(start)
        for line, raw in body:
            content = _strip_comment(raw).strip()
            if not content:
                continue
            try:
                block.entries.extend(_parse_line(content, line))
            except ContextError as exc:
                ctx.errors.append(ContextError(exc.message, path, line))
        ctx.blocks.append(block)
    return ctx


def _strip_comment(line: str) -> str:
    r"""Drop a ``#`` comment (``\#`` is a literal hash)."""
    m = re.search(r"(?<!\\)#", line)
    return line[: m.start()] if m else line


# ---------------------------------------------------------------------------------------------
# One line

# "from line 160:", or a bounded one "from line 32 to 55:" (the problem that reuses the letters ends)
_SECTION = re.compile(r"^from\s+line\s+(?P<line>\S+?)(?:\s+(?:to|until)\s+(?:line\s+)?(?P<end>\S+?))?\s*:?\s*$")
_SIZES = re.compile(r"^(?P<names>.+?)\s+in\s+\{(?P<values>[^{}]*)\}\s*$")
_CONVENTION = re.compile(
    r"^(?P<name>layout|summation|vectors|gradient|macros|given|inferred|operand)\s*:\s*(?P<value>.+?)\s*$"
)
_ASSUME = re.compile(r"^lines?\s+(?P<lines>\d+(?:\s*,\s*\d+)*)\s*:\s*(?P<cond>.+)$")
_NEXT = re.compile(r"^next(?:\s+chain)?\s*:\s*(?P<cond>.+)$")
_EXPECT = re.compile(r"^expect\s*:\s*(?P<verdict>\S+)$", re.I)
_DEFINE = re.compile(r"^(?P<lhs>.+?)\s*:=\s*(?P<rhs>.+)$")
_DECLARE = re.compile(r"^(?P<names>.+?)\s*:\s*(?P<spec>.+)$")
_CALL_HEAD = re.compile(r"^(?P<head>.+?)\s*\((?P<params>[^()]*)\)\s*$")
_SHAPE = re.compile(r"^\[\s*(?P<a>[^\]]+?)(?:(?:\s+x\s+|\s*\\times\s*|\s*×\s*)(?P<b>[^\]]+?))?\s*\]")
_RANGE = re.compile(r"^index\s+(?P<lo>\S+?)\s*\.\.\s*(?P<hi>\S+)\s*$")
_INTERVAL = re.compile(r"^in\s*[(\[]\s*(?P<lo>[^,]+?)\s*,\s*(?P<hi>[^)\]]+?)\s*[)\]]\s*$")


def _handed_back(value: str) -> list[str]:
    r"""The base names of ``inferred: t, \mathbf{y}`` (each must be a plain name)."""
    out = []
    for part in split_top_level(value, lambda text, k: text[k] == ","):
        try:
            key = key_of(parse_latex(part.strip()))
        except LatexError:
            key = None
        if key is None or key[1]:
            raise ContextError(f"inferred: {part.strip()!r} is not a name")
        out.append(key[0])
    return out


def _parse_line(content: str, line: int) -> list[Entry]:
    m = _CONVENTION.match(content)
    if m:
        name, value = m.group("name"), m.group("value")
        allowed = CONVENTIONS[name]
        if allowed is not None and value.lower() not in allowed:
            raise ContextError(f"{name} must be one of {', '.join(sorted(allowed))}, not {value!r}")
        if name == "inferred":
            value = ",".join(_handed_back(value))
        return [Convention(name, value.lower() if allowed is not None else value, line)]
    m = _ASSUME.match(content)
    if m:
        lines = tuple(int(x) for x in re.split(r"\s*,\s*", m.group("lines")))
        return [Assumption(lines, m.group("cond").strip(), line)]
    m = _EXPECT.match(content)
    if m:
        if m.group("verdict").upper() != "FAILED":
            raise ContextError(f"expect: {m.group('verdict')!r}; the only expected verdict is FAILED")
        return [Assumption((), "", line, next_chain=True, expect="FAILED")]
    m = _NEXT.match(content)
    if m:
        return [Assumption((), m.group("cond").strip(), line, next_chain=True)]
    m = _DEFINE.match(content)
    if m:
        return [_definition(m.group("lhs").strip(), m.group("rhs").strip(), line)]
    m = _SIZES.match(content)
    if m and ":" not in m.group("names"):
        values = []
        for v in _split_top(m.group("values")):
            if not re.fullmatch(r"\d+", v):
                raise ContextError(f"size value {v!r} is not a positive integer")
            values.append(int(v))
        if not values or min(values) < 1:
            raise ContextError("sizes need at least one positive integer value")
        return [Size(_name_key(n), tuple(values), line) for n in _split_top(m.group("names"))]
    m = _DECLARE.match(content)
    if m:
        keys = [_name_key(n) for n in _split_top(m.group("names"))]
        return [_declaration(k, m.group("spec").strip(), line) for k in keys]
    raise ContextError(
        f"cannot read {content!r}: expected 'names in {{2, 3}}', 'names: spec', 'name := LaTeX' or 'line N: condition'"
    )


def _split_top(text: str) -> list[str]:
    """Split at commas outside braces/parentheses (``a_{i,j}, b`` → two names)."""
    return [x for x in (p.strip() for p in split_top_level(text, lambda s, k: s[k] == ",")) if x]


def _parse_name(text: str) -> sp.Basic:
    text = as_labels(text)  # \pi^{(i)}_{\bm\theta}: named as the notes' members are read (documents.boldlabels)
    try:
        return parse_latex(text, functions=frozenset())
    except LatexError as exc:
        raise ContextError(f"cannot read the name {text!r}: {exc.message}") from None


def _name_key(text: str) -> Key:
    key = key_of(_parse_name(text))
    if key is None:
        raise ContextError(f"{text!r} is not a name (write a letter, \\hat{{y}}, W_1, D_x, ...)")
    return key


def _dim(text: str) -> Dim:
    text = text.strip()
    if re.fullmatch(r"\d+", text):
        return int(text)
    return _name_key(text)


def _number(text: str) -> float:
    t = text.strip().replace("\\infty", "inf").replace("∞", "inf")
    if not re.fullmatch(r"[+-]?(?:inf|\d+(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)", t):
        raise ContextError(f"{text!r} is not a number")
    return float(t)


def _domain(text: str, kind: str) -> DomainSpec:
    text = text.strip()
    if not text or text == "real":
        return DomainSpec()
    if text == "positive":
        return DomainSpec("positive", 0.0, math.inf)
    if text == "integer" and kind == "scalar":
        return DomainSpec("integer", 1, 10)
    m = _INTERVAL.match(text.removeprefix("real").removeprefix("integer").strip())
    if m:
        lo, hi = _number(m.group("lo")), _number(m.group("hi"))
        if not lo < hi:
            raise ContextError(f"empty interval ({lo:g}, {hi:g})")
        dom = "integer" if text.startswith("integer") else "interval"
        return DomainSpec(dom, lo, hi)
    raise ContextError(f"unknown domain {text!r} (real, positive, integer, real in (a, b))")


def _declaration(key: Key, spec: str, line: int) -> Entry:
    m = _RANGE.match(spec)
    if m:
        return IndexRange(key, _dim(m.group("lo")), _dim(m.group("hi")), line)
    if spec == "function":
        return VarDecl(key, "function", line=line)
    words = spec.split(None, 1)
    orientation = None
    if words and words[0] in ("row", "column"):
        orientation = words[0]
        spec = words[1] if len(words) > 1 else ""
    for kind in ("vector", "matrix", "simplex", "onehot"):
        if spec.startswith(kind):
            shape = _SHAPE.match(spec[len(kind) :].lstrip())
            if shape is None:
                raise ContextError(f"{kind} needs a size in brackets: {kind}[N]" + (" or [n x m]" * (kind == "matrix")))
            rest = spec[len(kind) :].lstrip()[shape.end() :]
            a, b = shape.group("a"), shape.group("b")
            if kind == "matrix":
                if b is None:
                    raise ContextError("matrix needs two sizes: matrix[n x m]")
                dims: tuple[Dim, Dim] = (_dim(a), _dim(b))
            else:
                if b is not None:  # row vector[1 x N] / vector[N x 1]
                    da, db = _dim(a), _dim(b)
                    if da == 1:
                        orientation, n = "row", db
                    elif db == 1:
                        orientation, n = "column", da
                    else:
                        raise ContextError(f"a {kind} has one size; use matrix[{a} x {b}]")
                else:
                    n = _dim(a)
                dims = (1, n) if orientation == "row" else (n, 1)
            if kind in ("simplex", "onehot") and rest.strip():
                raise ContextError(f"a {kind} vector has its own domain; drop {rest.strip()!r}")
            return VarDecl(key, kind, dims, _domain(rest, kind), line)
    if orientation:
        raise ContextError(f"'{orientation}' applies to vectors: {orientation} vector[N]")
    first = spec.split(None, 1)[0] if spec else ""
    if first in ("real", "positive", "integer", "in"):
        return VarDecl(key, "scalar", None, _domain(spec, "scalar"), line)
    raise ContextError(
        f"unknown declaration {spec!r}: expected real, positive, integer, real in (a, b), vector[N], "
        "row vector[N], matrix[n x m], simplex[K], onehot[K], function or index lo..hi"
    )


def parse_definition(lhs: str, rhs: str, line: int) -> Definition:
    """``lhs := rhs`` as a :class:`Definition` (also used for definitions the notes write with ``=``)."""
    return _definition(lhs, rhs, line)


def _definition(lhs: str, rhs: str, line: int) -> Definition:
    lhs = name_primes(lhs, ())[0]  # Z' := X: the primed capital the notes write as a name (documents.primenames)
    builtin = rhs.strip().lower() if rhs.strip().lower() in BUILTIN_ALIASES else None
    call = _CALL_HEAD.match(lhs)
    if call and not written_conditional(call.group("params")):  # P(t=1|z) is a name (verifier.latex.probability)
        key = _name_key(call.group("head"))
        if key[1]:
            raise ContextError("a function name cannot have a subscript here; define the family instead")
        params = []
        for p in _split_top(call.group("params")):
            pk = _name_key(p)
            # J(v_c, o), f(w_1, w_2): documents.subscriptparams
            if pk[1] and not (all(x.isalpha() for x in pk[1]) or (len(pk[1]) == 1 and pk[1][0].isdigit())):
                raise ContextError(f"parameter {p!r} must be a name (letter subscripts, or one number)")
            params.append(display_key(pk))
        if not params:
            raise ContextError(f"function {display_key(key)} needs at least one parameter")
        if builtin:
            raise ContextError(f"write '{call.group('head')} := {builtin}' to rename a built-in")
        return Definition(key, rhs, tuple(params), (), None, True, line)
    node = _parse_name(lhs)
    key = key_of(node)
    if key is None:
        raise ContextError(f"cannot define {lhs!r}: the left side must be a name, x_i, or f(x)")
    if builtin:
        if key[1]:
            raise ContextError("a built-in can only be given to a plain name")
        return Definition(key, "", (), (), builtin, True, line)
    base, subs = key
    if subs and all(s.isdigit() for s in subs):
        return Definition(key, rhs, line=line)  # W_1 := ..., x_0 := x
    if subs:
        if any(s.isdigit() for s in subs):
            raise ContextError(f"mixed literal and symbolic subscripts in {lhs!r} are not supported")
        if len(set(subs)) != len(subs):
            raise ContextError(f"repeated index in {lhs!r}")
        return Definition((base, ()), rhs, (), subs, line=line)
    return Definition(key, rhs, line=line)
