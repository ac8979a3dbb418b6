r"""``a / b c``: a slash before a product of names, read both ways; green only where the readings agree (green71).

documents.slashproducts reads ``x^2/2\sigma^2`` over the whole product after the slash (x²/(2σ²)), the Gaussian's
exponent as every reader takes it, where the literal reading (the parser's: the slash over its next factor) fails.
With names alone after the slash (``a / b c``) neither reading is the notes' beyond doubt: (a/b)·c is how a
program reads it, a/(bc) how ``1/2n`` is read. red70's probe ``a / b c = \frac{a}{b c}`` was PROVED by the second
reading alone, and ``a / b c = \frac{a c}{b}`` by the first alone.

This module owns the doubt (:func:`doubt_ambiguous_slash`, a post-pass of a chain's checked steps): a green step
one of whose sides writes a slash before a product of names (slashproducts.names_after_slash; a divisor opening
with a number keeps slashproducts' reading) is

* green only by the reading over the product (its message says so): SKIPPED, "ambiguous";
* green literally: checked again read over the product; FAILED there, SKIPPED, "ambiguous"; green or undecided
  there, it stays as it was.

A step that fails both ways stays FAILED (every plausible reading fails); none is made FAILED here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from verifier.documents.slashproducts import NOTE, names_after_slash, slash_over_product
from verifier.results import StepResult, Verdict

__all__ = ["ambiguous", "doubt_ambiguous_slash"]

_GREEN = (Verdict.PROVED, Verdict.PASSED)
_AMBIGUOUS = ("ambiguous: a slash before a product of names ({written}) may divide by the next factor or by the "
              "whole product, and the two readings disagree here ({how})")  # fmt: skip


def ambiguous(written: str, literal_holds: bool) -> str:
    """Why a step writing ``written`` (a slash before a product of names) is SKIPPED: the two readings disagree,
    ``literal_holds`` says which one holds (also ``verify check``'s reason: commands.check)."""
    how = ("it holds read literally, but not read over the whole product" if literal_holds
           else "it holds only read over the whole product; read literally it fails")  # fmt: skip
    return _AMBIGUOUS.format(written=written.strip(), how=how)


def doubt_ambiguous_slash(doc: Any, chain: Any, scope: Any, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each green step whose sides write ``a / b c`` SKIPPED where the slash's two readings
    disagree (module docstring)."""
    todo = []
    for k, (st, r) in enumerate(zip(chain.steps, steps, strict=True)):
        if r.verdict not in _GREEN:
            continue
        written = [m.latex for m in (chain.members[st.left], chain.members[st.right]) if names_after_slash(m.latex)]
        if written:
            todo.append((k, written[0]))
    if not todo:
        return steps
    out = list(steps)
    again: dict[int, StepResult] | None = None
    for k, written in todo:
        r = out[k]
        literal = NOTE not in (r.message or "")
        if literal:
            if again is None:
                again = _over_the_product(doc, chain, scope, [j for j, _ in todo])
            alt = again.get(k)
            if alt is None or alt.verdict is not Verdict.FAILED:
                continue
        why = ambiguous(written, literal)
        out[k] = replace(r, verdict=Verdict.SKIPPED, message="; ".join(x for x in (why, r.message) if x))
    return out


def _over_the_product(doc: Any, chain: Any, scope: Any, ks: list[int]) -> dict[int, StepResult]:
    """The steps ``ks`` of ``chain`` checked again with each slash read over the product after it."""
    from verifier.documents.steps import _Checker  # (the checker imports the document's modules)
    from verifier.documents.values import ResolveError

    alt_chain = doc._reread(chain, scope, slash_over_product)
    if alt_chain is None:
        return {}
    asked = {chain.steps[k].index for k in ks}
    try:
        got = _Checker(doc, alt_chain, scope, asked, frozenset(), frozenset(asked)).run()
    except (ResolveError, NotImplementedError):
        return {}
    return {k: got[k] for k in ks if k < len(got)}
