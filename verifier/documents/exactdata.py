r"""Values the notes state as data are exact: a sum or product of them that the written number is not is FAILED.

"The probabilities are $p = (0.5, 0.3, 0.2)$" then ``\sum_{i=1}^3 p_i = 0.9`` was SKIPPED "at the values the notes
state … this side is 1, not the 0.9 written (a value computed from rounded inputs, another value of a name, or a
slip): not called FAILED" (documents.stated.rounded_at_values' policy for every worked link at stated values; each
entry's one decimal taken as a possible rounding admits 0.85 … 1.15). Entries the notes state as data are exact
unless the notes show them as roundings. This module owns that policy (sound41): such a SKIPPED step is FAILED when

* every value it is read at is stated in prose with ``=`` (``\approx``, "about" say a rounding: a number stated
  with ``\approx`` is judged by documents.approxvalues), not in a display (``y = -2.4369``: a worked result), not
  as the last member of a computation (``$p = \sigma(2) = 0.88$``), and is no decimal the notes write before it
  nor a rounding of a longer one (0.88 after ``\sigma(2) \approx 0.88`` or 0.8808: a rounding of an earlier
  computation; a longer one has more significant digits — ε = 0.1 after an earlier 0.05 is data, misses43), of a
  name the notes do not compute in its section (``$$L = -\log 0.5$$`` then "the loss is $L = 0.69$": a rounded
  result, review41; a step at it is judged at the value computed, 3L = 2.08 PASSED, 2.06 SKIPPED,
  :func:`computation_of`) — data, exact;
* the side computed at them is a polynomial of them (of no name the notes define: ``y = \sigma(wz)`` may be
  rounded on the way): sums, products and whole powers of the names (their entries,
  ``\sum_i p_i``) and of numbers whose decimals end — the exact value a reader computes with no rounding on the
  way (a quotient or a function, ``\sigma(wx + b)``, is left SKIPPED: an author rounds on the way there);
* the number written is neither that value rounded nor truncated to its places.

A value stated with ``\approx`` is not read, so ``\sum_i q_i = 1.1`` of "$q \approx (0.33, 0.33, 0.33)$" stays
unread; within the places a rounded sum is judged by documents.stated as before (PASSED).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace

import sympy as sp

from verifier.documents.codecomputed import computes_in_code, given_in_words
from verifier.documents.context import Definition, Key
from verifier.documents.enotation import scientific
from verifier.documents.mathspans import DISPLAY, display_at, formulas
from verifier.documents.precision import agrees, significant_digits
from verifier.documents.renewednames import renewed_in, renewed_in_words
from verifier.documents.sentences import SENTENCE_END, formulas_blanked
from verifier.documents.sizeorder import section_of
from verifier.documents.tiednames import states_each
from verifier.results import StepResult, Verdict

__all__ = [
    "ABOUT",
    "LATER_CASE",
    "defined_polynomial",
    "failed_at_data",
    "later_case",
    "rounds_written",
    "stated_as_data",
]

_FROM = re.compile(r"\(line (\d+)\)")
_DECIMAL = re.compile(r"(?<![\d.])\d*\.(\d+)(?![\d.])")
_APPROX = re.compile(r"\\approx|\\simeq|≈")
# "about" rounds only before a quantity ("about $0.5$", "about 0.33", "about a third", "about the same"), not in a
# judgement ("which is about right", "about the size we want": sound50)
ABOUT = (r"\babout\s+(?:\$|[-+]?\.?\d|(?:a|one|an)\s+(?:half|third|quarter|fifth|tenth|hundredth|thousandth)|half\b|"
         r"twice\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|zero)\b|equal\b|the\s+same\b|\\)")
_NOT_DATA = re.compile(rf"\\approx|\\simeq|≈|{ABOUT}|\broughly\b|\bapproximately\b|\bround", re.I)
_SKIPPED = "this side is "
# words of the sentence stating a value after a display that start another case ("Later, in the second run, we set
# $a = 0.3$", "Next we take $a = 0.3$ instead"): that value is not the display's beyond doubt (lead46)
#: words that start another case ("later", "instead", …): a value stated after them is no input of what went before
LATER_CASE = re.compile(r"\b(?:later|next|afterwards|subsequently|instead|another|second|third|new|again)\b", re.I)
# a plain name given a number: "\pi_2 = 0.25", "v = 0.9" (a statement, no computation)
_OTHER_VALUE = re.compile(r"(?:[A-Za-z]|\\[A-Za-z]+)(?:_\{?[A-Za-z0-9]+\}?)?\s*=\s*[-+]?\d*\.?\d+")
_FORMULA = re.compile(r"[A-Za-z]|\\(?!left|right|[,;!: ])")  # a name or command: a computation, no list of numbers


def _polynomial(tree: sp.Basic) -> bool:
    """Is ``tree`` a sum, product or whole power of names, entries, sums over them and terminating numbers?"""
    if isinstance(tree, (sp.Symbol, sp.Indexed, sp.Idx)) or tree.is_Integer:
        return True
    if isinstance(tree, sp.Rational):
        q = int(tree.q)
        while q % 2 == 0:
            q //= 2
        while q % 5 == 0:
            q //= 5
        return q == 1
    if isinstance(tree, sp.Pow):
        return bool(tree.exp.is_Integer and tree.exp >= 0) and _polynomial(tree.base)
    if isinstance(tree, (sp.Add, sp.Mul)):
        return all(_polynomial(a) for a in tree.args)
    if isinstance(tree, sp.Sum):
        return _polynomial(tree.function) and all(
            all(isinstance(b, (sp.Integer, sp.Symbol, sp.Idx)) for b in lim) for lim in tree.limits)
    return isinstance(tree, sp.IndexedBase)


_PIECES = re.compile(r"\\\\|;|\\q?quad(?![A-Za-z])|\\begin\{\w+\*?\}|\\end\{\w+\*?\}")


def computation_of(lines: Sequence[str], line: int, name: str) -> str | None:
    r"""The formula the notes compute ``name`` by, in the section of the statement on ``line`` (1-based; before or
    after it, or on its line: "$L = 0.69$, where $$L = -\log 0.5$$"): the right side of a formula whose whole left
    member is ``name`` (or ``name`` applied to arguments, ``L(q) = -\log q``), aligned (``L &= …``) or not, and whose
    right side writes a name or a command — not a number or a list of numbers; None if there is none. Then the value
    stated is that computation's result, rounded (review41), not data; a value at a case ("with $\alpha = 1$")
    computes nothing. Only a whole left member counts (redteam42): ``\hat p = \frac{k}{n}`` or ``x^a = e^{a\log x}``
    computes neither p nor a, and a part the notes head apart (``p = \frac13`` in part (a)) has another p."""
    if not name or not 1 <= line <= len(lines):
        return None
    first, last = section_of(list(lines), line)
    head = re.compile(r"^\s*&?\s*" + re.escape(name) + r"\s*(?:\([^()=]*\))?\s*&?\s*(?::=|=(?!=))\s*&?(.*)$", re.S)
    section = "\n".join(lines[first - 1 : last])
    renewed_here = renewed_in_words(lines[line - 1], name)  # the statement's own line: once, not per formula
    for formula in formulas(section):
        at = first + formula.line - 1
        if at < line and (renewed_here or renewed_in("\n".join(lines[at : line - 1]), name)):
            continue  # computed before the name was given a new meaning ("Now let $\sigma = 2$ …"): not this value's
        for piece in _PIECES.split(formula.body):
            if states_each(piece.split("=")):
                continue  # $m_0 = v_0 = 0$: the number stated for each name, no computation of one by another
            right = h.group(1).split("=")[0] if (h := head.match(piece)) is not None else ""
            if _FORMULA.search(right) and scientific(right.strip().rstrip(".,")) is None:  # 1e-3 computes nothing
                return right.strip().rstrip(".,")
    return None


def _data(text: str, line: int, display_lines: Sequence[int], name: str = "", source: str = "") -> bool:
    """Is the value stated at ``line`` of ``text`` (1-based) for ``name`` data, not a rounding (module docstring)?"""
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return False
    here = lines[line - 1]
    beside = _beside(here, name)  # its own inline formula on a line with a display is no display (sound49)
    if line in display_lines and beside is None:
        return False
    if computation_of(lines, line, name) is not None:
        return False
    if computes_in_code(source or text, line) and not given_in_words(here, name):
        return False  # loss = -np.log(0.5) in a code cell before "the loss is $L = 0.69$" (documents.codecomputed)
    if beside is None:  # its formula not found: the whole line says
        if "$$" in here or "\\[" in here or _NOT_DATA.search(here):
            return False
        if any(formula.count("=") > 1 for formula in re.findall(r"\$([^$]+)\$", here)):
            return False  # p = \sigma(2) = 0.88: the result of a computation, rounded
    elif beside is False:
        return False
    own = re.search(re.escape(name) + r"\s*=\s*([-+]?(?:\d*\.(\d+)|\d+))(?![\d.])", here) if name else None
    # the name's own statement only, where it is found (not the line's claim: 0.01 of "$2\epsilon^2 = 0.01$"; a whole
    # number its own too: "$b = 1$; then $z = w + b = 1.5$" is no rounding of 1.5, sound49)
    stated = [(float(own.group(1)), len(own.group(2) or ""))] if own else \
        [(float(m.group(0)), len(m.group(1))) for m in _DECIMAL.finditer(here)]  # fmt: skip
    before = "\n".join([*lines[: line - 1], *(beside if isinstance(beside, list) else ())])
    earlier = [(float(m.group(0)), len(m.group(1))) for m in _DECIMAL.finditer(before)]
    # the number written before, or a rounding of a longer one (0.88 of 0.8808; not 0.1 of 0.05: misses43)
    if any(d >= places and agrees(x, value, places)
           and (x == value or significant_digits(x, d) > significant_digits(value, places))
           for value, places in stated for x, d in earlier):  # fmt: skip
        return False
    after = _sentence_after(lines, line, name) if stated else ""  # read once, not once per stated number
    return not any(_rounds(value, places, after, later=True) for value, places in stated)


def _rounds(value: float, places: int, text: str, later: bool = False) -> bool:
    """Is ``value`` (``places`` decimals) a rounding of a longer decimal ``text`` writes (0.73 of 0.7311; the same
    number written again is not one)? ``later``: ``text`` comes after the statement in its sentence, where a value of
    one significant digit may as well be an input of the longer number ("Take $z = 0.5$, so $\\tanh(z) = 0.462$"):
    only a value of two or more is read so."""
    if later and significant_digits(value, places) < 2:
        return False
    return any(len(m.group(1)) > places and agrees(float(m.group(0)), value, places)
               and significant_digits(float(m.group(0)), len(m.group(1))) > significant_digits(value, places)
               for m in _DECIMAL.finditer(text))  # fmt: skip


def _sentence_after(lines: Sequence[str], line: int, name: str) -> str:
    r"""The rest of the sentence stating ``name`` on ``line`` (1-based) after its formula: to the sentence's end on
    the line, or — where the line does not end it — on through the display the next line opens (the sentence leads
    into it). "So $y = 0.73$, matching $$\sigma(1) = 0.7311$$" (or "matching $\sigma(1) = 0.7311$."): y rounds the
    decimal its own sentence goes on to write, as one a display on its line writes (sound50)."""
    if not name or not 1 <= line <= len(lines):
        return ""
    here = lines[line - 1]
    own = re.search(r"(?<!\$)\$[^$]*?" + re.escape(name) + r"\s*=[^$]*\$", here)
    if own is None:
        return ""
    rest = here[own.end() :]
    words = formulas_blanked(rest)
    end = SENTENCE_END.search(words)
    if end is not None:
        rest = rest[: end.start()]
    # another name's value in the sentence ("For $u = 0.3$ and $\pi_2 = 0.25$"): no longer decimal u rounds
    kept = "\n".join(f.body for f in formulas(rest) if not _OTHER_VALUE.fullmatch(f.body.strip()))
    if end is not None:
        return kept
    shown = display_at("\n".join(lines), line + 1) if line < len(lines) else None
    return kept if shown is None or shown.line != line + 1 else f"{kept}\n{shown.body}"


def rounds_written(text: str, line: int, name: str) -> bool:
    r"""Does the value stated for ``name`` on ``line`` (1-based) of ``text`` round a longer decimal the notes write
    before it, beside it or in the rest of its sentence ("So $y = 0.73$, matching $$\sigma(1) = 0.7311$$")? A step
    proved at it holds at the value written only (documents.approxvalues.from_rounded_values: PASSED, sound50)."""
    lines = text.split("\n")
    if not name or not 1 <= line <= len(lines):
        return False
    here = lines[line - 1]
    own = re.search(re.escape(name) + r"\s*=\s*([-+]?\d*\.(\d+))(?![\d.])", here)
    if own is None:
        return False
    beside = _beside(here, name)
    value, places = float(own.group(1)), len(own.group(2))
    before = "\n".join([*lines[: line - 1], *(beside if isinstance(beside, list) else ())])
    return _rounds(value, places, before) or _rounds(value, places, _sentence_after(lines, line, name), later=True)


def _beside(here: str, name: str) -> list[str] | bool | None:
    r"""The statement of ``name`` on the line ``here`` read by its own formula, not by the line's other formulas
    (sound49: "Take $w = 0.5$, so $$4w = 2.0$$" made w a rounding): None where its formula is not found; False
    where it is no data (in a display, a computation ``$p = \sigma(2) = 0.88$``, ``\approx`` in it, or a rounding
    word in its sentence); else the line's formulas that may show a longer decimal it rounds (a display, a
    computation, an ``\approx``: "$L = 0.69$ (numerically $$-\log 0.5 \approx 0.6931$$)")."""
    if not name:
        return None
    found = formulas(here)
    head = re.compile(r"(?:^|[\s,;(])" + re.escape(name) + r"\s*=")
    own = next((f for f in found if head.search(f.body)), None)
    if own is None:
        return None
    if own.display or own.body.count("=") > 1 or _APPROX.search(own.body):
        return False
    words = DISPLAY.sub(lambda m: " " * len(m.group(0)), here)
    words = re.sub(r"(?<!\\)\$[^$]*\$", lambda m: " " * len(m.group(0)), words)
    cuts = [0, *(m.end() for m in SENTENCE_END.finditer(words) if m.end() <= own.start), len(words)]
    end = next((m.start() for m in SENTENCE_END.finditer(words) if m.start() > own.start), len(words))
    if _NOT_DATA.search(words[max(cuts[:-1]) : end]):
        return False
    return [f.body for f in found if f is not own and (f.display or f.body.count("=") > 1 or _APPROX.search(f.body))]


stated_as_data = _data  # (documents.approxvalues: a value stated with = beside a rounded one)


def _over_roundings(tree: sp.Basic, stated: Sequence[str], exact: Collection[str] = ()) -> float | None:
    """How far the polynomial ``tree`` moves when each stated value (``name = number``, ``name = (entries)``) moves
    by half a unit of its last decimal (every corner of that box, eight values at most; a whole number does not
    move, nor does one of ``exact``: data, sound49); None where it cannot say."""
    values: dict[tuple[str, int], tuple[float, float]] = {}  # (name, entry or 0) -> (value, half a unit)
    for h in stated:
        name, _, number = h.partition("=")
        name, number = name.strip(), number.strip()
        listed = number[:1] in "(["
        entries = [e.strip() for e in number.strip("()[] ").split(",")] if listed else [number]
        for k, e in enumerate(entries, start=1):
            m = re.fullmatch(r"[-+]?\d*\.?(\d*)", e)
            if m is None or not e:
                return None
            # a whole number is no rounding to the unit ("Take $w = 2$" then 3w = 6.6: ±1.5 excused it, sound49)
            half = 0.5 * 10.0 ** -len(m.group(1)) if "." in e and h not in exact else 0.0
            values[(name, k if listed else 0)] = (float(e), half)
    try:
        done = tree.doit()
    except (TypeError, ValueError, AttributeError):
        return None
    keys: dict[sp.Basic, tuple[str, int]] = {}
    for a in done.atoms(sp.Symbol, sp.Indexed):
        if isinstance(a, sp.Indexed) and len(a.indices) == 1 and a.indices[0].is_Integer:
            keys[a] = (str(a.base.label), int(a.indices[0]))
        elif isinstance(a, sp.Symbol):
            keys[a] = (a.name, 0)
    used = [a for a, k in keys.items() if k in values]
    if not used or len(used) > 8:
        return None

    def at(shift: Sequence[float]) -> float:
        got = done.xreplace({a: sp.Float(values[keys[a]][0] + d) for a, d in zip(used, shift, strict=True)})
        return float(got) if isinstance(got, sp.Number) else math.nan

    try:
        middle = at([0.0] * len(used))
        moved = max(abs(at([s * values[keys[a]][1] for a, s in zip(used, signs, strict=True)]) - middle)
                    for signs in itertools.product((-1.0, 1.0), repeat=len(used)))  # fmt: skip
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    return moved if math.isfinite(moved) else None


def _at_computed(skipped: StepResult, side: sp.Basic, stated: Sequence[str], computed: dict[str, str], written: float,
                 places: int, parse: Callable[[str], sp.Basic]) -> StepResult:  # fmt: skip
    r"""``skipped`` PASSED where ``side`` at the values the notes compute (``computed``: the statement → the formula
    of numbers it rounds, ``L = 0.69`` → ``-\log 0.5``; other names at their stated values) is ``written`` rounded or
    truncated to its ``places``: "$$L = -\log 0.5$$ so $L = 0.69$" then ``3L = 2.08`` (3·0.6931). Else it stays
    SKIPPED — ``3L = 2.06`` is neither 3·0.69 nor 3·0.6931, though within 3·(0.69 ± 0.005) (redteam42)."""
    values: dict[sp.Basic, sp.Basic] = {}
    shown: list[str] = []
    try:
        for h in stated:
            name, _, number = h.partition("=")
            symbol = parse(name.strip())
            if h in computed:
                exact = parse(computed[h])
                digits = re.fullmatch(r"\s*[-+]?\d*\.?(\d*)\s*", number)
                if digits is None or not agrees(float(exact), float(number), len(digits.group(1))):
                    return skipped  # "the loss is $L = 1.2$" after L = -log 0.5: another value, no rounding of it
                shown.append(f"{name.strip()} = {computed[h]} = {float(exact):.6g}")
            else:
                exact = parse(number.strip())
            if not isinstance(symbol, sp.Symbol) or not isinstance(exact, sp.Expr) or not exact.is_number:
                return skipped
            values[symbol] = exact
        got = float(side.doit().xreplace(values))
    except Exception:  # noqa: BLE001 - a formula the grammar refuses or no number: left SKIPPED
        return skipped
    if not math.isfinite(got) or not agrees(got, written, places):
        return skipped
    return replace(skipped, verdict=Verdict.PASSED, message=(
        f"equal to the {places} decimals written at the values the notes compute ({'; '.join(shown)}): this side is "
        f"{got:.10g} there, of which the {written:g} written is a rounding"))


def defined_polynomial(side: sp.Basic, names: Mapping[Key, object], hypotheses: Sequence[tuple[str, str]],
                       stated: Iterable[tuple[str, str, int]], line: int, own: str,
                       parse: Callable[[str], sp.Basic]) -> sp.Basic | None:  # fmt: skip
    r"""``side`` (a worked step's member) with each name the notes define by a polynomial written out, where that
    makes it a polynomial of stated values (``v`` of "Define $v = p(1-p)$", p stated): then a value written for it
    is judged as that polynomial is, at the data — the definition computes it exactly, nothing is rounded on the way
    ("With $p = 0.3$, $v = 0.09$": documents.valuedinline). ``names``: the scope's names (a plain name's
    :class:`Definition` in force). A name the chain's ``hypotheses`` give a value, or one the notes state a number
    for (``stated``: every ``(name, number, line)``) before the step's ``line`` or beside it there (not the step's
    ``own`` left member), is never written out: "$z = 0.25$ and $v = z^2 = 0.0625$" computes v from the rounded z a
    reader sees, so only the SKIPPED of a rounding is left to it. None where a name is defined by more than a
    polynomial, or nothing is written out."""
    given = _stated_names([h for h, _ in hypotheses], parse)
    given |= _stated_names([f"{n} = {v}" for n, v, at in stated if at < line or (at == line and n.strip() != own)],
                           parse)  # fmt: skip
    done, changed = side, False
    # the variable of a derivative the side writes (∂L/∂z of z = w_1 x) is no name to write out (worked72)
    varying = {v for d in side.atoms(sp.Derivative) for v in d.variables}
    for _ in range(4):  # a definition through another (v = p q, q = 1 - p), a few deep
        found = {a: d for a in done.atoms(sp.Symbol) if a.name not in given and a not in varying
                 and isinstance(d := names.get((a.name, ())), Definition) and d.body and not d.is_function
                 and not d.builtin}  # fmt: skip
        if not found:
            break
        try:
            trees = {a: parse(d.body) for a, d in found.items()}
        except Exception:  # noqa: BLE001 - a body the grammar refuses: not written out
            return None
        if any(not _polynomial(t) or a in t.free_symbols for a, t in trees.items()):
            return None
        done, changed = done.xreplace(trees), True
    return done if changed and _polynomial(done) else None


def _names(tree: sp.Basic) -> set[str]:
    """The plain names and the vectors whose entries ``tree`` writes (summed indices aside)."""
    bound = {str(lim[0]) for s in tree.atoms(sp.Sum) for lim in s.limits}
    out = {str(a.base.label) for a in tree.atoms(sp.Indexed)}
    inside = {str(i) for a in tree.atoms(sp.Indexed) for i in a.indices} | {str(a.base.label)
                                                                           for a in tree.atoms(sp.Indexed)}  # fmt: skip
    return out | {a.name for a in tree.atoms(sp.Symbol) if a.name not in bound and a.name not in inside}


def _stated_names(stated: Sequence[str], parse: Callable[[str], sp.Basic]) -> set[str]:
    out: set[str] = set()
    for h in stated:
        try:
            tree = parse(h.partition("=")[0].strip())
        except Exception:  # noqa: BLE001 - a name the grammar refuses is simply not matched
            continue
        if isinstance(tree, sp.Symbol):
            out.add(tree.name)
        elif isinstance(tree, sp.Indexed):
            out.add(str(tree.base.label))
    return out


def later_case(lines: Sequence[str], line: int, name: str) -> bool:
    """Does the sentence on ``line`` (1-based) of ``lines`` that states ``name`` start another case
    (:data:`LATER_CASE`)? The sentence is documents.roundedgivens.sentence_before's, the formula's own."""
    from verifier.documents.roundedgivens import sentence_before

    if not 1 <= line <= len(lines):
        return False
    here = lines[line - 1]
    at = m.start() if name and (m := re.search(r"\$[^$]*" + re.escape(name) + r"\s*=", here)) else len(here)
    return LATER_CASE.search(sentence_before(here, at)) is not None


def failed_at_data(
    skipped: StepResult, failed: StepResult, trees: Sequence[sp.Basic], hypotheses: Sequence[tuple[str, str]],
    text: str, display_lines: Sequence[int], parse: Callable[[str], sp.Basic], source: str = "", line: int = 0,
) -> StepResult:  # fmt: skip
    """``skipped`` (documents.stated.rounded_at_values' SKIPPED verdict of the FAILED step ``failed``) made FAILED
    where the values are data and the computed side a polynomial of them (module docstring); ``trees``: the two
    sides as parsed; ``hypotheses``: the chain's; ``parse``: the document's parser (the stated names); ``source``: the
    notes with their code (documents.codecomputed); ``line``: the step's line — a value stated after it in a
    sentence that starts another case is no data of it beyond doubt (:func:`later_case`)."""
    from verifier.documents.stated import WHERE

    cx = failed.counterexample
    if skipped.verdict is not Verdict.SKIPPED or _SKIPPED not in (skipped.message or "") or cx is None or \
            len(trees) != 2:  # fmt: skip
        return skipped
    stated = [(h, where) for h, where in hypotheses if where.startswith(WHERE)]
    lines = [int(m.group(1)) for _, where in stated if (m := _FROM.search(where))]
    numbers = [k for k, t in enumerate(trees) if isinstance(t, sp.Number)]
    if not stated or len(lines) != len(stated) or len(numbers) != 1 or not _polynomial(trees[1 - numbers[0]]):
        return skipped
    if not _names(trees[1 - numbers[0]]) <= _stated_names([h for h, _ in stated], parse):
        return skipped  # a name the notes define (y = \sigma(wz)): its value may be rounded on the way
    all_lines = text.split("\n")
    if any(ln > line > 0 and later_case(all_lines, ln, h.partition("=")[0].strip())
           for ln, (h, _) in zip(lines, stated, strict=True)):  # fmt: skip
        return skipped  # "$$2a = 0.8$$ … Later, in the second run, we set $a = 0.3$": maybe another case
    written = trees[numbers[0]]
    places = next((d for d in range(0, 16) if (written * 10**d).is_Integer), None)
    try:
        lhs, rhs = float(cx.lhs), float(cx.rhs)
    except (TypeError, ValueError):
        return skipped
    value = rhs if numbers[0] == 0 else lhs
    if places is None:
        return skipped
    data = [_data(text, ln, display_lines, h.partition("=")[0].strip(), source)
            for ln, (h, _) in zip(lines, stated, strict=True)]
    computed = {h: f for ln, (h, _) in zip(lines, stated, strict=True)
                if (f := computation_of(all_lines, ln, h.partition("=")[0].strip())) is not None}  # fmt: skip
    if computed:  # a name computed in the notes: judged at the value computed, not within a rounding's box
        return _at_computed(skipped, trees[1 - numbers[0]], [h for h, _ in stated], computed, float(written),
                            places, parse)  # fmt: skip
    if not all(data):  # "about a third each": roundings, carried
        moved = _over_roundings(trees[1 - numbers[0]], [h for h, _ in stated],
                                {h for (h, _), d in zip(stated, data, strict=True) if d})  # fmt: skip
        if moved is not None and abs(value - float(written)) <= moved * (1 + 1e-9):
            return replace(skipped, verdict=Verdict.PASSED, message=(
                f"equal within the rounding of the values the notes state as roundings "
                f"({'; '.join(h for h, _ in stated)}): {value:.10g} moves by up to {moved:.3g} over their places, "
                f"and {float(written):g} is within it"))
        return skipped
    if agrees(value, float(written), places):  # (an integer written: 0.99 for 1 is left SKIPPED)
        return skipped
    said = "; ".join(f"{h} ({where})" for h, where in stated)
    return replace(failed, message=(f"at the values the notes state as data ({said}: exact, no rounding said) this "
                                    f"side is {value:.10g}, not the {float(written):g} written"
                                    + (f"; {failed.message}" if failed.message else "")))  # fmt: skip
