r"""Values the notes state for their names, and the worked numbers they decide.

A worked example gives its inputs in the prose ("take $w = 2$, $x = 1.5$ and $b = -1$", "the label
$y^* = 1$") or in a table (a row ``$w_{01}^1$ & $-1$``), then writes results as numbers:
``\sigma(s) = 0.8808``. A reader checks such a line at the values stated; read with those names
as arbitrary quantities the line "fails" and says nothing. This module owns

* :func:`stated_values`: the ``name = number`` facts of the prose (inline ``$…$``, a comma-separated
  list inside one formula too) and of ``tabular`` rows (a cell holding one name, a later cell one
  number);
* :func:`value_hypotheses`: for a chain with a member that is a decimal number (:func:`worked`), the
  stated values of the names it uses (directly or through the notes' definitions), as hypotheses of its steps — the
  same path as ``given:``/"where $a = 0$" (``steps._Checker._hypotheses``): the members are
  resolved (derivatives taken) first and the values substituted after, so ``\partial L/\partial w``
  is the derivative at the stated point, not the derivative of a constant;
* :func:`displayed_values`, :func:`states_value`: a display ``y = -2.4369`` (a name, a decimal
  number) states a worked result: a value for the lines after it, not an identity in ``y`` (read so
  it "fails" for arbitrary ``y``: SKIPPED, never FAILED);
* :func:`rounded_at_values`: the judgement of such a step once every variable has its value (the
  counterexample is at no point): the computed number against the one written, to that number's own
  decimals (rounded or truncated). A disagreement is SKIPPED with both numbers, never FAILED: a
  worked value is often computed from inputs the author had rounded.

A name stated with two different values is left out (which one a line means is not known), and
only names that parse as a plain name (``w``, ``y^*``, ``w_1``) are used.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.definitions import INLINE_MATH
from verifier.documents.enotation import decimal, power_of_ten
from verifier.documents.functions import FUNCTIONS
from verifier.documents.hypotheticalvalues import hypothetical_premise
from verifier.documents.precision import agrees
from verifier.documents.probabilityheads import as_probabilities, probability_heads
from verifier.latex.braces import bracket_end, split_top_equals
from verifier.latex.numberwriting import decimal_points
from verifier.latex.probability import written_conditional
from verifier.results import StepResult, Verdict

__all__ = [
    "WHERE",
    "closed_form",
    "computed_result",
    "displayed_values",
    "every_stated",
    "rounded_at_values",
    "split_commas",
    "stated_values",
    "states_value",
    "tuple_values",
    "value_hypotheses",
    "worked",
]

#: how a stated value's origin is told in the hypothesis (and recognised again in the verdict)
WHERE = "stated in the notes"

# the parser's symbols for Euler's number and π (``e^{…}`` is already exp): numbers in a closed form
_CONSTANTS = frozenset({sp.Symbol("e"), sp.Symbol("pi")})
_NUMBER = re.compile(r"^\s*[-+]?\s*\d+(?:\.\d+)?\s*$")
# the column spec ({c|cc}, {p{3cm}l}) is no row: the first row starts after it
_TABULAR = re.compile(r"\\begin\{tabular\}\s*(?:\{(?:[^{}]|\{[^{}]*\})*\})?(.*?)\\end\{tabular\}", re.S)
_DECIMALS = re.compile(r"\d\.(\d+)")
_DECIMAL = re.compile(r"^\s*[-+]?\s*\d*\.\d+\s*$")
# a worked vector as written: [0.005, 0.00250, -0.00500] (decimals somewhere), or in round brackets with fractions
# of digits, (\tfrac14, \tfrac14, \tfrac12) (braces already dropped; a policy π's probabilities, fresh32)
_ENTRY = r"[-+]?\s*(?:\d*\.?\d+|\\[dt]?frac\s*\d+)"
_NUMBERS = re.compile(r"^(?:\\left\s*)?[\[(]\s*" + _ENTRY + r"(?:\s*,\s*" + _ENTRY + r")*\s*(?:\\right\s*)?[\])]$")
# an enumeration's dots: i = 1, \dots, n
_ENUMERATED = re.compile(r"^\s*\\(?:dots|ldots|cdots|dotsc)\b")
_SPACING = re.compile(r"\\[,;:!]|\\(?:quad|qquad)\b|~")
# a transpose written after a literal: [0.5, -1]^T, \begin{bmatrix} … \end{bmatrix}^\top
_TRANSPOSED = re.compile(r"\^\s*\{?\s*(?:T|\\top|\\intercal|\\mathsf\{?T\}?)\s*\}?\s*$")
# a matrix environment of numbers: \begin{bmatrix} 0.5 \\ -1 \end{bmatrix} (braces already dropped)
_GRID = re.compile(r"^\\begin([bpBvV]?matrix)(?P<body>.*)\\end\1$", re.DOTALL)
_CELL = re.compile(r"^\s*[-+]?\s*\d*\.?\d+\s*$")


def _numbers_grid(text: str) -> bool:
    """A matrix environment whose every cell is a number."""
    m = _GRID.match(text.strip())
    if not m:
        return False
    cells = [c for row in m.group("body").split("\\\\") for c in row.split("&")]
    return bool(cells) and all(_CELL.match(c) for c in cells if c.strip()) and any(c.strip() for c in cells)


def _clean(text: str) -> str:
    return _SPACING.sub(" ", text).strip().rstrip(".,;").strip()


def _digits(text: str) -> str:
    """``text`` with its braces dropped and a decimal comma (``0{,}2119``, how German, French, Spanish or
    Portuguese LaTeX notes write a decimal: fresh62) written as the point (``numberwriting.decimal_points``), so a
    worked number is told as one however the notes' language writes it. A number in E notation (``1e-3``, how
    code prints a rate) is written as its decimal (``0.001``): the value the member reads (documents.enotation)."""
    plain = decimal_points(text).replace("{", "").replace("}", "")
    return decimal(plain) or plain


# the zero vector as lecturers write it: \mathbf{0}, \boldsymbol 0, \bm{0}, \vec{0}
_BOLD_ZERO = re.compile(r"^\\(?:mathbf|boldsymbol|bm|vec)\s*(?:\{\s*0\s*\}|0)$")


def _value(text: str) -> str:
    r"""A value as written for a name, as its number: :func:`_digits`, and a power of ten (``10^{-3}``, ``2 \times
    10^{-4}``) as its decimal, as E notation's ``1e-3`` is (gaps63: ``$$\eta = 10^{-3}$$`` stated no value where
    ``$$\eta = 1e-3$$`` did). Only for values given to names: a claim's member written so is not rounded. The bold
    zero (``\theta = \mathbf{0}``, an initialisation) is 0: a hypothesis ``\theta = 0`` reads a scalar 0 against a
    vector as its zero (documents.hypotheses; worked71)."""
    if _BOLD_ZERO.match(text.strip()):
        return "0"
    digits = _digits(text)
    return digits if _is_number(digits) else power_of_ten(digits) or digits


def _is_number(text: str) -> bool:
    return bool(_NUMBER.match(text))


def _name_like(text: str, heads: frozenset[str] = frozenset()) -> bool:
    """A lone name as written (``w``, ``y^*``, ``w_{01}^1``, ``\\alpha``): no operator, no relation; or a
    probability the parser reads as one quantity (:func:`_probability`)."""
    if _probability(as_probabilities(text, heads)):  # P(c_1) where the notes write P(w \mid c_1) (probabilityheads)
        return True
    return bool(text) and not _is_number(text) and not re.search(r"[=<>+,(\[|]|\\(?:frac|sum|partial|left|cdot)", text)


# P(y=1), p(z = k), P(w \mid c_1): a probability head and one bracket around the whole rest (verifier.latex.probability)
_PROBABILITY_HEAD = re.compile(
    r"^(?:[Pp]\s*(?:\\left\s*)?\("
    r"|(?P<command>\\Pr(?![A-Za-z])|\\mathbb\s*\{\s*P\s*\}|\\operatorname\s*\{\s*Pr\s*\})\s*(?:\\left\s*)?[(\[])"
)


def _probability(text: str) -> bool:
    r"""Is ``text`` the probability of an event or a conditional (``P(y=1)``, ``P(w \mid c_1)``): a name the
    parser reads as one opaque quantity (latex.probability), whose stated value is a value like a plain name's?
    A worked Bayes example states its priors and likelihoods so (probs66); under ``\\Pr`` or ``\\mathbb{P}`` any
    event is such a quantity (``\\Pr(A) = 0.3``: cover67)."""
    m = _PROBABILITY_HEAD.match(text)
    if m is None or bracket_end(text, m.end() - 1) != len(text) - 1:
        return False
    inside = text[m.end() : -1]
    return m.group("command") is not None or written_conditional(inside) or "=" in inside


# "(x_1, y_1) = (1, 2)", "(w_0, w_1) = (0.5, -1)": a tuple of names set equal to a tuple of numbers (cover65)
_TUPLE = re.compile(
    r"^\s*(?:\\left\s*)?\((?P<names>[^()=]*?)(?:\\right\s*)?\)\s*=\s*"
    r"(?:\\left\s*)?\((?P<numbers>[^()=]*?)(?:\\right\s*)?\)\s*$"
)

# a member of such a tuple: a letter or a Greek name, with at most a plain subscript (x_1, w_{01}, \mu, n_k): never
# an expression (``(c, 1 - c) = (0.2, 0.8)``, ``(a, a^2) = (1, 1)``, ``(1 - 0.4, …) = (0.6, …)`` state no name's value)
_LONE_NAME = re.compile(r"^(?:\\[A-Za-z]+|[A-Za-z])(?:\s*_\s*(?:\{\s*[A-Za-z0-9]+\s*\}|[A-Za-z0-9]))?$")


def _family(name: str, text: str) -> bool:
    """Is the bare ``name`` a family in ``text`` (written with a letter subscript: ``x_i``, ``y_{n}``)? Then a tuple
    ``(x, y) = (1, 2)`` gives one sample's coordinates ("two points $(x, y) = (1, 2)$ and $(2, 3)$"), not x's value."""
    if "_" in name:
        return False
    return re.search(rf"(?<![A-Za-z\\]){re.escape(name)}\s*_\s*\{{?\s*[a-z](?![A-Za-z])", text) is not None


def tuple_values(piece: str) -> list[tuple[str, str]]:
    """``(x_1, y_1) = (1, 2)`` → [(x_1, 1), (y_1, 2)]: each name of a tuple of two or more names with the number in
    its place in a tuple as long, every member a lone name (``_LONE_NAME``) and every value a number ([] for
    anything else)."""
    m = _TUPLE.match(_clean(piece))
    if m is None:
        return []
    names = [_clean(n) for n in split_commas(m.group("names"))]
    numbers = [_value(_clean(v)) for v in split_commas(m.group("numbers"))]
    if len(names) < 2 or len(names) != len(numbers) or len(set(names)) != len(names):
        return []
    if not all(_LONE_NAME.match(n) for n in names) or not all(_is_number(v) for v in numbers):
        return []
    return [(n, v.replace(" ", "")) for n, v in zip(names, numbers, strict=True)]


def stated_values(text: str) -> list[tuple[str, str, int]]:
    """``(name, number, line)`` for every value the prose or a table states, in the order written.

    Read once per text (docspeed72): the chain's readings ask it of the whole notes chain after chain (a dozen
    callers), and each reading looks at every inline formula's sentence; a new list each call, so a caller may
    change its own."""
    return list(_stated_values(text))


@functools.lru_cache(maxsize=16)
def _stated_values(text: str) -> tuple[tuple[str, str, int], ...]:
    out: list[tuple[str, str, int]] = []
    heads = probability_heads(text)
    for m in INLINE_MATH.finditer(text):
        if hypothetical_premise(text, m.start(), m.end()):
            continue  # "If for instance we had $d = 7$, it would …": a supposed value (hypotheticalvalues)
        line = text.count("\n", 0, m.start()) + 1
        pieces = split_commas(m.group(1))
        rest = pieces[1:]
        if rest and not any("=" in p for p in rest) and any(_ENUMERATED.match(p) or _is_number(p) for p in rest):
            continue  # i = 1, \dots, n or k = 1, 2, 3: a range, no value of i (redlate62)
        for piece in pieces:
            if pairs := tuple_values(piece):  # (x_1, y_1) = (1, 2): x_1 = 1 and y_1 = 2
                if not any(_family(name, text) for name, _ in pairs):
                    out.extend((name, number, line) for name, number in pairs)
                continue
            # P(y=1) = 0.3: the event's own "=" is inside its bracket (a plain name is cut at every "=" as before)
            cut = split_top_equals(piece) if _PROBABILITY_HEAD.search(piece.strip()) else piece.split("=")
            parts = [_clean(p) for p in cut]
            parts[-1] = _value(parts[-1]) if _is_number(_value(parts[-1])) else parts[-1]
            if len(parts) >= 2 and _is_number(parts[-1]) and all(_name_like(p, heads) for p in parts[:-1]):
                out.extend((p, parts[-1].replace(" ", ""), line) for p in parts[:-1])  # x_0 = z_0 = 1
    for t in _TABULAR.finditer(text):
        offset = t.start(1)
        for row in t.group(1).split("\\\\"):
            at, offset = offset, offset + len(row) + 2
            cells = [_clean(c) for c in row.replace("\\hline", "").split("&")]
            maths = [c[1:-1].strip() if c.startswith("$") and c.endswith("$") and c.count("$") == 2 else None
                     for c in cells]  # fmt: skip
            names = [i for i, c in enumerate(maths) if c is not None and _name_like(c, heads)]
            if len(names) != 1:
                continue
            after = [c for c in maths[names[0] + 1 :] if c is not None and _is_number(c)]
            if len(after) == 1:
                name = maths[names[0]] or ""
                line = text.count("\n", 0, at + max(0, row.find(name))) + 1
                out.append((name, after[0].replace(" ", ""), line))
    return tuple(out)


def displayed_values(pairs: Iterable[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """``(name, number, line)`` for the displays that state a worked result (``y = -2.4369``, a
    forward pass's output): ``pairs`` are the displayed two-member chains (left, right, line)."""
    out = []
    for lhs, rhs, line in pairs:
        name, number = _clean(lhs), _value(_clean(rhs))
        if _name_like(name) and _DECIMAL.match(number):
            out.append((name, number.replace(" ", ""), line))
    return out


def computed_result(texts: Sequence[str], parse: Callable[[str], sp.Basic]) -> bool:
    r"""Is the display ``texts`` (its members as written) a name's worked result: three members or more whose
    middle ones are formulas of numbers alone (``w = (0, 0) + (-1)(2, 1) = (-2, -1)``, ``w = 0 - 0.1 \cdot (-6) =
    0.6``)? Such a display states the name's value as its last member, as ``w = (-2, -1)`` alone would: a
    perceptron's or gradient descent's update written with the name itself, not with an iterate's subscript
    (stop 66). The caller pairs the first member with the last (:func:`displayed_values`, statedvectors)."""
    if len(texts) < 3:
        return False
    for text in texts[1:-1]:
        try:
            tree = parse(text)
        except Exception:  # noqa: BLE001 - a member the grammar refuses is no formula of numbers
            return False
        if not isinstance(tree, (sp.Basic, sp.MatrixBase)) or tree.free_symbols - _CONSTANTS:
            return False
        if tree.atoms(sp.Indexed, sp.Derivative, sp.Integral, AppliedUndef):
            return False
    return True


#: where a read document keeps the values its notes state (documents.check: the prose's numbers and vectors, the
#: displays' numbers and vectors), in that order
_STATED_SOURCES = ("_prose_values", "_prose_vectors", "displayed", "displayed_vectors")


def every_stated(doc: object) -> list[tuple[str, str, int]]:
    """``(name, value, line)`` for every value the read document ``doc`` states, in prose or in a display, numbers
    and vectors alike (an attribute not set yet counts as none)."""
    return [v for key in _STATED_SOURCES for v in getattr(doc, key, ())]


def states_value(texts: tuple[str, str], defined: bool, r: StepResult) -> StepResult | None:
    """``y = -2.4369`` (or ``w = [0.005, -0.0025]``, a ``bmatrix`` of numbers, a transposed list) where
    ``y`` is no quantity the notes define (a declared or an undeclared name): the
    display states the value a worked example computed (the lines after it use it), it does not claim
    an identity in y. Read with y arbitrary it fails, which says nothing: SKIPPED, never FAILED."""
    if r.verdict is not Verdict.FAILED or defined:
        return None
    lhs, rhs = _clean(texts[0]), _value(_TRANSPOSED.sub("", _clean(texts[1])))
    if not (_name_like(lhs) and (_DECIMAL.match(rhs) or _NUMBERS.match(rhs) or _numbers_grid(rhs))):
        return None
    return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=(
        f"states the value of {lhs} (a worked result the notes computed; the lines after it use it): "
        "what it was computed from is not written here"))  # fmt: skip


def split_commas(body: str) -> list[str]:
    """``w = 2, x = 1.5`` → the two equations (commas inside brackets kept: ``x = [1, 1]`` is one; the comma of
    the thin space ``\\,`` is none: ``0.5\\, x = 4`` is one equation, not "0.5\\" and "x = 4", fresh32)."""
    out, depth, cur = [], 0, []
    for ch in body:
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch == "," and depth == 0 and not (cur and cur[-1] == "\\"):
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def worked(texts: Iterable[str]) -> bool:
    r"""Is one of the members (``texts``, as written) a decimal number (``-3.437``)? Only such a chain
    is a worked example: an exact ``= 0`` or ``= \frac{1}{4}`` is the end of an identity, checked
    for every value of its names, not at the ones a question happens to state."""
    return any(_DECIMAL.match(_digits(t)) for t in texts)


def closed_form(text: str, parse: Callable[[str], sp.Basic]) -> bool:
    r"""Is the member ``text`` a number written in closed form, or a list of them, with no name in it
    (``\sigma(2)``, ``[1, \sigma(-6), \sigma(6)]``, ``2 \cdot 1.5 - 1``)? In a worked chain
    (``\sigma(wx + b) = \sigma(2) = 0.8808``) the link to such a member is the worked example's
    substitution: it cannot hold for every value of the names, only at the ones the notes state, so
    it is taken there like the link to the decimal number (a plain decimal is :func:`worked`)."""
    if _DECIMAL.match(_digits(text)):
        return False
    try:
        tree = parse(text)
    except Exception:  # noqa: BLE001 - a member the grammar refuses is no closed form
        return False
    if not isinstance(tree, sp.Basic) or tree.atoms(sp.Indexed, sp.Derivative, sp.Integral):
        return False
    if any(f.func.__name__ not in FUNCTIONS for f in tree.atoms(AppliedUndef)):
        return False  # f(2) with f the notes' own (or no) function: not a number the reader can compute
    return not tree.free_symbols - _CONSTANTS  # a bare e or \pi: the constant (the resolver's reading)


def value_hypotheses(
    stated: Iterable[tuple[str, str, int]],
    reached: set[str],
    parse: Callable[[str], sp.Basic],
    before: int | None = None,
) -> list[tuple[str, str]]:
    """The stated values of the names a worked chain uses (``reached``: directly or through the notes'
    definitions), as ``(equation, where)`` hypotheses. Where line ``before`` (the chain's) is given, a
    name stated with two values is read with those stated before it ("a numeric check with $\\lambda = 1$"
    before the chain, "the case $\\lambda = 0$" further down); two values before it still leave it out."""
    stated = list(stated)
    if before is not None:
        differ = {n for n, v, _ in stated if any(m == n and w != v for m, w, _ in stated)}
        stated = [x for x in stated if x[0] not in differ or x[2] < before]
    values: dict[str, set[str]] = {}
    lines: dict[str, int] = {}
    written: dict[str, str] = {}
    for name, number, line in stated:
        try:
            tree = parse(name)
        except Exception:  # noqa: BLE001 - a name the grammar refuses is simply not used
            continue
        if isinstance(tree, sp.Symbol):
            base = tree.name
        elif isinstance(tree, sp.Indexed) and all(i.is_Integer for i in tree.indices):
            base = str(tree.base.label)
        else:
            continue
        if base not in reached:
            continue
        values.setdefault(name, set()).add(str(sp.Rational(number)))
        lines.setdefault(name, line)
        written.setdefault(name, number)
    return [(f"{name} = {written[name]}", f"{WHERE} (line {lines[name]})") for name, v in values.items() if len(v) == 1]


def _closed_form_at_values(hypotheses: list[tuple[str, str]], r: StepResult) -> StepResult | None:
    r"""A link to a closed form (``\sigma(wx + b) = \sigma(3)``, :func:`closed_form`) that fails at
    the stated values: SKIPPED with both numbers, never FAILED — the author may have rounded an
    input before writing the closed form (``\sigma(-4)`` for ``\sigma(-3.9975)``)."""
    cx = r.counterexample
    assert cx is not None
    try:
        sides = f"the left side is {float(cx.lhs):.6g} and the right side {float(cx.rhs):.6g}"
    except (TypeError, ValueError):  # a vector of values: both shown as computed
        sides = f"the left side is {cx.lhs} and the right side {cx.rhs}"
    stated = "; ".join(f"{h}" for h, where in hypotheses if where.startswith(WHERE))
    message = r.message or ""
    read = "; " + message[message.index("read: "):] if "read: " in message else ""
    return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=(
        f"at the values the notes state ({stated}) {sides}: a closed form computed from rounded inputs, "
        f"another value of a name, or a slip; not called FAILED{read}"))  # fmt: skip


def _agrees(value: float, written: float, decimals: int) -> bool:
    return agrees(value, written, decimals)  # rounded or truncated, strictly (documents.precision)


def rounded_at_values(hypotheses: list[tuple[str, str]], texts: tuple[str, str], r: StepResult,
                      closed: bool = False) -> StepResult | None:  # fmt: skip
    """The verdict of a worked-number step that failed once every name had its stated value (the
    refutation is at no point: both sides are numbers), or None when this is not such a step.
    ``closed``: a member is a closed form (:func:`closed_form`), the link is the worked substitution."""
    cx = r.counterexample
    if r.verdict is not Verdict.FAILED or cx is None or cx.point:
        return None
    if not any(where.startswith(WHERE) for _, where in hypotheses):
        return None
    written = [i for i, t in enumerate(texts) if _is_number(_digits(t))]
    if not written and closed:
        return _closed_form_at_values(hypotheses, r)  # a vector of closed forms fails at an entry
    if cx.entry:
        return None
    if len(written) != 1:
        return None
    decimals = [len(m) for m in _DECIMALS.findall(_digits(texts[written[0]]))]
    try:
        lhs, rhs = float(cx.lhs), float(cx.rhs)
    except ValueError:
        return None
    if not (math.isfinite(lhs) and math.isfinite(rhs)):
        return None
    value, number = (rhs, lhs) if written[0] == 0 else (lhs, rhs)
    stated = "; ".join(f"{h}" for h, where in hypotheses if where.startswith(WHERE))
    # the readings the members were taken with (w^3_{01} as a layer label, …) stay reported
    message = r.message or ""
    read = "; " + message[message.index("read: "):] if "read: " in message else ""
    if decimals and _agrees(value, number, min(decimals)):
        return replace(r, verdict=Verdict.PASSED, counterexample=None, message=(
            f"equal to the {min(decimals)} decimals written at the values the notes state ({stated}): "
            f"{value:.{min(decimals) + 3}g}{read}"))  # fmt: skip
    return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=(
        f"at the values the notes state ({stated}) this side is {value:.6g}, not the {number:g} written (a value "
        f"computed from rounded inputs, another value of a name, or a slip): not called FAILED{read}"))  # fmt: skip
