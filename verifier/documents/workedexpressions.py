r"""Worked numbers written as a formula of rounded decimals: ``L = -\log(0.245)``, ``\sigma(0.5)``.

A worked example computes a result from its inputs and often writes the step in between as a formula
of numbers it has already rounded: ``L = -\log(0.245) = 1.406`` after ``p = (0.090, 0.245, 0.665)``.
:mod:`verifier.documents.stated` reads a link with a plain decimal (``= 1.406``) at the values the
notes state; the link before it, whose member is ``-\log(0.245)``, was read for arbitrary values of the
names (and SKIPPED: "a worked number against a definition"). A reader checks it as the other worked
links: at the stated values, allowing for the rounding of the decimals the formula is written with.
This module owns

* :func:`worked_expression`: is a member, as written, a formula of numbers alone with a decimal in it;
* :func:`at_stated_values`: the reason given for a worked vector that disagrees with the one computed at
  the stated values (``p - y`` written (0.090, -0.775, 0.665) where it is (0.090, -0.755, 0.665)): the
  entry and both numbers, where the reason said the values were "given only in prose";
* :func:`rounded_expression`: the judgement of such a link once the names have their stated values: the
  computed number against the formula evaluated with each of its decimals anywhere between rounded
  and truncated (``0.245`` stands for any value in [0.2445, 0.2460)). Inside: PASSED, reported so;
  outside: SKIPPED with both numbers (a value computed from other rounded inputs, or a slip), never
  FAILED, as for a plain decimal (documents.stated).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import replace

import sympy as sp

from verifier.documents.stated import WHERE
from verifier.results import StepResult, Verdict

__all__ = ["at_stated_values", "rounded_expression", "worked_expression"]

_DECIMAL = re.compile(r"(?<![\d.])(\d*)\.(\d+)(?![\d.])")
_PLAIN = re.compile(r"^\s*[-+]?\s*\d*\.?\d+\s*$")
#: at most this many decimals are varied (2^k corners are evaluated)
MAX_DECIMALS = 4


def _closed(text: str, parse: Callable[[str], sp.Basic]) -> sp.Expr | None:
    """``text`` parsed when it is a formula of numbers alone (no name, no entry, not a matrix)."""
    try:
        tree = parse(text)
    except Exception:  # noqa: BLE001 - a member the grammar refuses is not a worked formula
        return None
    if not isinstance(tree, sp.Expr) or isinstance(tree, sp.MatrixBase) or not tree.is_number:
        return None  # a name, an entry, a function the notes define (f(0.5)), a matrix: not a closed number
    return tree


def worked_expression(text: str, parse: Callable[[str], sp.Basic]) -> bool:
    r"""Is ``text`` a formula of numbers with a decimal in it (``-\log(0.245)``), not a plain number?"""
    if _PLAIN.match(text.replace("{", "").replace("}", "")) or not _DECIMAL.search(text):
        return False
    return _closed(text, parse) is not None


def _range(tree: sp.Expr, text: str) -> tuple[float, float] | None:
    """The least and greatest value of ``tree`` with each decimal of ``text`` between rounded and truncated."""
    decimals = []
    written = _DECIMAL.findall(text)
    numbers = [n for n in sp.preorder_traversal(tree) if isinstance(n, sp.Rational)]
    for whole, frac in written:
        value = sp.Rational(f"{whole or '0'}.{frac}")
        if value in [d for d, _ in decimals] or value not in numbers:
            continue
        # \sqrt{0.5} is 2^{1/2}/2, e^{-1.0} sits beside the 1 of 1 + e^{…}: a number of the formula equal to
        # the decimal is moved with it, and the range no longer says what the decimal's rounding allows
        same = sum(sp.Rational(f"{w or '0'}.{f}") == value for w, f in written)
        if value.is_Integer or numbers.count(value) != same:
            return None
        decimals.append((value, sp.Rational(1, 10 ** len(frac))))
    if not decimals or len(decimals) > MAX_DECIMALS:
        return None
    return corner_range(tree, [(d, (d - unit / 2, d + unit)) for d, unit in decimals])


def corner_range(tree: sp.Expr, ends: list[tuple[sp.Expr, tuple[sp.Expr, sp.Expr]]]) -> tuple[float, float] | None:
    """The least and greatest value of ``tree`` with each number of ``ends`` put at either of its two ends.

    The corners of the box, not the box: exact for a formula monotone in each number, which the worked
    formulas it is asked about are (sums, products, logs of the decimals). None where a corner has no real value.
    """
    values = []
    for picks in itertools.product((0, 1), repeat=len(ends)):
        moved = tree.xreplace({d: pair[p] for (d, pair), p in zip(ends, picks, strict=True)})
        try:
            v = float(sp.N(moved, 20))
        except (TypeError, ValueError):
            return None
        if not math.isfinite(v):
            return None
        values.append(v)
    return min(values), max(values)


def rounded_expression(
    hypotheses: list[tuple[str, str]],
    texts: tuple[str, str],
    r: StepResult,
    parse: Callable[[str], sp.Basic],
    sizes: set[str] | frozenset[str] = frozenset(),
) -> StepResult | None:
    """The verdict of a link between a worked formula of decimals and a side computed at the stated
    values, that failed at no point (both sides are numbers, only the sizes of the vectors, ``sizes``,
    set); None when this is not such a link."""
    cx = r.counterexample
    if r.verdict is not Verdict.FAILED or cx is None or cx.entry or any(name not in sizes for name, _ in cx.point):
        return None
    if not any(where.startswith(WHERE) for _, where in hypotheses):
        return None
    written = [i for i, t in enumerate(texts) if worked_expression(t, parse)]
    if len(written) != 1:
        return None
    tree = _closed(texts[written[0]], parse)
    bounds = _range(tree, texts[written[0]]) if tree is not None else None
    try:
        lhs, rhs = float(cx.lhs), float(cx.rhs)
    except ValueError:
        return None
    if bounds is None or not (math.isfinite(lhs) and math.isfinite(rhs)):
        return None
    value = rhs if written[0] == 0 else lhs
    lo, hi = bounds
    stated = "; ".join(h for h, where in hypotheses if where.startswith(WHERE))
    message = r.message or ""
    read = "; " + message[message.index("read: "):] if "read: " in message else ""
    slack = 1e-9 * max(1.0, abs(value))
    if lo - slack <= value <= hi + slack:
        return replace(r, verdict=Verdict.PASSED, counterexample=None, message=(
            f"at the values the notes state ({stated}) this side is {value:.6g}, which {texts[written[0]].strip()} "
            f"gives with its decimals read as rounded ({lo:.6g} to {hi:.6g}){read}"))  # fmt: skip
    return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=(
        f"at the values the notes state ({stated}) this side is {value:.6g}, not what {texts[written[0]].strip()} "
        f"gives with its decimals rounded ({lo:.6g} to {hi:.6g}): a value computed from other rounded inputs, "
        f"another value of a name, or a slip; not called FAILED{read}"))  # fmt: skip


def at_stated_values(hypotheses: list[tuple[str, str]], r: StepResult, sizes: set[str] | frozenset[str]) -> str | None:
    """Why a worked step that failed at the stated values (no point but the sizes) is not FAILED, with the
    entry and both numbers; None when the step was not refuted at those values."""
    cx = r.counterexample
    if r.verdict is not Verdict.FAILED or cx is None or any(name not in sizes for name, _ in cx.point):
        return None
    stated = "; ".join(h for h, where in hypotheses if where.startswith(WHERE))
    if not stated:
        return None
    where = f" entry {cx.entry} of" if cx.entry else ""
    return (f"at the values the notes state ({stated}){where} the left side is {cx.lhs} and the right side {cx.rhs}: "
            "a value computed from rounded inputs, another value of a name, or a slip; not called FAILED")
