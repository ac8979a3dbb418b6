r"""The names a document's results show a reader: the notes' own, never the checker's internal ones (gaps39).

Reading a document makes up names the notes never write: a size nothing names is ``n3_inferred``
(:mod:`verifier.documents.infer`), a value the notes state for a function at named arguments is the one name
``\mathrm{Vs1}`` (``V(s_1)``, :mod:`verifier.documents.tablevalues`; a stated optimum likewise,
:mod:`verifier.documents.statedoptima`), a whole row or column of a subscript is ``slice__all``, the point of a
gradient whose variable the chain does not name ``f_point`` (:mod:`verifier.documents.reparam`). Messages, methods,
sizes and counterexamples showed them as they were ("at n3_inferred=3, j=1", "\mathrm{Vs1} = 0.5"). This module
owns their display, once the document is checked (:func:`shown_names`): a size is ``n₃`` (a subscript digit: never
a name of the notes, which are shown as written, ``n_3``), said once per message to be a size the notes leave
unnamed; a table value is the call the notes write (``V(s_1)``); a slice is ``:``; ``f_point`` is "the point f is
taken at". Verdicts are untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from verifier.documents.context import INVENTED_SIZE
from verifier.results import Counterexample, IdentityResult, StepResult

__all__ = ["shown_names", "shown_text", "table_shown"]

_INFERRED = re.compile(r"\bn(\d+)" + INVENTED_SIZE + r"\b")
_DIGITS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_GLOSS = "sizes the notes leave unnamed"
_POINT = re.compile(r"(?<![A-Za-z0-9_\\])([A-Za-z]+)_point\b")


def _size(m: re.Match[str]) -> str:
    return "n" + m.group(1).translate(_DIGITS)


def shown_text(text: str, table: dict[str, str], gloss: bool = False) -> str:
    r"""``text`` with the checker's names written as the notes would: ``n3_inferred`` → ``n₃`` (with ``gloss``, a
    clause at the end names the sizes so written), ``\mathrm{Vs1}`` and ``Vs1`` → ``V(s_1)`` (``table``: each one
    name of a table value by the call as the notes write it), ``slice__all`` → ``:``."""
    if not text:
        return text
    sizes = sorted({_size(m) for m in _INFERRED.finditer(text)})
    out = _INFERRED.sub(_size, text).replace("slice__all", ":")
    out = _POINT.sub(lambda m: f"the point {m.group(1)} is taken at", out)  # documents.reparam's private point
    for name, call in table.items():
        out = re.sub(r"\\mathrm\{" + re.escape(name) + r"\}|(?<![\\A-Za-z0-9])" + re.escape(name) + r"(?![A-Za-z0-9])",
                     lambda _m, call=call: call, out)  # fmt: skip
    if gloss and sizes:
        out += f" ({', '.join(sizes)}: {'a size the notes leave unnamed' if len(sizes) == 1 else _GLOSS})"
    return out


def _counterexample(cx: Counterexample | None, show: Callable[[str], str]) -> Counterexample | None:
    if cx is None:
        return None
    return replace(cx, point=tuple((show(n), v) for n, v in cx.point),
                   coordinates=tuple((show(n), v) for n, v in cx.coordinates))  # fmt: skip


def _step(step: StepResult, table: dict[str, str]) -> StepResult:
    def show(t: str) -> str:
        return shown_text(t, table)

    return replace(
        step,
        lhs=show(step.lhs),
        rhs=show(step.rhs),
        method=show(step.method),
        message=shown_text(step.message, table, gloss=True),
        sizes=tuple((show(n), v) for n, v in step.sizes),
        proved_for=show(step.proved_for),
        counterexample=_counterexample(step.counterexample, show),
    )


def table_shown(calls: dict[tuple[str, str], str]) -> dict[str, str]:
    """``{one name: the call as the notes write it}`` of :func:`verifier.documents.tablevalues.table_calls`."""
    return {name: f"{f}({args.replace(',', ', ')})" for (f, args), name in calls.items()}


def shown_names(result: IdentityResult, table: dict[str, str]) -> IdentityResult:
    """``result`` (a document chain's) with every step's texts in the notes' names (module docstring)."""
    if not table and not any(_INFERRED.search(repr(s)) or "slice__all" in repr(s) or "_point" in repr(s)
                             for s in result.steps) \
            and not _INFERRED.search(result.message + result.proved_for):
        return result
    return replace(result, steps=tuple(_step(s, table) for s in result.steps),
                   message=shown_text(result.message, table, gloss=True),
                   proved_for=shown_text(result.proved_for, table))  # fmt: skip
