r"""A value stated for a name whose square the notes stated as a number: one of its roots, or a wrong one.

redteam42 made a square set equal to a number a condition, not a definition (``w^2 = 4`` does not give w := 2:
the root −2 would be dropped), so "$$H^2 = 1 - 0.96 = 0.04, \qquad H = 0.02$$" — fresh28's Hellinger note with
its planted slip — lost its FAILED: ``H = 0.02`` was SKIPPED "states the value of H". This module reads such a
step against the square: the latest formula before it, in its section (:func:`verifier.documents.sizeorder.
section_of`) and at most eight lines back, whose first member is the plain name squared and whose last
member is a number (a decimal, a whole number or a fraction: ``H^2 = 1 - 0.96 = 0.04``), with no value stated
for the name in between (by ``=``, ``:=`` or an update ``\leftarrow``). The square must head its formula: in
``2w^2 = 8``, ``\lambda w^2 = 12`` or ``\hat d^2 = 0.09`` it is no statement of w's or d's square, and a square
whose own computation is wrong (``d^2 = 0.04 + 0.05 = 0.08``) decides nothing (redteam44), and so does one the words
after it leave for another case ("For the first pair, $$d^2 = 0.09.$$ For the second pair, $$d = 0.5.$$": "second",
"another", "now", "instead", "suppose", "if" … between the two; sound45).

* The value is **neither root** (its magnitude is off the root by more than a unit of its last written digit,
  plus what the square's own rounding allows): FAILED, "H² = 0.04 (line 25): its real roots are ±0.2".
* It is the **positive root** and the notes make the name non-negative — the sentence leading to the square
  calls it a distance, a norm, a standard deviation, a length or a radius (directly before the formula:
  "the squared Hellinger distance is"), or the notes write ``H \ge 0``/``H > 0`` before the step: PROVED when
  its square is the number exactly, else PASSED within the rounding written. The **negative root** of such a
  name: FAILED.
* Otherwise (a root, and nothing says which): None, and the step stays SKIPPED as before.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from fractions import Fraction
from typing import NamedTuple

import sympy as sp

from verifier.documents.precision import agrees, written_decimals
from verifier.documents.sizeorder import section_of
from verifier.latex import LatexError, parse_latex
from verifier.results import Verdict

__all__ = ["Square", "judged_root", "root_verdict", "stated_square"]

_NUMBER = r"[-+]?\s*(?:\d+(?:\.\d+)?|\.\d+|\\[dt]?frac\s*\{\s*\d+\s*\}\s*\{\s*\d+\s*\})"
_VALUE = re.compile(r"^\s*" + _NUMBER + r"\s*$")
# where a formula ends inside a display's line: a new row, a wide space, a comma before a space, an environment's end
_END = re.compile(r"\n|\\\\|\\q?quad(?![A-Za-z])|,\s|&|\\end\b|\\text\b|\\label\b|\\[,;]")
_NONNEGATIVE_WORD = re.compile(
    r"(?:distance|norm|standard\s+deviation|length|radius)\s*(?:is|equals|becomes|gives)?\s*[:,]?\s*\$*\s*$", re.I)


# what may stand right before a square that heads its formula: the formula's opening (``$``, ``\[``, ``\begin{…}``,
# an alignment ``&``, a new row, a wide space, a comma or colon between formulas) or a line's start; a factor
# (``2w^2``, ``\lambda w^2``, ``\frac12 v^2``) or an accent (``\hat d^2``: another name) is not
_OPENS = re.compile(r"(?:^|\$|\\\[|\\begin\{[A-Za-z*]+\}|&|\\\\|\\q?quad|[,;:(])\s*$")
# a value the notes set for the name otherwise than by "=": an update or a definition (redteam44)
_SET = r"\s*(?::=|\\coloneqq(?![A-Za-z])|\\leftarrow(?![A-Za-z])|\\gets(?![A-Za-z])|=)"


# words between the square and the value that open another case: the value is not the square's root (sound45)
_OTHER_CASE = re.compile(r"\b(?:second|third|another|other|new|now|next|instead|whereas|while|suppose|assume|if|when"
                         r"|consider|case|different|later|otherwise|alternatively|compare|contrast)\b", re.I)
_CLOSE = re.compile(r"^\s*(?:\$\$|\$|\\\]|\\end\{[A-Za-z*]+\})")
_MATH = re.compile(r"\$\$.*?\$\$|\$[^$]*\$|\\\[.*?\\\]", re.S)

_REACH = 8  # lines: a square stated further back is not the step's (an update may have moved the name since)


class Square(NamedTuple):
    """A number the notes state for a name's square: the number, its text, its line, and whether the notes
    make the name non-negative."""

    value: Fraction
    written: str
    line: int
    nonnegative: bool


def _fraction(text: str) -> Fraction | None:
    text = text.replace(" ", "").replace("{", " ").replace("}", " ")
    m = re.fullmatch(r"([-+]?)\\[dt]?frac (\d+)  (\d+) ", text)
    try:
        if m is not None:
            value = Fraction(int(m.group(2)), int(m.group(3)))
            return -value if m.group(1) == "-" else value
        return Fraction(text.strip())
    except (ValueError, ZeroDivisionError):
        return None


def _name(latex: str) -> str | None:
    r"""The plain name ``latex`` is (``H``, ``\rho``), or None."""
    m = re.fullmatch(r"\s*(\\[A-Za-z]+|[A-Za-z])\s*", latex)
    return m.group(1) if m is not None else None


def _agreeing(middle: Sequence[str], value: Fraction, written: str) -> bool:
    """Does every member of numbers before the last (``0.04 + 0.05`` of ``d^2 = 0.04 + 0.05 = 0.08``) give the last
    member's value, to its decimals? A square whose own computation is wrong is no value to judge a root by: the
    root of the wrong 0.08 would be PASSED, the root of the right 0.09 FAILED (redteam44)."""
    places = written_decimals(written)
    for member in middle:
        try:
            tree = parse_latex(member)
        except LatexError:
            continue
        if not isinstance(tree, sp.Expr) or tree.free_symbols or not tree.is_number:
            continue
        try:
            got = float(sp.N(tree, 20))
        except (TypeError, ValueError):
            return False
        if not math.isfinite(got) or (got != float(value) and not (places and agrees(got, float(value), min(places)))):
            return False
    return True


def stated_square(text: str, name: str, line: int, before: str) -> Square | None:
    r"""The number the notes state for ``name``'s square before the step at ``line`` (``before``: the text of that
    line before the step), in the step's section, with no value stated for ``name`` between the two; or None."""
    lines = text.split("\n")
    if not 0 < line <= len(lines):
        return None
    first = max(section_of(lines, line)[0], line - _REACH)
    head = re.escape(name) + (r"(?![A-Za-z])" if name.startswith("\\") else r"(?![A-Za-z0-9_])")
    lead = r"(?<![A-Za-z\\_^])" if not name.startswith("\\") else r"(?<![A-Za-z_^])"
    square = re.compile(lead + head + r"\s*\^\s*(?:2|\{\s*2\s*\})\s*=([^$]*)")
    named = re.compile(lead + head + _SET)
    region = "\n".join([*lines[first - 1 : line - 1], before])
    found = None
    for m in square.finditer(region):
        if _OPENS.search(region[region.rfind("\n", 0, m.start()) + 1 : m.start()]):
            found = m
    after = _CLOSE.sub("", region[found.end():]) if found is not None else ""  # the words after the square's formula
    if found is None or named.search(region, found.end()) or _OTHER_CASE.search(_MATH.sub(" ", after)):
        return None  # a value set since, or words that turn to another case ("For the second pair,", sound45)
    formula = _END.split(found.group(1), maxsplit=1)[0]  # H^2 = 1 - 0.96 = 0.04, \qquad H = 0.2: up to the comma
    members = [p.strip().rstrip(".,;").strip() for p in formula.split("=")]
    if not members or not _VALUE.match(members[-1]):
        return None
    value = _fraction(members[-1])
    if value is None or value < 0 or not _agreeing(members[:-1], value, members[-1]):
        return None
    at = first + region.count("\n", 0, found.start())
    lead_in = region[: found.start()].rstrip()
    lead_in = re.sub(r"\\(?:begin\{[a-z*]+\}|\[)\s*$", "", lead_in.rstrip("$ \n")).rstrip()
    nonnegative = bool(_NONNEGATIVE_WORD.search(lead_in)) or bool(re.search(
        lead + head + r"\s*(?:\\geq?(?![A-Za-z])|\\geqslant|>)\s*0(?![\d.])", "\n".join([*lines[: line - 1], before])))
    return Square(value, members[-1], at, nonnegative)


def root_verdict(text: str, lines: Sequence[str], line: int, texts: tuple[str, str]) -> tuple[Verdict, str] | None:
    """The verdict on the one-link step ``texts`` (``name = number``) at ``line`` against a square the notes
    stated for the name before it (:func:`stated_square`, :func:`judged_root`), or None."""
    name = _name(texts[0])
    if name is None or not _VALUE.match(texts[1]) or not 0 < line <= len(lines):
        return None
    own = lines[line - 1]
    at = [m.start() for m in re.finditer(re.escape(texts[0].strip()) + r"\s*=\s*" + re.escape(texts[1].strip()), own)]
    square = stated_square(text, name, line, own[: at[-1]] if at else "")
    return judged_root(square, name, texts[1]) if square is not None else None


def judged_root(square: Square, name: str, written: str) -> tuple[Verdict, str] | None:
    """The verdict on ``name = written`` (a number) against ``square``, and why; None where it stays undecided."""
    if not _VALUE.match(written):
        return None
    value = _fraction(written)
    if value is None:
        return None
    root = math.sqrt(square.value)
    places = written_decimals(written)
    unit = 10.0 ** -min(places) if places else 0.0
    square_places = written_decimals(square.written)
    # the square's own rounding moves its root by at most half a unit of its last digit over twice the root
    slack = (10.0 ** -min(square_places) / 2) / (2 * root) if square_places and root > 0 else 0.0
    said = f"{name}^2 = {square.written} (line {square.line})"
    exact = value * value == square.value
    near = exact or agrees(root, abs(float(value)), min(places)) if places else exact
    near = near or abs(abs(float(value)) - root) <= slack + unit / 2
    if not near and abs(abs(float(value)) - root) > slack + unit:
        return Verdict.FAILED, f"{said}: its real roots are ±{root:.6g}, and {written.strip()} is neither"
    if not near or not square.nonnegative:
        return None
    if value < 0:
        return Verdict.FAILED, f"{said}, and the notes make {name} non-negative: its root is {root:.6g}, not {written}"
    if exact:
        return Verdict.PROVED, f"{said}, and the notes make {name} non-negative: it is the positive root"
    return Verdict.PASSED, f"{said}, and the notes make {name} non-negative: the positive root {root:.6g}, to the " \
        "decimals written"
