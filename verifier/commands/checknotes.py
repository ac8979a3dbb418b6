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
Sizes the claim does not fix are checked at 2 and 3.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from verifier.catalog import CatalogError
from verifier.engine import Settings
from verifier.results import StepResult, Verdict
from verifier.sizes import parse_block

__all__ = ["SIZES", "checked_as_notes", "note_of"]

SIZES = (2, 3)  # the values of a size the options name without fixing it
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
) -> str:
    """The note: a context block declaring the options, then one display of the members."""
    lines: list[str] = []
    named: list[str] = [s for s in sizes if _NAME.match(s)]
    for spec in vectors:
        name, (size,) = _block(spec, 1)
        lines.append(f"{name}: vector[{size}]")
        named += [size] if not size.isdigit() else []
    for spec in matrices:
        name, (rows, cols) = _block(spec, 2)
        lines.append(f"{name}: matrix[{rows} x {cols}]")
        named += [d for d in (rows, cols) if not d.isdigit()]
    for size in dict.fromkeys(named):
        lines.insert(0, f"{size} in {{{', '.join(map(str, SIZES))}}}")
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
    """The steps of the claim, checked by :func:`verifier.documents.check.check_document`."""
    from verifier.documents.check import check_document  # the document engine: loaded only when needed

    note = note_of(texts, positive, integer, sizes, vectors, matrices)
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
