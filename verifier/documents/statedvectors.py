r"""Vectors (and matrices) of numbers a display states for a name: the inputs of a worked example.

A worked example often gives its inputs as displays of their own, one vector each:
``o = \boxed{2}\boxed{3}\boxed{4}`` ("one class score for a specific input"), ``y =
\boxed{0}\boxed{1}\boxed{0}`` ("the label"), or ``x = \begin{bmatrix} 1 \\ 2 \end{bmatrix}``,
``w = [0.5, -1]``; later displays write results as vectors of decimals
(``p = \boxed{0.090}\boxed{0.245}\boxed{0.665}``). A reader checks those results at the stated
inputs. :mod:`verifier.documents.stated` does this for scalars (``y = -2.4369``); this module owns
the vector half:

* :func:`displayed_vectors`: the displays ``name = <a vector of numbers>`` (a plain name on the
  left, a vector literal of plain numbers on the right, as the parser reads it), in the order written;
* :func:`prose_vectors`: the same statements made inline in the prose ("for $x = (1, 2)^\top$,
  $w = (1, 1)^\top$ and $y = 1$: …"), as :mod:`verifier.documents.stated` reads the scalars there;
* :func:`worked_vector`: is a member, as written, a vector of numbers with a decimal among them (a
  worked result), so that a chain whose every link is a worked number is read at the stated values;
* :func:`vector_hypotheses`: the stated vectors of the names a worked chain reaches, as hypotheses
  ``name = literal`` (the ``given:`` path of ``steps._Checker._hypotheses``, solved entry by entry);
* :func:`sized_by_stated`: the length of such a vector is the size of its name in that chain: a vector
  whose size was inferred (no annotation: drawn at 3) or named (``x \in \mathbb{R}^n``) is checked at
  the length the example gives it (before, ``x = (1, 2)^\top`` met an ``x`` of 3 entries: a shape clash,
  and the worked chain was SKIPPED).

A matrix of numbers stated so (``Take $A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}$``) is read the same way
(gaps36, fresh24's left item): its rows and columns size the name's inferred dimensions, and a link that computes
with it is a worked link (:func:`matrix_worked`): a member that is a matrix of numbers (``A^\top A =
\begin{pmatrix} 10 & 14 \\ 14 & 20 \end{pmatrix}``), or a number in closed form beside a member that writes the
stated name (``\det A = -2``: no identity in A can equal a number unless it is one for every A). Before, A was
an undefined matrix and each such line SKIPPED ("A on one side only"), a wrong one too.

A name stated with two different vectors is left out (which one a line means is not known). The
judgement of the computed numbers against the written ones is
:mod:`verifier.documents.computedworked` (never FAILED for a disagreement).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator

import sympy as sp

from verifier.documents.context import Scope, Size, VarDecl, display_key, key_of, text_of
from verifier.documents.definitions import INLINE_MATH
from verifier.documents.stated import WHERE, closed_form, split_commas

__all__ = ["displayed_vectors", "matrix_worked", "numbered_name", "prose_vectors", "sized_by_stated", "stated_literals",
           "unbolded", "vector_hypotheses", "worked_vector"]

_BOLD = r"\\(?:mathbf|bm|boldsymbol|vec|mathbfit)\s*\{\s*(\\[A-Za-z]+|[A-Za-z])\s*\}"
#: a plain name, or one letter in a bold wrapper (``\bm{x} = (1, 2)^\top``: the vector x, fresh38)
# … or primed (``\mathbf{x}' = (0.9, 1.1)``: a second vector where the notes read it so, documents.boldprimes)
_PLAIN_NAME = re.compile(rf"^\s*(?:{_BOLD}(?:\s*')?|\\[A-Za-z]+|[A-Za-z])(?:_\{{?[A-Za-z0-9]+\}}?)?\s*$")
_BOLD_NAME = re.compile(rf"^\s*{_BOLD}\s*$")
_DECIMAL = re.compile(r"\d\.\d")


def unbolded(name: str) -> str:
    r"""A stated name as the parser names it: ``\bm{x}`` is x (a bold letter is the letter's name)."""
    m = _BOLD_NAME.match(name)
    return m.group(1) if m else name.strip()


def numbered_name(tree: object) -> bool:
    """A name the notes number (``W_1``, ``A_{2}``: read as a name of its own, key ("W", ("1",)))."""
    return isinstance(tree, sp.Indexed) and all(isinstance(i, sp.Integer) for i in tree.indices)


def _stated_name(tree: object) -> str | None:
    """The name a stated literal is for, as the names a member reaches are told (``W`` of ``W_1``), or None."""
    if isinstance(tree, sp.Symbol):
        return tree.name
    return text_of(tree.base.label) if numbered_name(tree) else None  # type: ignore[attr-defined]


def _numbers(tree: object) -> bool:
    """A vector (a row or a column of at least two entries) or a matrix of plain numbers."""
    return isinstance(tree, sp.MatrixBase) and max(tree.shape) >= 2 \
        and all(isinstance(e, sp.Rational) for e in tree)  # fmt: skip


def displayed_vectors(
    pairs: Iterable[tuple[str, str, int]], parse: Callable[[str], sp.Basic]
) -> list[tuple[str, str, int]]:
    """``(name, vector as written, line)`` for the displayed two-member chains (``pairs``: left,
    right, line) that state a vector of numbers for a plain name."""
    out = []
    for lhs, rhs, line in pairs:
        if not _PLAIN_NAME.match(lhs):
            continue
        try:
            tree = parse(rhs)
        except Exception:  # noqa: BLE001 - a member the grammar refuses states nothing here
            continue
        if _numbers(tree):
            out.append((lhs.strip(), rhs.strip(), line))
    return out


def prose_vectors(text: str, parse: Callable[[str], sp.Basic]) -> list[tuple[str, str, int]]:
    """``(name, vector as written, line)`` for the inline formulas of the prose (each of their
    comma-separated equations) that state a vector of numbers for a plain name."""
    pairs = []
    for m in INLINE_MATH.finditer(text):
        if "(" not in m.group(1) and "[" not in m.group(1) and "\\begin" not in m.group(1):
            continue  # no vector literal can be written without a bracket or an environment
        line = text.count("\n", 0, m.start()) + 1
        for piece in split_commas(m.group(1)):
            parts = piece.split("=")
            if len(parts) == 2:
                pairs.append((parts[0], parts[1], line))
    return displayed_vectors(pairs, parse)


def _grid(tree: object) -> bool:
    """A matrix of plain numbers with at least two rows and two columns."""
    return _numbers(tree) and isinstance(tree, sp.MatrixBase) and min(tree.shape) >= 2


def matrix_worked(texts: tuple[str, str], stated: Iterable[tuple[str, str, int]],
                  parse: Callable[[str], sp.Basic]) -> bool:  # fmt: skip
    """Does the link (its two members as written) compute with a matrix of numbers the notes state (``stated``:
    name, literal, line)? A member that is such a matrix, or a number in closed form beside a member writing a
    name stated as one."""
    trees = []
    for text in texts:
        try:
            trees.append(parse(text))
        except Exception:  # noqa: BLE001 - a member the grammar refuses computes nothing here
            return False
    if any(_grid(t) for t in trees):
        return True
    grids = set()
    for name, literal, _ in stated:
        try:
            if _grid(parse(literal)) and (key := key_of(parse(name))) is not None:
                grids.add(display_key(key))
        except Exception:  # noqa: BLE001 - a literal the grammar refuses states nothing
            continue
    if not grids or not any(closed_form(t, parse) for t in texts):
        return False
    return any(isinstance(t, sp.Basic) and {display_key(k) for k in map(key_of, t.free_symbols) if k} & grids
               for t in trees)


def worked_vector(text: str, parse: Callable[[str], sp.Basic]) -> bool:
    """Is the member ``text`` a vector of numbers, one of them written with decimals?"""
    if not _DECIMAL.search(text):
        return False
    try:
        return _numbers(parse(text))
    except Exception:  # noqa: BLE001 - not a literal
        return False


def vector_hypotheses(stated: Iterable[tuple[str, str, int]], reached: set[str],
                      parse: Callable[[str], sp.Basic], numbered: Collection[str] = ()) -> list[tuple[str, str]]:
    """The stated vectors of the names in ``reached``, as ``(equation, where)`` hypotheses; of a numbered name
    (``W_1``) only where the chain writes it (``numbered``: the numbered names it writes, as displayed): x_1 stated
    is no value of a chain that reaches only the family x through a definition."""
    values: dict[str, set[tuple[sp.Rational, ...]]] = {}
    first: dict[str, tuple[str, int]] = {}
    for name, literal, line in stated:
        try:
            tree = parse(name)
            value = parse(literal)
        except Exception:  # noqa: BLE001 - a name the grammar refuses is simply not used
            continue
        shown = display_key(k) if (k := key_of(tree)) is not None else None
        if (_stated_name(tree) not in reached and shown not in reached) or not _numbers(value):
            continue  # a plain name, or a numbered one (W_1 = a matrix of numbers, misses44)
        if numbered_name(tree) and shown not in numbered:
            continue
        values.setdefault(name, set()).add(tuple(value))
        first.setdefault(name, (literal, line))
    return [(f"{name} = {first[name][0]}", f"{WHERE} (line {first[name][1]})")
            for name, v in values.items() if len(v) == 1]  # fmt: skip


def stated_literals(hypotheses: Iterable[tuple[str, str]],
                    parse: Callable[[str], sp.Basic]) -> Iterator[tuple[sp.Basic, sp.Basic]]:  # fmt: skip
    """The (name, value) trees of the hypotheses the notes state (``(equation, where)``, documents.stated); a
    hypothesis the grammar refuses is left out."""
    for equation, where in hypotheses:
        name, _, literal = equation.partition("=")
        if not where.startswith(WHERE) or not literal:
            continue
        try:
            yield parse(name), parse(literal)
        except Exception:  # noqa: BLE001 - a hypothesis the grammar refuses says nothing here
            continue


def _applied(name: str, text: str) -> bool:
    r"""Do the notes write ``name`` applied to an argument (``\mu(a)``, ``\pi(1)``, ``f\left(x\right)``)?"""
    command = "\\" + name if len(name) > 1 else name
    return re.search(r"(?<![A-Za-z\\])" + re.escape(command) + r"(?![A-Za-z])\s*(?:\\left\s*)?\(", text) is not None


def sized_by_stated(scope: Scope, hypotheses: Iterable[tuple[str, str]], parse: Callable[[str], sp.Basic],
                    text: str = "") -> Scope:
    r"""``scope`` with the size of each vector stated as a hypothesis set to the stated length (a size
    two stated vectors give different lengths is left as it was: the shapes then say the example is
    not of these names), and a name inferred a scalar that the notes state a matrix of numbers (``A`` in ``A
    \begin{pmatrix} 1 \\ 0 \end{pmatrix}``, where nothing else shows it is a matrix) that matrix's shape — or a
    column, unless the notes' ``text`` applies the name (``\mu = (0.5, 0.5)`` beside ``w(a) = \pi(a)/\mu(a)``: a
    policy stated by its values, a function of the action; as a column ``\mu(1)`` was a product and FAILED)."""
    hit, matrices = _stated_shapes(scope, hypotheses, parse, text)
    if not hit and not matrices:
        return scope
    out = scope.copy()
    for key, (rows, cols) in matrices.items():  # a name inferred a scalar that the notes state a matrix of numbers
        old = out.names[key]
        kind = "vector" if cols == 1 else "matrix"
        out.names[key] = VarDecl(key, kind, (rows, cols), line=old.line if isinstance(old, VarDecl) else 0)
        out.inferred[key] = f"a {rows}×{cols} {kind} (the notes state its entries)"
    for key, n in hit.items():
        entry = out.names[key]
        assert isinstance(entry, Size)
        out.names[key] = Size(key, (n,), entry.line)
    return out


def sizes_given(scope: Scope, hypotheses: Iterable[tuple[str, str]], parse: Callable[[str], sp.Basic],
                text: str = "") -> set[str]:
    """The names of the sizes of ``scope`` whose one value the notes give, not the checker's choice: the lengths a
    vector or matrix of numbers stated as a hypothesis gives (:func:`sized_by_stated`; K of a stated q = (½, ¼, ¼),
    fresh42), and the sizes the notes declare with one value (not inferred)."""
    declared = {k[0] for k, e in scope.names.items()
                if isinstance(e, Size) and len(e.values) == 1 and k not in scope.inferred}  # fmt: skip
    return declared | {k[0] for k in _stated_shapes(scope, hypotheses, parse, text)[0]}


def _stated_shapes(scope: Scope, hypotheses: Iterable[tuple[str, str]], parse: Callable[[str], sp.Basic],
                   text: str) -> tuple[dict[tuple[str, tuple[object, ...]], int],
                                       dict[tuple[str, tuple[object, ...]], tuple[int, int]]]:  # fmt: skip
    """The sizes the stated vectors and matrices give one length each, and the shapes of the names inferred
    scalars that the notes state a matrix of numbers (:func:`sized_by_stated`)."""
    lengths: dict[tuple[str, tuple[object, ...]], set[int]] = {}
    shaped: dict[tuple[str, tuple[object, ...]], set[tuple[int, int]]] = {}
    for tree, value in stated_literals(hypotheses, parse):
        key = key_of(tree) if isinstance(tree, sp.Symbol) or numbered_name(tree) else None
        decl = scope.names.get(key) if key is not None else None
        if _numbers(value) and isinstance(decl, VarDecl) and decl.kind == "scalar" and decl.key in scope.inferred \
                and (min(value.shape) >= 2 or (value.shape[1] == 1 and not _applied(key[0], text))):  # fmt: skip
            # A·(1, 0)^T: A inferred a scalar (gaps37); (∇f)^T v, v = (2, 1): v a column (gaps38, onesidedvectors)
            shaped.setdefault(decl.key, set()).add(value.shape)
            continue
        if not _numbers(value) or not isinstance(decl, VarDecl) or decl.dims is None:
            continue
        rows, cols = decl.dims
        if decl.kind == "matrix" and min(value.shape) >= 2:  # A = [[1, 2], [3, 4]]: its rows and columns
            for axis, n in ((rows, value.shape[0]), (cols, value.shape[1])):
                if isinstance(axis, tuple) and isinstance(scope.names.get(axis), Size):
                    lengths.setdefault(axis, set()).add(n)
            continue
        axis = rows if cols == 1 else cols if rows == 1 else None
        if decl.kind == "vector" and isinstance(axis, tuple) and isinstance(scope.names.get(axis), Size):
            lengths.setdefault(axis, set()).add(max(value.shape))
    hit = {key: next(iter(n)) for key, n in lengths.items() if len(n) == 1}
    matrices = {key: next(iter(s)) for key, s in shaped.items() if len(s) == 1}
    return hit, matrices

