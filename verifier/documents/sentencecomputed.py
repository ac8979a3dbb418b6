r"""A value the notes state for a name in the sentence that computes it by a formula of numbers: a rounding of it.

"The loss is $L = 0.69$, where $$L = -\log 0.4.$$" (−log 0.4 = 0.916): the display was read at the stated value
and SKIPPED "not what -\log 0.4 gives with its decimals rounded …: a value computed from other rounded inputs,
another value of a name, or a slip; not called FAILED" (documents.workedexpressions' policy), and ``3L = 2.07``
was PROVED under the hypothesis L = 0.69 (review42). Where one sentence states the value and computes the name
— the inline ``$L = 0.69$`` and, with no sentence end between them and only words saying the display computes
it ("where", "since", "computed as"; not "and for the harder example", which opens another case: redteam44), the
display whose left member is the name and whose right member a formula of numbers — the value is no given and
no other example's: it claims to be the formula's value, rounded. This module owns that reading:

* :func:`stated_rounding`: the display's verdict. FAILED where the value, with its own rounding (half a unit of
  its last digit, a unit where it may be a cut: documents.precision), cannot meet the formula with each of its
  decimals read as rounded (half a unit; a unit up where the decimal may be a cut) — every reading fails; else
  None (workedexpressions' verdict stands: PASSED within its rounding, SKIPPED past it).
* :func:`on_contradicted_values`: a green step under that value (its message cites "L = 0.69 (stated in the notes
  (line 3))") where the display computing it FAILED so is SKIPPED, "rests on" it — not green from a wrong value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import sympy as sp

from verifier.documents.precision import significant_digits
from verifier.documents.records import CheckedChain
from verifier.documents.sentences import SENTENCE_END
from verifier.documents.workedexpressions import corner_range
from verifier.results import StepResult, Verdict

__all__ = ["on_contradicted_values", "stated_rounding"]

_HYPOTHESIS = re.compile(r"(?P<name>\\?[A-Za-z]+(?:_\{?[A-Za-z0-9]+\}?)?)\s*=\s*(?P<value>[-+]?\d*\.?\d+) \(stated in "
                         r"the notes \(line (?P<line>\d+)\)\)")  # fmt: skip
_MARK = "the value the notes state for it in the same sentence"
_DECIMAL = re.compile(r"(?<![\d.])(\d*)\.(\d+)(?![\d.])")
# the words between the inline value and the display that say the display computes it ("…, where", "since",
# "computed as"); other words ("and for the harder example", "while after one step") may open another case of the
# name in the same sentence (redteam44)
_COMPUTES = re.compile(r"\s*[,:]?\s*(?:(?:which|this|that)\s+(?:is|comes|follows)\s+(?:from|by|as)?|where|since|"
                       r"because|as|from|by|via|(?:computed|given|obtained|found|calculated)\s+(?:as|by|from|via)|namely|"
                       r"that\s+is)?\s*[,:]?\s*", re.I)
_GREEN = (Verdict.PROVED, Verdict.PASSED)
_REASON = ("holds only under ${name} = {value}$, stated at line {line} in the sentence that computes {name} by a "
           "formula whose value it is not (that display FAILED): it rests on a wrong value, not green on it")


def _box(value: float, places: int) -> tuple[float, float]:
    """The values a number written to ``places`` may stand for: rounded, or cut where it has the digits for it."""
    unit = 10.0**-places
    up = unit if significant_digits(value, places) >= 2 and (places >= 2 or significant_digits(value, places) >= 3) \
        else unit / 2  # fmt: skip
    return (value - unit / 2, value + up) if value >= 0 else (value - up, value + unit / 2)


def _formula_range(tree: sp.Expr, text: str) -> tuple[float, float] | None:
    """The least and greatest value of ``tree`` with each decimal of ``text`` anywhere in its :func:`_box`."""
    decimals: list[tuple[sp.Rational, float, float]] = []
    numbers = [n for n in sp.preorder_traversal(tree) if isinstance(n, sp.Rational)]
    for whole, frac in _DECIMAL.findall(text):
        value = sp.Rational(f"{whole or '0'}.{frac}")
        if value.is_Integer or value not in numbers or any(d == value for d, _, _ in decimals):
            continue
        lo, hi = _box(float(value), len(frac))
        decimals.append((value, lo, hi))
    if not decimals or len(decimals) > 4:
        return None
    return corner_range(tree, [(d, (sp.Float(lo, 30), sp.Float(hi, 30))) for d, lo, hi in decimals])


def _same_sentence(lines: Sequence[str], stated: int, display: int, name: str, value: str) -> bool:
    """Is ``name = value`` written inline at line ``stated`` with no sentence end between it and the display that
    opens at line ``display`` (after it)?"""
    if not 0 < stated <= display <= len(lines) or display - stated > 3:
        return False
    text = "\n".join(lines[stated - 1 : display])
    m = re.search(r"(?<!\$)\$\s*" + re.escape(name) + r"\s*=\s*" + re.escape(value) + r"\s*\$(?!\$)", text)
    if m is None:
        return False
    opens = text.find("$$", m.end())
    if opens < 0:
        opens = text.find("\\[", m.end())
    return opens >= 0 and text.count("\n", 0, opens) == display - stated and \
        SENTENCE_END.search(text[m.end() : opens]) is None and _COMPUTES.fullmatch(text[m.end() : opens]) is not None


def stated_rounding(
    skipped: StepResult, failed: StepResult, texts: tuple[str, str], hypotheses: Sequence[tuple[str, str]],
    line: int, lines: Sequence[str], parse: Callable[[str], sp.Basic],
) -> StepResult | None:  # fmt: skip
    """The FAILED verdict of the display ``texts`` (``name`` = a formula of numbers, at ``line``) where the value the
    same sentence states for the name cannot be the formula's, rounded (module docstring); else None."""
    name = texts[0].strip()
    if skipped.verdict is not Verdict.SKIPPED or failed.counterexample is None:
        return None
    said = [m for h, where in hypotheses if (m := _HYPOTHESIS.fullmatch(f"{h} ({where})")) is not None
            and m.group("name") == name]  # fmt: skip
    if len(said) != 1 or not _same_sentence(lines, int(said[0].group("line")), line, name, said[0].group("value")):
        return None
    try:
        tree = parse(texts[1])
    except Exception:  # noqa: BLE001 - a member the grammar refuses is no formula of numbers
        return None
    if not isinstance(tree, sp.Expr) or not tree.is_number:
        return None
    bounds = _formula_range(tree, texts[1])
    written = said[0].group("value")
    places = len(written.partition(".")[2])
    if bounds is None:
        return None
    lo, hi = _box(float(written), places) if places else (float(written), float(written))
    if lo <= bounds[1] and bounds[0] <= hi:
        return None
    exact = float(sp.N(tree, 15))
    return replace(failed, counterexample=None, curve=None, message=(
        f"{name} = {written} is {_MARK}, a rounding of this formula's value: {texts[1].strip()} is {exact:.6g} "
        f"({bounds[0]:.6g} to {bounds[1]:.6g} with its decimals read as rounded), which {written} is not"))


def on_contradicted_values(checked: list[CheckedChain]) -> list[CheckedChain]:
    """``checked`` with every green step under a value :func:`stated_rounding` refuted made SKIPPED."""
    refuted = {(line, m.group(1).strip()) for c in checked if isinstance(c, CheckedChain)
               for s, line in zip(c.result.steps, c.step_lines, strict=False)
               if s.verdict is Verdict.FAILED and _MARK in (s.message or "")
               and (m := re.match(r"(.+?) = ", s.message or "")) is not None}  # fmt: skip
    if not refuted:
        return checked
    out = list(checked)
    for k, c in enumerate(out):
        if not isinstance(c, CheckedChain):
            continue
        steps = list(c.result.steps)
        for i, s in enumerate(steps):
            if s.verdict not in _GREEN:
                continue
            for m in _HYPOTHESIS.finditer(s.message or ""):
                if any(name == m.group("name") and 0 <= at - int(m.group("line")) <= 3 for at, name in refuted):
                    steps[i] = s.skipped(_REASON.format(name=m.group("name"), value=m.group("value"),
                                                        line=m.group("line")))  # fmt: skip
                    break
        if steps != list(c.result.steps):
            out[k] = c.with_steps(steps)
    return out
