r"""``verify check`` of a claim about whole vectors and matrices, read as notes are.

``verify check 'x^\top A x' … --vector x:n --matrix A:n,n`` is the claim a course writes
(``\nabla_x x^\top A x = (A + A^\top)x``, ``\frac{\partial}{\partial z}\mathrm{softmax}(z) =
\operatorname{diag}(s) - s s^\top``), not a claim about entries ``x_k``, which is all the size-generic
reader (:func:`verifier.sizes.claim_from_text`) takes. Rather than a second reader of whole-object
notation, the members are checked by the document engine — the one that reads notes — as a note of
one display with a context block that declares what the options say: the same grammar, the same
meanings of softmax, norms and traces, the same layouts and the same verdict rules as ``verify doc``.

The note is written to a private temporary directory and read back by that engine (it never reaches
``eval``; the members are LaTeX, as the options' names and sizes are checked before they are written).
Sizes the claim does not fix are checked at 2 and 3 (:data:`SIZES`). Where every step holds there, the
claim is read a second time in index notation of symbolic size (:mod:`verifier.wholeblocks`) and given to the
size-generic argument: a step proved both ways is PROVED for every size. A step that argument does not prove
is checked by the engine again at 4 and 5 (:data:`MORE_SIZES`: a claim true at n = 2 and 3 only is FAILED
there), and its verdict says the sizes it was proved at.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import sympy as sp

from verifier.catalog import CatalogError, Claim
from verifier.engine import Settings
from verifier.indexed import GenericError
from verifier.results import StepResult, Verdict
from verifier.sizes import all_label, parse_block, prove_generic_claim, sizes_label

__all__ = ["SIZES", "checked_as_notes", "note_of"]

SIZES = (2, 3)  # the values of a size the options name without fixing it
MORE_SIZES = (4, 5)  # the second look at a step the size-generic argument does not prove
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")
_DECLARED = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:_(?:[A-Za-z0-9]+|\{[A-Za-z0-9]+\}))?$")  # x, sigma, s_1, s_{12}


def _block(spec: str, rank: int) -> tuple[str, tuple[str, ...]]:
    """``--vector``/``--matrix`` read as the size-generic path reads them (:func:`verifier.sizes.parse_block`)."""
    name, parts = parse_block(spec)
    if len(parts) != rank:
        raise CatalogError(f"--{'vector' if rank == 1 else 'matrix'} {name}: expected {rank} dimension(s)")
    return name, parts


def note_of(
    texts: Sequence[str],
    positive: set[str],
    integer: set[str],
    sizes: Sequence[str],
    vectors: Sequence[str],
    matrices: Sequence[str],
    values: Sequence[int] = SIZES,
) -> str:
    """The note: a context block declaring the options (open sizes in ``values``), then one display of the members."""
    lines: list[str] = []
    for spec in vectors:
        name, (size,) = _block(spec, 1)
        lines.append(f"{_latex(name)}: vector[{size}]")
    for spec in matrices:
        name, (rows, cols) = _block(spec, 2)
        lines.append(f"{_latex(name)}: matrix[{rows} x {cols}]")
    named = _open_sizes(sizes, vectors, matrices)
    for size in named:
        lines.insert(0, f"{size} in {{{', '.join(map(str, values))}}}")
    for option, names, kind in (("--positive", sorted(positive), "positive"),
                                ("--integer", sorted(integer - set(named)), "integer")):  # fmt: skip
        for name in names:
            if not _DECLARED.match(name):  # dropped, the claim would be checked without what the option says
                raise CatalogError(f"{option} {name!r}: write a name such as x, sigma or s_1")
            lines.append(f"{name}: {kind}")
    display = " = ".join(f"{{{t}}}" for t in texts)
    # a one-off claim is an identity in every name it writes: said as notes say it ("for any $c$"), so a
    # name on one side only is no relation "the notes may state in words" (softmax(cz) = softmax(z) fails)
    quantified = "".join(f"For any ${n}$. " for n in _free_names(texts))
    return "```verify\n" + "\n".join(lines) + "\n```\n\n" + quantified + "\n$$\n" + display + "\n$$\n"


def _latex(name: str) -> str:
    r"""A block's name as the context block declares it: ``\mu`` for mu (``mu: vector[n]`` is no name there)."""
    return "\\" + name if name in _GREEK else name


def _free_names(texts: Sequence[str]) -> list[str]:
    """The plain names (a letter or a Greek letter's command) the members write, in order, once each."""
    from verifier.latex import LatexError, parse_latex  # the parser: loaded only when needed

    out: dict[str, None] = {}
    for text in texts:
        try:
            tree = parse_latex(text, prime_var=None)
        except LatexError:
            continue
        for sym in sorted(tree.free_symbols, key=str):
            name = str(getattr(sym, "label", sym))
            if _NAME.match(name) and (len(name) == 1 or name in _GREEK):
                out["\\" + name if len(name) > 1 else name] = None
    return list(out)


_GREEK = frozenset("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho sigma tau upsilon "
                   "phi chi psi omega".split())  # fmt: skip


def checked_as_notes(
    texts: Sequence[str],
    positive: set[str],
    integer: set[str],
    sizes: Sequence[str],
    vectors: Sequence[str],
    matrices: Sequence[str],
    settings: Settings,
) -> list[StepResult]:
    """The steps of the claim, checked by :func:`verifier.documents.check.check_document`, then for every size."""
    steps = _as_notes(texts, note_of(texts, positive, integer, sizes, vectors, matrices, SIZES), settings)
    names = _open_sizes(sizes, vectors, matrices)
    if not names or not steps or any(s.verdict not in GREEN for s in steps):
        return steps
    proved, why = _every_size(texts, positive, vectors, matrices, settings)
    verdicts = {s.index: s.verdict for s in steps}
    proved = {i: m for i, m in proved.items() if verdicts.get(i) == Verdict.PROVED}  # both readings prove it
    steps = [replace(s, proved_for=all_label(names), method=f"for all sizes: {proved[s.index]}; {s.method}")
             if s.index in proved else s for s in steps]  # fmt: skip
    if all(s.index in proved for s in steps):
        return steps
    more = _as_notes(texts, note_of(texts, positive, integer, sizes, vectors, matrices, MORE_SIZES), settings)
    by_index = {s.index: s for s in more} if len(more) == len(steps) else {}
    out = []
    for s in steps:
        if s.index in proved:
            out.append(s)
            continue
        other = by_index.get(s.index)
        if other is not None and other.verdict == Verdict.FAILED:
            out.append(other)  # false at a larger size: the engine's own counterexample there
            continue
        checked = _instances(s.method) + (_instances(other.method) if other is not None and other.verdict == s.verdict
                                           else [])  # fmt: skip
        label = sizes_label(checked) or _label(names, SIZES)
        method = f"for all sizes: not proved ({why or 'no argument for every size'}); checked at {label}; {s.method}"
        out.append(replace(s, proved_for=label if s.verdict == Verdict.PROVED else "", method=method))
    return out


GREEN = (Verdict.PROVED, Verdict.PASSED)


def _open_sizes(sizes: Sequence[str], vectors: Sequence[str], matrices: Sequence[str]) -> list[str]:
    """The size names the options leave open (a block's dimension that is no number), in order."""
    dims = [d for spec in vectors for d in _block(spec, 1)[1]] + [d for spec in matrices for d in _block(spec, 2)[1]]
    return list(dict.fromkeys(d for d in (*sizes, *dims) if _NAME.match(d) and not d.isdigit()))


_INSTANCE = re.compile(r"^[A-Za-z]\w*=\d+(?:, [A-Za-z]\w*=\d+)*$")


def _instances(method: str) -> list[tuple[tuple[str, int], ...]]:
    """The instances a document step's method says it was checked at (``checked at m=2, n=2; m=2, n=3``)."""
    _, found, rest = method.partition("checked at ")
    out = []
    for part in rest.split("; ") if found else ():
        if not _INSTANCE.match(part.strip()):
            break
        out.append(tuple((k, int(v)) for k, v in (kv.split("=") for kv in part.strip().split(", "))))
    return out


def _label(names: Sequence[str], values: Sequence[int]) -> str:
    shown = ", ".join(map(str, values))
    return f"{names[0]} = {shown}" if len(names) == 1 else f"each of {', '.join(names)} in {{{shown}}}"


def _every_size(
    texts: Sequence[str], positive: set[str], vectors: Sequence[str], matrices: Sequence[str], settings: Settings
) -> tuple[dict[int, str], str]:
    """The steps the size-generic argument proves (index -> its method) on the whole-block reading, and why not."""
    from verifier.commands.check import BUILTINS
    from verifier.wholeblocks import Unread, generic_members

    if not getattr(settings, "symbolic", True):
        return {}, "the symbolic stage is off"
    vec = {name: dims[0] for name, dims in (_block(v, 1) for v in vectors)}
    mat = {name: (dims[0], dims[1]) for name, dims in (_block(m, 2) for m in matrices)}
    try:
        members, size_symbols = generic_members(texts, vectors=vec, matrices=mat, positive=positive, functions=BUILTINS)
    except (Unread, GenericError, CatalogError, sp.ShapeError, TypeError) as exc:
        return {}, f"no index-notation form: {exc}"
    report = prove_generic_claim(Claim(tuple(members), ()), size_symbols)
    proved = {i: o.method for i, o in report.outcomes.items() if o.proved}
    return proved, report.reason or "; ".join(sorted({o.method for o in report.outcomes.values() if not o.proved}))


def _as_notes(texts: Sequence[str], note: str, settings: Settings) -> list[StepResult]:
    """The steps of the claim as the document engine checks it, written as ``note`` (:func:`note_of`)."""
    from verifier.documents.check import check_document  # the document engine: loaded only when needed

    with tempfile.TemporaryDirectory(prefix="verify-check-") as tmp:
        path = Path(tmp) / "claim.md"
        path.write_text(note, encoding="utf-8")
        check = check_document(path, settings, display="claim.md")
    if check.errors:
        raise CatalogError("; ".join(r.message or r.verdict.value for r in check.errors))
    steps = [s for c in check.chains for s in c.result.steps]
    if len(steps) != len(texts) - 1:
        why = "the members could not be read as one chain"
        return [StepResult(1, texts[0], " = ".join(texts[1:]), texts[0], " = ".join(texts[1:]), Verdict.SKIPPED,
                           message=why)]  # fmt: skip
    return [
        replace(s, source="", lhs_latex=a, rhs_latex=b) for s, a, b in zip(steps, texts[:-1], texts[1:], strict=True)
    ]
