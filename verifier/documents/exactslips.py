r"""A worked number wrong at inputs the notes state exactly, by a slip no rounding makes: FAILED.

The worked-number policy (documents.stated.rounded_at_values, workedexpressions.at_stated_values) leaves a number
that disagrees at the values the notes state SKIPPED: "a value computed from rounded inputs, another value of a
name, or a slip; not called FAILED". Each of the three is a reading of the disagreement; a FAILED needs every
one excluded. This module owns that narrowing (ctx47): the SKIPPED verdict becomes FAILED, with its
counterexample, when

* **no rounded input**: every value the step is read at is a stated value (no context ``given:``), an integer or
  a terminating decimal, stated before the step with ``=`` in a statement that is no rounding (no ``\approx``,
  "about"; not the result of a formula the notes compute for the name; a decimal is data by
  documents.exactdata's rule: not in a display, not a rounding of an earlier number);
* **no other value of the name**: every statement of the name in the notes (prose, tables, displays; the name
  as a whole vector or as one of its entries) writes that same value, and none starts another case ("later",
  "instead": documents.exactdata's later-case words);
* **a slip, not a rounding on the way**: the value is **exact at the places written** and the number written is
  another, a tenth of it away at least (inputs exact, so the value is; a rounding on the way moves a value off
  its exact digits by little: lead68), or the number written is the value with its **sign flipped** (its
  magnitude the value rounded or truncated to the places written, ten units of the last place at least; or the
  exact value itself, five units at least, so that the flip moved it by ten units: ``0.5`` for ``-0.5``), or
  the value rounded to the places written with **one digit changed** that is not the last (three significant
  digits written at least). An author who rounds intermediate results moves the last digit, or several digits
  at once; a carried rounding that changes one higher digit and leaves every other in place is a coincidence,
  and a sign is moved by no rounding of a value ten units away from zero. That the other digits agree is also
  the evidence that the step was read as its author meant (a misreading gives an unrelated number).

The written side must be a literal of plain numbers (``-0.0912``, ``\boxed{0.090}\boxed{-0.775}…``, a
``bmatrix``): a closed form (``\sigma(1.2)``) writes numbers the author may have rounded. Anything else keeps
the SKIPPED verdict. Such a FAILED is no failure "with its names arbitrary" that values stated in another section
might mend (documents.valuescope): every value it is read at is the only one the notes state for its name.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from fractions import Fraction

import sympy as sp

from verifier.documents.exactdata import ABOUT, LATER_CASE, computation_of, later_case, stated_as_data
from verifier.documents.mathspans import formulas
from verifier.documents.precision import agrees
from verifier.documents.sentences import DOLLAR_SPAN
from verifier.documents.stated import WHERE, split_commas, stated_values
from verifier.results import StepResult, Verdict

__all__ = ["SLIP", "inexact_input", "policy_refuted", "slip_at_exact_values"]

#: what the FAILED verdict says (documents.valuescope leaves it: its values are every one the notes state)
SLIP = "a slip no rounding on the way makes"

_FROM = re.compile(r"\(line (\d+)\)")
_NOT_DATA = re.compile(rf"\\approx|\\simeq|≈|{ABOUT}|\broughly\b|\bapproximately\b|\bround", re.I)
# the frame of a literal of numbers: boxes, matrix environments, brackets, separators, a transpose
_FRAME = re.compile(
    r"\\boxed|\\begin\{[a-zA-Z]*matrix\}|\\end\{[a-zA-Z]*matrix\}|\\left|\\right|\\\\|"
    r"\^\s*\{?\s*(?:T|\\top|\\intercal)\s*\}?|[{}\[\](),&;]|\\[,;:!]|\\q?quad\b"
)
_TOKEN = re.compile(r"^[-+]?\d+(?:\.(\d+))?$")
_RELATION = re.compile(r":=|=|\\approx|\\simeq|≈")


def literal_numbers(text: str) -> list[str] | None:
    """The numbers of a literal of plain numbers (``-0.0912``, ``\\boxed{2}\\boxed{3}``, a bmatrix), or None."""
    tokens = _FRAME.sub(" ", text).replace("- ", "-").split()
    return tokens if tokens and all(_TOKEN.match(t) for t in tokens) else None


def name_and_vector(name: str, parse: Callable[[str], sp.Basic]) -> tuple[str, str]:
    """The name as parsed (``w_{02}^2`` and ``w^2_{02}`` alike) and the vector it is an entry of (or itself)."""
    try:
        tree = parse(name)
    except Exception:  # noqa: BLE001 - a name the grammar refuses is compared as written
        plain = re.sub(r"[\s{}]", "", name)
        return plain, plain
    base = str(tree.base.label) if isinstance(tree, sp.Indexed) else str(tree)
    return str(tree), base


# a value's environments (a matrix, an array, cases): their rows are one value's, not the formula's
_ENV = re.compile(r"\\(begin|end)\{(?:[a-zA-Z]*matrix|array|cases)\*?\}|\\\\")


def _rows(body: str) -> list[str]:
    r"""The rows of a formula: cut at its ``\\`` outside a matrix's (gaps68, lead68: ``A = \begin{pmatrix} 2 & 1 \\ 1 &
    3 \end{pmatrix}`` is one statement of A, no ``A = 2, 1`` that gives A another value)."""
    rows, depth, start = [], 0, 0
    for m in _ENV.finditer(body):
        if m.group(1):
            depth = max(depth + (1 if m.group(1) == "begin" else -1), 0)
        elif depth == 0:
            rows.append(body[start : m.start()])
            start = m.end()
    return [*rows, body[start:]]


def value_statements(text: str) -> list[tuple[str, str, int, bool]]:
    """``(name, value, line, rounded)`` for every statement of a value in the notes: the prose's and the tables'
    (documents.stated) and every formula's ``name = … = <numbers>`` or ``name \\approx <numbers>``."""
    out = [(n, v, line, False) for n, v, line in stated_values(text)]
    for formula in formulas(text):
        body, line = formula.body, formula.line
        for row in _rows(body):
            for piece in split_commas(row):
                members = [p.strip().lstrip("&").strip() for p in _RELATION.split(piece)]
                if len(members) < 2 or literal_numbers(members[-1]) is None:
                    continue
                rounded = bool(_NOT_DATA.search(piece))
                out.extend((p, members[-1], line, rounded) for p in members[:-1]
                           if p and re.fullmatch(r"[\\A-Za-z][\w\\^{}*',]*", p.replace(" ", "")))  # fmt: skip
    return out


def same_numbers(a: str, b: str) -> bool:
    x, y = literal_numbers(a), literal_numbers(b)
    return (
        x is not None
        and y is not None
        and len(x) == len(y)
        and all(Fraction(p) == Fraction(q) for p, q in zip(x, y, strict=True))
    )


def _own_line(line: str, name: str) -> str:
    r"""The line ``line`` without its inline formulas that do not write ``name``: "Take $z = (1, 2, 0)$, so $p \approx
    (0.24, 0.67, 0.09)$" rounds p, not z (ml71a); the prose stays (an "about" anywhere on it still counts)."""
    token = re.compile(r"(?<![A-Za-z\\])" + re.escape(name) + (r"(?![A-Za-z])" if name[-1:].isalpha() else ""))
    return DOLLAR_SPAN.sub(lambda m: m.group(0) if token.search(m.group(0)) else " ", line)


def _exact_input(hypothesis: str, where: str, text: str, lines: Sequence[str], display_lines: Collection[int],
                 parse: Callable[[str], sp.Basic], step_line: int, source: str,
                 statements: Sequence[tuple[tuple[str, str], str, str, int, bool]],
                 same_line: bool = False) -> str | None:  # fmt: skip
    """Why the stated value ``hypothesis`` is no exact input of the step on ``step_line`` (None: it is one).
    ``lines``: ``text``'s; ``statements``: :func:`value_statements` with each name's :func:`name_and_vector` first;
    ``same_line``: as :func:`inexact_input`."""
    name, _, value = hypothesis.partition("=")
    name, value = name.strip(), value.strip()
    numbers = literal_numbers(value)
    found = _FROM.search(where)
    if numbers is None or found is None:
        return f"{name} is not stated as plain numbers"
    line = int(found.group(1))
    # on the step's own line of prose, where asked: the sentence's own inputs ("At $w = 0.5$ … we have $z = 1$"), as
    # for documents.exactdata; on a display's line it may follow the step
    if not 0 < line <= step_line or line > len(lines) or (
            line == step_line and (not same_line or line in display_lines)):  # fmt: skip
        return f"{name} is stated after the step"
    computed = computation_of(lines, line, name)  # (a boxed vector of numbers is no formula computing it)
    if _NOT_DATA.search(_own_line(lines[line - 1], name)) or (
        computed is not None and literal_numbers(computed) is None
    ):
        return f"{name} is stated as a rounding or computed"
    decimal = any("." in t for t in numbers)
    if decimal and not stated_as_data(text, line, display_lines, name, source):
        return f"{name} = {value} may be a rounding"
    key, base = name_and_vector(name, parse)
    for (k, b), other, said, at, rounded in statements:
        if k == key or k == base or b == key:
            if rounded or not same_numbers(said, value):
                return f"{name} has another value in the notes (line {at})"
            if later_case(lines, at, other):
                return f"{name} is stated for another case (line {at})"
    return None


def inexact_input(hypotheses: Sequence[tuple[str, str]], text: str, display_lines: Collection[int],
                  parse: Callable[[str], sp.Basic], line: int, source: str = "",
                  same_line: bool = False) -> str | None:  # fmt: skip
    """Why one of the stated values ``hypotheses`` is no exact input of the step on ``line`` (a rounding, computed,
    stated again or for another case, after the step; module docstring), or None: every one is exact.
    ``same_line``: a value stated on the step's own line of prose counts as before it (the sentence's inputs)."""
    statements = [(name_and_vector(n, parse), n, v, at, rounded)
                  for n, v, at, rounded in value_statements(text)]  # keyed once  # fmt: skip
    lines = text.split("\n")
    for h, where in hypotheses:
        if (why := _exact_input(h, where, text, lines, display_lines, parse, line, source, statements,
                                same_line)) is not None:
            return why
    return None


def _places(written: str, w: float) -> int | None:
    """The decimal places of the number of ``written`` equal to ``w``, if they are one."""
    places = {len(m.group(1) or "") for t in (literal_numbers(written) or []) if (m := _TOKEN.match(t))
              and math.isclose(float(t), w, rel_tol=0, abs_tol=1e-12)}  # fmt: skip
    return places.pop() if len(places) == 1 else None


# the prose names the point a step is taken at: "at a logit where …", "for a point with $p = 0.9$", "where $p$ is …"
_A_POINT = re.compile(r"\b(?:at|for)\s+(?:a|an|some|any|the)\s+[\w-]+\s+(?:where|with|at\s+which|such\s+that)\b|"
                      r"\bwhere\s+\$", re.I)


_DISPLAY = re.compile(r"\$\$.*?\$\$|\\\[.*?\\\]|\\begin\{([a-z]+\*?)\}.*?\\end\{\1\}", re.S)


def another_point(lines: Sequence[str], hypotheses: Sequence[tuple[str, str]], step_line: int) -> bool:
    r"""Does the prose that leads into the step on ``step_line`` (after its display before, and after the last line
    a value of ``hypotheses`` is stated on, 1-based) start another case or name the point the step is taken at
    ("Later, at a logit where $p = 0.9$,")? Then a number far from the value at the stated inputs is the value at
    that point, no slip (redlead68). Only that prose: "the second term" in a derivation between the example and the
    step is no case. False where no value says its line."""
    at = [int(m.group(1)) for _, where in hypotheses if (m := _FROM.search(where))]
    if not at:
        return False
    lead = _DISPLAY.split("\n".join(lines[max(at) : max(step_line - 1, 0)]))[-1]
    return bool(_A_POINT.search(lead) or LATER_CASE.search(DOLLAR_SPAN.sub(" ", lead)))


def policy_refuted(skipped: StepResult | None, failed: StepResult, entry: bool = True) -> bool:
    """Is ``skipped`` the worked-number policy's SKIPPED verdict ("not called FAILED") of the FAILED step ``failed``,
    refuted at the stated values alone (no point of free names; ``entry``: an entry of a vector allowed)?"""
    cx = failed.counterexample
    return (skipped is not None and skipped.verdict is Verdict.SKIPPED and failed.verdict is Verdict.FAILED
            and cx is not None and not cx.point and (entry or not cx.entry)
            and "not called FAILED" in (skipped.message or ""))


_DECIMALS = re.compile(r"\d\.(\d+)")  # the decimals of a stated input ("w = 0.5": one)
INTEGER_SLIP = "a whole number written for the exact value"


def _integer_slip(v: float, w: float, places: int, inputs: int) -> bool:
    """Is the whole number ``w`` written for the exact value ``v`` a slip, the notes' inputs carrying ``inputs``
    decimals at most? "At $x = 1$, $w = 0.5$, $b = 0$ we have $z = 1$" (z = wx + b, exactly 0.5; lead54, alarm69):
    notes that write their inputs to a decimal write a value that short exactly too, and a number written keeps at
    least its own count of significant digits of the value it rounds: 1 is 0.5 to no significant digit (0.5 to
    one is 0.5), while 3 for 2.5 is 2.5 to one (lead68: W x = (2.5, 4) written (3, 4) stays a rounding), as 1 for
    0.99 is. Also a tenth of the value away at least; whole inputs (a rounding to whole numbers may be the notes'
    own) and a value longer than the inputs are no slip here."""
    if places != 0 or inputs == 0 or float(v).is_integer() or w == 0:
        return False
    exact = v * 10.0**inputs
    if abs(exact - round(exact)) > 1e-9 * max(1.0, abs(exact)) or abs(w - v) < 0.1 * max(abs(v), abs(w)):
        return False
    digits = max(1, len(str(abs(int(w))).rstrip("0")))
    unit = 10.0 ** (math.floor(math.log10(abs(v))) - digits + 1)
    return abs(v - w) > 0.5 * unit * (1 + 1e-9)


def _slip(v: float, w: float, places: int, elsewhere: bool = False, inputs: int = 0) -> str | None:
    """The slip that turns the value ``v`` into the number ``w`` written to ``places`` decimals, or None;
    ``elsewhere``: the prose before the step names another point or case (:func:`another_point`); ``inputs``: the
    most decimals a stated input carries."""
    unit = 10.0**-places
    if not elsewhere and _integer_slip(v, w, places, inputs):
        return f"{INTEGER_SLIP} {v:.{inputs}f}, as short as the inputs written (no rounding of it to {w:g})"
    if v * w < 0 and abs(w) >= 10 * unit and agrees(abs(v), abs(w), places):
        return "its sign flipped (the magnitude agrees to the places written)"
    if v * w < 0 and abs(w) >= 5 * unit and math.isclose(abs(v), abs(w), rel_tol=1e-12):
        # 0.5 written for the exact -0.5 (gaps68): the magnitude needs no rounding at all, and the sign moved the
        # number by 2|v|, ten units of the last place at least, where a carried rounding moves a unit or two
        return "its sign flipped (the magnitude is the exact value)"
    scaled = v * 10.0**places
    if not elsewhere and abs(scaled - round(scaled)) <= 1e-9 * max(1.0, abs(scaled)) and \
            abs(w - v) >= 0.1 * max(abs(v), abs(w)):  # fmt: skip
        # the exact value written out to the places written, and another number there, far from it: (3, 4) for
        # W x = (-1, 4) with W and x integers, 0.2 for 0.1 \cdot 2 / 0.1 = 2 (lead68); rounding on the way moves
        # a value off its exact digits by little, never a tenth of it
        return f"the exact value is {v:.{places}f} to the places written, far from the {w:g} written"
    shown, said = f"{abs(v):.{places}f}", f"{abs(w):.{places}f}"
    if v * w <= 0 or len(shown) != len(said) or len(said.replace(".", "").lstrip("0")) < 3:
        return None
    apart = [k for k, (a, b) in enumerate(zip(shown, said, strict=True)) if a != b]
    if len(apart) == 1 and apart[0] < len(said) - 1:
        return f"one digit changed ({shown} rounded, {said} written; the last digit and the others agree)"
    return None


def slip_at_exact_values(
    skipped: StepResult | None,
    failed: StepResult,
    texts: tuple[str, str],
    hypotheses: Sequence[tuple[str, str]],
    text: str,
    display_lines: Collection[int],
    parse: Callable[[str], sp.Basic],
    line: int,
    source: str = "",
    sizes: Collection[str] = (),
    unreached: Sequence[tuple[str, str]] = (),
) -> StepResult | None:
    """``skipped`` (the worked-number policy's SKIPPED verdict of the FAILED step ``failed``, refuted at the stated
    values) made FAILED where the inputs are exact and the number written a slip (module docstring); else
    ``skipped`` unchanged. ``texts``: the two members as written; ``line``: the step's; ``sizes``: the size names
    a refutation may fix; ``unreached``: stated values the caller left out of ``hypotheses`` as values of entries
    the link never reaches (documents.reachedentries: p₃'s rounding beside p₂), which decide nothing."""
    cx = failed.counterexample
    if skipped is None or skipped.verdict is not Verdict.SKIPPED or failed.verdict is not Verdict.FAILED:
        return skipped
    if cx is None or any(n not in sizes for n, _ in cx.point) or "not called FAILED" not in (skipped.message or ""):
        return skipped
    literal = [k for k, t in enumerate(texts) if literal_numbers(t) is not None]
    stated = [*hypotheses, *unreached]
    if len(literal) != 1 or not stated or any(not where.startswith(WHERE) for _, where in stated):
        return skipped
    try:
        lhs, rhs = float(Fraction(cx.lhs.strip())), float(Fraction(cx.rhs.strip()))
    except (TypeError, ValueError, ZeroDivisionError):
        return skipped
    w, v = (lhs, rhs) if literal[0] == 0 else (rhs, lhs)
    places = _places(texts[literal[0]], w)
    if places is None or not (math.isfinite(v) and math.isfinite(w)):
        return skipped
    inputs = max((len(m.group(1)) for h, _ in hypotheses for m in _DECIMALS.finditer(h.partition("=")[2])),
                 default=0)
    slip = _slip(v, w, places, another_point(text.split("\n"), hypotheses, line), inputs)
    if slip is None:
        return skipped
    if inexact_input(hypotheses, text, display_lines, parse, line, source, slip.startswith(INTEGER_SLIP)) is not None:
        return skipped
    said = "; ".join(f"{h} ({where})" for h, where in hypotheses)
    entry = f"entry {cx.entry} of " if cx.entry else ""
    read = (f"at the values the notes state exactly ({said}: stated once, no rounding said)" if hypotheses else
          f"reaching none of the values the notes state ({'; '.join(h for h, _ in unreached)}: of other entries)")
    return replace(failed, message=(
        f"{read} {entry}this side is "
        f"{v:.10g}, not the {w:g} written: {slip}, {SLIP}"
        + (f"; {failed.message}" if failed.message else "")))  # fmt: skip
