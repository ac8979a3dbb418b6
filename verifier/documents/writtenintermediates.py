r"""A worked value computed from the rounded intermediates the notes write: what a reader checks it against.

"Define $z = 2p$ and $v = z^2$. With $p = 0.123$, $z = 0.25$ and $v = 0.0625$." The checker computes v from its
definition at the stated p (z = 0.246 unrounded, v = 0.0605), and the written 0.0625 was SKIPPED "a value computed
from rounded inputs, another value of a name, or a slip": the first of the three is what happened, and a reader
sees it by computing v from the z the notes wrote. This module owns that reading (issue 8 §5, ctx67's kind (B)):
a SKIPPED worked number (documents.stated.rounded_at_values' "this side is …, not the … written") is PASSED when
its side, with the notes' definitions written out down to the names the notes write a value for, computed at
those written values (the chain's stated values and the intermediates' numbers), is the number written rounded
or truncated to its places. Which intermediates were used is said. A number no written value gives stays
SKIPPED: the wrong ``v = 0.0725`` is neither the exact v nor the v of the written z.

An intermediate is a name the notes define by a formula (not a function) and give one number for (``stated``: prose
or display, before the step or on its line, never the step's own left member); a name given two different numbers
there is not used (which example is meant is not known).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

import sympy as sp

from verifier.documents.context import Definition, Key, key_of
from verifier.documents.precision import agrees
from verifier.results import StepResult, Verdict

__all__ = ["at_written_intermediates"]

_SKIPPED = "this side is "


def _numbers(stated: Iterable[tuple[str, str, int]], line: int, own: str,
             parse: Callable[[str], sp.Basic]) -> dict[sp.Symbol, tuple[sp.Rational, str, int]]:  # fmt: skip
    """The plain names given one number by ``line`` (not the step's ``own`` left member on it): symbol → (the
    number, as written, its line)."""
    out: dict[sp.Symbol, tuple[sp.Rational, str, int]] = {}
    twice: set[sp.Symbol] = set()
    for name, number, at in stated:
        if at > line or (at == line and name.strip() == own):
            continue
        try:
            tree, value = parse(name), sp.Rational(number.replace(" ", ""))
        except Exception:  # noqa: BLE001 - a name or a number (a vector) that is no plain number: not used
            continue
        if not isinstance(tree, sp.Symbol):
            continue
        if tree in out and out[tree][0] != value:
            twice.add(tree)
        out.setdefault(tree, (value, number.strip(), at))
    return {k: v for k, v in out.items() if k not in twice}


def at_written_intermediates(judged: StepResult | None, sides: Sequence[sp.Basic], texts: tuple[str, str],
                             hypotheses: Sequence[tuple[str, str]], names: Mapping[Key, object],
                             stated: Iterable[tuple[str, str, int]], line: int, own: str,
                             parse: Callable[[str], sp.Basic]) -> StepResult | None:  # fmt: skip
    """``judged`` PASSED where the side of ``sides`` that is not the written number, computed at the numbers the
    notes write (the chain's ``hypotheses`` and the defined intermediates' ``stated`` numbers), is that number
    rounded or truncated to its places (module docstring); else ``judged`` as it was. ``names``: the scope's names
    (the definitions in force); ``own``: the step's left member as written; ``line``: the step's line."""
    if judged is None or judged.verdict is not Verdict.SKIPPED or _SKIPPED not in (judged.message or "") \
            or len(sides) != 2:  # fmt: skip
        return judged
    numbers = [k for k, t in enumerate(sides) if isinstance(t, sp.Number)]
    if len(numbers) != 1:
        return judged
    written_text = texts[numbers[0]].strip()
    places = len(written_text.split(".")[1]) if "." in written_text else None
    if places is None or not written_text.replace(".", "").replace("-", "").isdigit():
        return judged
    values = _numbers(stated, line, own, parse)
    given: dict[sp.Symbol, sp.Rational] = {}
    for h, _ in hypotheses:
        name, _, number = h.partition("=")
        try:
            tree = parse(name.strip())
            given[tree] = sp.Rational(number.strip())
        except Exception:  # noqa: BLE001 - a vector or an entry: not read here
            continue
    side, used = sides[1 - numbers[0]], []
    for _ in range(6):  # write out the definitions down to the written numbers
        found = {}
        for a in side.atoms(sp.Symbol):
            if a in given:
                continue
            if a in values:
                d = names.get(key_of(a) or ("", ()))
                if isinstance(d, Definition) and d.body and not d.is_function:
                    given[a] = values[a][0]
                    used.append(f"{values[a][1]} for {a.name} (line {values[a][2]})")
                continue
            d = names.get((a.name, ()))
            if isinstance(d, Definition) and d.body and not d.is_function and not d.builtin:
                try:
                    found[a] = parse(d.body)
                except Exception:  # noqa: BLE001 - a body the grammar refuses: nothing to compute
                    return judged
        if not found:
            break
        side = side.xreplace(found)
    if not used:
        return judged  # no intermediate written: the policy's SKIPPED stands
    try:
        got = side.xreplace(given).doit().evalf(30)
        value = float(got) if got.is_number and got.is_real else math.nan
    except (TypeError, ValueError, AttributeError):
        return judged
    written = float(written_text)
    if not math.isfinite(value) or not agrees(value, written, places):
        return judged
    return replace(judged, verdict=Verdict.PASSED, counterexample=None, message=(
        f"equal to the {places} decimals written when computed from the numbers the notes write for its "
        f"intermediates ({'; '.join(used)}): {value:.{places + 3}g}; from the unrounded intermediates it differs "
        f"beyond those places (the notes round on the way)"))
