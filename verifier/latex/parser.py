r"""LaTeX math (or plain ASCII math) → a neutral SymPy tree, without ever evaluating text as code.

Pipeline: a hand-written tokenizer turns the source into tokens (it knows TeX's lexical rules:
commands, one-character arguments such as ``x^2``, letter runs, spacing commands); a rewrite
pass resolves the few context-dependent tokens (``e^…`` is exp, ``\frac{d}{dx}``, ``f(`` as a
function call, ``|…|``, indicators); a lark LALR grammar then builds SymPy objects in its reduce
callbacks. No ``eval``/``exec``/``sympify``/``parse_expr`` is used anywhere; SymPy only receives
objects built here and names made of letters, digits and the ``^()[]`` of layer labels.

The tree is *neutral*: it records what was written, and a later resolver maps it onto declared
symbols. Conventions:

* Identifiers → ``Symbol(name)``. Latin letters keep their case (``K`` ≠ ``k``); Greek commands
  by name (``\theta`` → ``theta``, ``\varepsilon`` → ``epsilon``, ``\ell`` → ``ell``); accents
  append a suffix (``\hat{y}`` → ``yhat``, ``\bar{x}`` → ``xbar``, ``\tilde{x}`` → ``xtilde``,
  ``\dot{x}`` → ``xdot``, ``\mathcal{L}`` → ``Lcal``); bold/vector fonts are dropped
  (``\mathbf{x}``, ``\boldsymbol{x}``, ``\bm{x}``, ``\vec{x}`` → ``x``), except ``\mathbf{1}`` →
  ``Symbol("ones")`` and ``\mathbf{0}`` → ``Symbol("zeros")``. A bare ``e`` is ``Symbol("e")``
  and ``\pi`` is ``Symbol("pi")`` (the resolver decides); ``e^{…}`` is ``exp(…)``.
  Plain letter runs are implicit products (``xy`` → ``x*y``) unless the whole run is a known
  function name (exp, log, ln, sin, cos, tan, sinh, cosh, tanh, sqrt, max, min, abs, softmax,
  relu, sigmoid, CE) or a Greek name of three letters or more (``sigma``, for ASCII input).
* Subscripts → ``Indexed(IndexedBase(name), *indices)``: ``x_i``, ``a_{ij}`` → (i, j), ``x_{12}``
  → (12,), ``Z_{3ik}`` → (3, i, k), ``x_{i+1}`` → (i + 1,), ``\delta_{k,l}`` → (k, l). ``W_1`` is
  also ``Indexed(W, 1)``: whether it names a matrix or an entry is the resolver's call.
  ``\delta_{kl}`` / ``\delta_{k,l}`` → ``KroneckerDelta(k, l)``.
* Layer superscripts are part of the name: ``W^{(1)}`` → ``Symbol("W^(1)")``, ``a^{[l]}_i`` →
  ``Indexed(IndexedBase("a^[l]"), i)`` (not a power).
* Numbers: integers → ``Integer``; decimals → exact ``Rational`` (``0.5`` → 1/2).
* Arithmetic is built with SymPy's normal (commutative) evaluation, so factor order is not
  kept — except in sums, products and powers that involve a transpose marker, ``ones``/``zeros``
  or a matrix: those are built with ``evaluate=False`` in written order (``x^T A x`` →
  ``Mul(transpose(x), A, x)``), so matrix factors neither commute nor cancel. Pass
  ``noncommutative={"x", "A"}`` to make names non-commutative symbols. Exact numbers are capped
  at ``MAX_DIGITS`` (4,000) digits — below Python's 4,300-digit limit for printing an int — so
  ``9^{9^{9^9}}`` or ``2^{100000}`` raise ``LatexError`` instead of allocating.
* Functions: ``\exp``/``\ln``/``\log`` (natural; ``\log_b x`` → ``log(x, b)``), trig and
  hyperbolic functions, ``\sqrt``, ``\max``/``\min`` → SymPy's own. ``\tanh^2 x`` →
  ``tanh(x)**2``. Without parentheses a function takes the next single factor (``\ln x_i``,
  ``\log \frac{a}{b}``, ``\log \sum_j …``). Names in ``functions`` (default
  ``DEFAULT_FUNCTIONS``) and ML names (softmax, relu, sigmoid, ce — lower-cased; other
  ``\text{…}``/``\operatorname{…}`` names kept as written) followed by ``(`` →
  ``Function(name)(*args)``. A subscripted call ``\sigma_i(x)`` → ``Component(sigma(x), i)``.
  Any other letter before ``(`` multiplies (``x(y+1)``).
* Calculus: ``\frac{\partial E}{\partial x}``, ``\frac{dE}{dx}`` and the operator forms
  ``\frac{\partial}{\partial x} …`` → ``Derivative(E, x)`` (unevaluated; ``x`` may be
  ``Indexed``). An operator form, like ``\sum``/``\prod``, applies to the following product
  up to the next top-level ``+``/``-``. ``f'(x)`` → ``Derivative(f(x), x)``; ``(…)'`` →
  ``Derivative(…, prime_var)``. ``\partial_x f`` → ``Derivative(f, x)``. ``\nabla_x f`` →
  ``Function("grad")(f, x)`` (a marker).
* ``\sum_{i=1}^{N}`` → ``Sum(body, (i, 1, N))``; without bounds (``\sum_i``) the bounds are the
  placeholders ``implicit_bounds(i)`` = ``(Symbol("i__lo"), Symbol("i__hi"))``, which the
  resolver replaces with the declared range. ``\substack{i=1 \\ i \neq r}`` →
  ``Sum(Piecewise((body, Ne(i, r)), (0, True)), (i, 1, K))``.
* ``\mathbb{1}[y=k]``, ``\mathbf{1}_{[y==1]}``, ``I(y=k)``, ``1[y=k]`` →
  ``Piecewise((1, Eq(y, k)), (0, True))``.
* ``x^T``, ``x^\top`` → ``Function("transpose")(x)`` (a marker); ``bmatrix``/``pmatrix`` →
  ``ImmutableMatrix``; ``cases`` → ``Piecewise``; ``|x|`` → ``Abs(x)``.
* Refused with ``LatexError``: ellipses (``\dots``), relation signs outside conditions (split
  chains first), prose ``\text{…}``, shape superscripts (``^{n \times d}``), ``D_x``
  operators, derivatives with respect to expressions, ``(…)'`` without ``prime_var``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import Any, NoReturn

import sympy
from lark import Lark, Token, Transformer
from lark.exceptions import LarkError, UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken
from lark.lexer import Lexer

__all__ = ["DEFAULT_FUNCTIONS", "Component", "LatexError", "implicit_bounds", "parse_latex"]

MAX_SOURCE_CHARS = 8000
MAX_TOKENS = 3000
MAX_NESTING = 80
MAX_DIGITS = 4000  # below Python's 4300-digit int→str limit, so every result stays printable
MAX_DERIVATIVE_ORDER = 20

DEFAULT_FUNCTIONS: frozenset[str] = frozenset({"sigma", "softmax", "relu", "f", "g", "h", "ell", "l"})

TRANSPOSE = sympy.Function("transpose")
GRAD = sympy.Function("grad")
ONES = sympy.Symbol("ones")
ZEROS = sympy.Symbol("zeros")


class LatexError(ValueError):
    """The source cannot be read as mathematics; ``column`` is 1-based (None: whole input)."""

    def __init__(self, message: str, column: int | None = None) -> None:
        self.message = message
        self.column = column
        super().__init__(f"{message} (column {column})" if column is not None else message)


class Component(sympy.Function):
    r"""Entry ``indices`` of a vector-valued function's value: ``\sigma_i(x)`` → ``Component(sigma(x), i)``.

    A separate class (not ``Indexed``) because SymPy's ``Indexed`` only accepts a name as its base.
    """

    @classmethod
    def eval(cls, value: sympy.Basic, *indices: sympy.Basic) -> None:
        return None


def implicit_bounds(index: sympy.Symbol) -> tuple[sympy.Symbol, sympy.Symbol]:
    r"""Placeholder bounds of a sum written without them (``\sum_i``); the resolver substitutes them."""
    return sympy.Symbol(f"{index.name}__lo"), sympy.Symbol(f"{index.name}__hi")


# ---------------------------------------------------------------------------------------------
# Vocabulary

GREEK = frozenset(
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma "
    "tau upsilon phi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega ell".split()
)
GREEK_VARIANTS = {
    "varepsilon": "epsilon",
    "vartheta": "theta",
    "varphi": "phi",
    "varrho": "rho",
    "varsigma": "sigma",
    "varpi": "pi",
    "varkappa": "kappa",
}
ELEMENTARY = frozenset("exp log ln sin cos tan sinh cosh tanh arcsin arccos arctan sqrt max min abs".split())
ML_FUNCTIONS = frozenset({"softmax", "relu", "sigmoid", "ce"})
ACCENTS = {
    "hat": "hat", "widehat": "hat", "bar": "bar", "overline": "bar", "tilde": "tilde",
    "widetilde": "tilde", "dot": "dot", "ddot": "ddot", "check": "check", "breve": "breve",
}  # fmt: skip
BOLD = frozenset({"mathbf", "boldsymbol", "bm", "vec", "mathbfit", "pmb", "bold", "mathbold"})
TEXTLIKE = frozenset(
    {"text", "textrm", "textit", "textbf", "textsf", "texttt", "mathrm", "mathit", "mathsf", "mathtt",
     "operatorname", "mbox", "textnormal"}
)  # fmt: skip
DECORATIONS = frozenset({"underline", "boxed", "cancel", "bcancel", "xcancel", "textcircled", "fbox"})
SPACING = frozenset(
    {",", ";", "!", ":", " ", ">", "quad", "qquad", "displaystyle", "textstyle", "scriptstyle",
     "scriptscriptstyle", "limits", "nolimits", "enspace", "thinspace", "medspace", "thickspace",
     "negthinspace", "negmedspace", "nonumber", "notag", "left.", "right."}
)  # fmt: skip
SKIP_WITH_ARG = frozenset({"hspace", "vspace", "phantom", "hphantom", "vphantom", "label", "tag", "color"})
BIG = frozenset({"big", "Big", "bigg", "Bigg", "bigl", "Bigl", "biggl", "Biggl", "bigr", "Bigr", "biggr",
                 "Biggr", "bigm", "Bigm"})  # fmt: skip
ELLIPSES = frozenset({"dots", "cdots", "ldots", "vdots", "ddots", "dotsc", "dotsb", "dotsm", "dotsi"})
RELATION_COMMANDS = {"leq": "<=", "le": "<=", "leqslant": "<=", "geq": ">=", "ge": ">=", "geqslant": ">=",
                     "neq": "!=", "ne": "!=", "lt": "<", "gt": ">"}  # fmt: skip
UNSUPPORTED_RELATIONS = frozenset(
    "in notin subset subseteq approx sim propto equiv to rightarrow mapsto implies Rightarrow coloneqq "
    "triangleq".split()
)
MATRIX_ENVS = frozenset({"matrix", "pmatrix", "bmatrix", "Bmatrix", "smallmatrix", "array"})
CASES_ENVS = frozenset({"cases", "dcases", "rcases"})
OTHERWISE_WORDS = frozenset({"otherwise", "else", "sonst"})
IF_WORDS = frozenset({"if", "for", "when", "falls", "wenn"})
NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*")
NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")

# Token types (names starting with "_" are dropped from the parse tree by lark).
NUMBER = "NUMBER"
LETTER = "LETTER"
GREEKT = "GREEK"
IDENT = "IDENT"
TEXTNAME = "TEXTNAME"
FNAME = "FNAME"
ONEST = "ONES"
ZEROST = "ZEROS"
INFTY = "INFTY"
EXP_E = "EXP_E"
FUNC = "FUNC"
FUNCID = "FUNCID"
INDICATOR = "INDICATOR"
PLUS = "PLUS"
MINUS = "MINUS"
MULOP = "MULOP"
DIV = "DIV"
DSTAR = "DSTAR"
REL = "REL"
PRIME = "PRIME"
SUBWORD = "SUBWORD"
TRANSPOSET = "TRANSPOSE"
FRAC = "FRAC"
SQRT = "SQRT"
SUM = "SUM"
PROD = "PROD"
PARTIAL = "PARTIAL"
NABLA = "NABLA"
OTHERWISE = "OTHERWISE"
IF = "IF"
TOP = "TOP"
CARET = "_CARET"
UNDER = "_UNDERSCORE"
LBRACE = "_LBRACE"
RBRACE = "_RBRACE"
LPAREN = "_LPAREN"
RPAREN = "_RPAREN"
LBRACK = "_LBRACK"
RBRACK = "_RBRACK"
LCURLY = "_LCURLY"
RCURLY = "_RCURLY"
BAR = "BAR"
LBAR = "_LBAR"
RBAR = "_RBAR"
RIGHTBAR = "RIGHTBAR"
COMMA = "_COMMA"
AMP = "_AMP"
ROWSEP = "_ROWSEP"
SUBSTACK = "_SUBSTACK"
BEGIN_MATRIX = "_BEGIN_MATRIX"
END_MATRIX = "_END_MATRIX"
BEGIN_CASES = "_BEGIN_CASES"
END_CASES = "_END_CASES"

SINGLE_CHARS = {"+": PLUS, "-": MINUS, "−": MINUS, "/": DIV, "(": LPAREN, ")": RPAREN, "[": LBRACK,
                "]": RBRACK, ",": COMMA, "&": AMP, "'": PRIME, "|": BAR, "·": MULOP, "×": MULOP}  # fmt: skip
OPENERS = {LBRACE: RBRACE, LPAREN: RPAREN, LBRACK: RBRACK, LCURLY: RCURLY, BEGIN_MATRIX: END_MATRIX,
           BEGIN_CASES: END_CASES}  # fmt: skip
CLOSERS = frozenset(OPENERS.values())
NAMEISH = frozenset({LETTER, GREEKT, IDENT})
ENDS_OPERAND = frozenset({NUMBER, LETTER, GREEKT, IDENT, ONEST, ZEROST, INFTY, RPAREN, RBRACE, RBRACK, RCURLY,
                          RBAR, SUBWORD, TRANSPOSET, PRIME, END_MATRIX, END_CASES})  # fmt: skip

DESCRIBE = {
    LBRACE: "'{'", RBRACE: "'}'", LPAREN: "'('", RPAREN: "')'", LBRACK: "'['", RBRACK: "']'",
    LCURLY: "'\\{'", RCURLY: "'\\}'", LBAR: "'|'", RBAR: "'|'", COMMA: "','", AMP: "'&'",
    ROWSEP: "'\\\\'", CARET: "'^'", UNDER: "'_'", "$END": "end of input",
}  # fmt: skip


@dataclass(slots=True)
class Tok:
    type: str
    value: str
    pos: int


# ---------------------------------------------------------------------------------------------
# Tokenizer


class _Tokenizer:
    """Source text → tokens. Recursion is bounded by ``MAX_NESTING`` (arguments of commands)."""

    def __init__(self, src: str) -> None:
        self.s = src
        self.out: list[Tok] = []

    def fail(self, message: str, pos: int) -> NoReturn:
        raise LatexError(message, pos + 1)

    def emit(self, type_: str, value: str, pos: int) -> None:
        self.out.append(Tok(type_, value, pos))
        if len(self.out) > MAX_TOKENS:
            self.fail(f"formula too long (more than {MAX_TOKENS} tokens)", pos)

    def run(self) -> list[Tok]:
        self.lex_range(0, len(self.s), 0)
        return self.out

    def skip_ws(self, i: int, j: int) -> int:
        while i < j and self.s[i] in " \t\r\n~":
            i += 1
        return i

    def group_end(self, i: int, j: int) -> int:
        """Index of the ``}`` matching the ``{`` at ``i`` (escaped braces are skipped)."""
        depth = 0
        k = i
        s = self.s
        while k < j:
            c = s[k]
            if c == "\\":
                k += 2
                continue
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    return k
            k += 1
        self.fail("unbalanced '{'", i)

    def command_name(self, i: int) -> tuple[str, int]:
        """Name of the command whose backslash is at ``i``, and the index after it."""
        s = self.s
        k = i + 1
        if k >= len(s):
            self.fail("lone backslash", i)
        if s[k].isalpha():
            while k < len(s) and s[k].isalpha():
                k += 1
            name = s[i + 1 : k]
            if k < len(s) and s[k] == "*" and name in ("operatorname", "tag"):
                k += 1
            return name, k
        return s[k], k + 1

    def raw_arg(self, i: int, j: int) -> tuple[str, int, int]:
        """A mandatory argument as raw text: (text, start, index after it)."""
        i = self.skip_ws(i, j)
        if i >= j:
            self.fail("missing argument", i)
        if self.s[i] == "{":
            k = self.group_end(i, j)
            return self.s[i + 1 : k], i + 1, k + 1
        if self.s[i] == "\\":
            _, k = self.command_name(i)
            return self.s[i:k], i, k
        return self.s[i], i, i + 1

    def arg(self, i: int, j: int, depth: int) -> int:
        """Lex a mandatory argument, always as ``{ … }`` tokens (``x^2`` → ``x ^ { 2 }``)."""
        i = self.skip_ws(i, j)
        if i >= j:
            self.fail("missing argument", i)
        if depth > MAX_NESTING:
            self.fail("formula nested too deeply", i)
        if self.s[i] == "{":
            k = self.group_end(i, j)
            self.emit(LBRACE, "{", i)
            self.lex_range(i + 1, k, depth + 1)
            self.emit(RBRACE, "}", k)
            return k + 1
        if self.s[i] == "}":
            self.fail("missing argument", i)
        self.emit(LBRACE, "{", i)
        n = len(self.out)
        k = i
        while len(self.out) == n:
            k = self.skip_ws(k, j)
            if k >= j:
                self.fail("missing argument", i)
            k = self.lex_one(k, j, depth + 1, single=True)
        self.emit(RBRACE, "}", k)
        return k

    def sub_tokens(self, i: int, j: int, depth: int) -> tuple[list[Tok], int]:
        """Lex an argument into a separate list (for accents and fonts) and return it unbraced."""
        saved = self.out
        self.out = []
        try:
            k = self.arg(i, j, depth)
            inner = self.out[1:-1]
        finally:
            self.out = saved
        return inner, k

    def lex_range(self, i: int, j: int, depth: int) -> None:
        while i < j:
            i = self.lex_one(i, j, depth, single=False)

    def lex_one(self, i: int, j: int, depth: int, single: bool) -> int:
        s = self.s
        c = s[i]
        if c in " \t\r\n~":
            return i + 1
        if c == "%":
            while i < j and s[i] != "\n":
                i += 1
            return i
        if c.isdigit():
            if single:
                self.emit(NUMBER, c, i)
                return i + 1
            m = NUMBER_RE.match(s, i, j)
            assert m is not None
            if len(m.group()) > 1000:
                self.fail("number literal too long", i)
            self.emit(NUMBER, m.group(), i)
            return m.end()
        if c.isascii() and c.isalpha():
            if single:
                self.emit(LETTER, c, i)
                return i + 1
            k = i
            while k < j and s[k].isascii() and s[k].isalpha():
                k += 1
            self.letter_run(s[i:k], i)
            return k
        if c == "\\":
            return self.command(i, j, depth, single)
        if c == "{":
            self.emit(LBRACE, "{", i)
            return i + 1
        if c == "}":
            self.emit(RBRACE, "}", i)
            return i + 1
        if c == "^":
            k = self.skip_ws(i + 1, j)
            if k < j and s[k] in "(-":
                self.emit(DSTAR, "^", i)
                return i + 1
            if k < j and s[k] == "{":
                body = s[k + 1 : self.group_end(k, j)]
                if re.search(r"\\times(?![A-Za-z])", body):
                    self.fail(f"superscript '{{{body}}}' looks like a shape annotation, not a power", i)
            self.emit(CARET, "^", i)
            return self.arg(i + 1, j, depth)
        if c == "_":
            self.emit(UNDER, "_", i)
            return self.arg(i + 1, j, depth)
        if c == "*":
            if i + 1 < j and s[i + 1] == "*":
                self.emit(DSTAR, "**", i)
                return i + 2
            self.emit(MULOP, "*", i)
            return i + 1
        if c in "=<>!":
            two = s[i : i + 2]
            if two in ("==", "<=", ">=", "!="):
                self.emit(REL, two, i)
                return i + 2
            if c == "!":
                self.fail("'!' (factorial) is not supported", i)
            self.emit(REL, c, i)
            return i + 1
        if c in SINGLE_CHARS:
            self.emit(SINGLE_CHARS[c], c, i)
            return i + 1
        if c == ":" and s[i + 1 : i + 2] == "=":
            self.fail("':=' is a definition, not part of a formula", i)
        self.fail(f"unexpected character {c!r}", i)

    def letter_run(self, run: str, pos: int) -> None:
        if run in ELEMENTARY:
            self.emit(FUNC, run, pos)
        elif run.lower() in ("softmax", "relu", "sigmoid") or run == "CE":
            self.emit(FNAME, run.lower(), pos)
        elif len(run) >= 3 and (run in GREEK or run in GREEK_VARIANTS):
            self.emit(GREEKT, GREEK_VARIANTS.get(run, run), pos)
        elif len(run) > 1 and run in _options().functions:
            self.emit(IDENT, run, pos)
        else:
            for k, ch in enumerate(run):
                self.emit(LETTER, ch, pos + k)

    def name_token(self, text: str, pos: int) -> None:
        r"""The content of ``\text{…}``/``\operatorname{…}``/``\mathrm{…}``."""
        word = text.strip()
        if word.lower() in OTHERWISE_WORDS:
            self.emit(OTHERWISE, word, pos)
        elif word.lower() in IF_WORDS:
            self.emit(IF, word, pos)
        elif len(word) == 1 and word.isascii() and word.isalpha():
            self.emit(LETTER, word, pos)
        elif NAME_RE.fullmatch(word):
            if word.lower() in ML_FUNCTIONS:
                self.emit(FNAME, word.lower(), pos)
            elif word in ELEMENTARY:
                self.emit(FUNC, word, pos)
            else:
                self.emit(TEXTNAME, word, pos)
        else:
            self.fail(f"prose \\text{{{text}}} cannot be checked", pos)

    def command(self, i: int, j: int, depth: int, single: bool) -> int:
        name, k = self.command_name(i)
        if name == "\\":
            self.emit(ROWSEP, "\\\\", i)
            return k
        if name in ("left", "right"):
            return self.delimiter(name, k, j, i)
        if name in BIG:
            return self.delimiter(name, k, j, i)
        if name in SPACING:
            return k
        if name in ("{", "lbrace"):
            self.emit(LCURLY, "\\{", i)
            return k
        if name in ("}", "rbrace"):
            self.emit(RCURLY, "\\}", i)
            return k
        if name in SKIP_WITH_ARG:
            return self.raw_arg(k, j)[2]
        if name in GREEK or name in GREEK_VARIANTS:
            self.emit(GREEKT, GREEK_VARIANTS.get(name, name), i)
            return k
        if name in ELLIPSES:
            self.fail(f"ellipsis \\{name} cannot be checked (write the expression out or use a sum)", i)
        if name in RELATION_COMMANDS:
            self.emit(REL, RELATION_COMMANDS[name], i)
            return k
        if name in ELEMENTARY and name not in ("sqrt", "abs"):
            self.emit(FUNC, name, i)
            return k
        simple = {"cdot": MULOP, "times": MULOP, "ast": MULOP, "div": DIV, "partial": PARTIAL, "nabla": NABLA,
                  "sum": SUM, "prod": PROD, "infty": INFTY, "top": TOP, "intercal": TOP, "prime": PRIME,
                  "substack": SUBSTACK, "vert": BAR, "lvert": LBAR, "rvert": RBAR, "mid": None}  # fmt: skip
        if name in simple and simple[name] is not None:
            self.emit(simple[name], "\\" + name, i)
            return k
        if name in ("frac", "dfrac", "tfrac", "cfrac"):
            self.emit(FRAC, "\\frac", i)
            k = self.arg(k, j, depth)
            return self.arg(k, j, depth)
        if name == "sqrt":
            self.emit(SQRT, "\\sqrt", i)
            k2 = self.skip_ws(k, j)
            if k2 < j and self.s[k2] == "[":
                end = self.s.find("]", k2, j)
                if end < 0:
                    self.fail("unbalanced '[' in \\sqrt", k2)
                self.emit(LBRACK, "[", k2)
                self.lex_range(k2 + 1, end, depth + 1)
                self.emit(RBRACK, "]", end)
                k = end + 1
            return self.arg(k, j, depth)
        if name in DECORATIONS:
            return self.arg(k, j, depth)
        if name in ("overset", "underset", "stackrel"):
            k = self.raw_arg(k, j)[2]
            return self.arg(k, j, depth)
        if name in ("underbrace", "overbrace"):
            k = self.arg(k, j, depth)
            k2 = self.skip_ws(k, j)
            if k2 < j and self.s[k2] in "_^":
                k = self.raw_arg(k2 + 1, j)[2]
            return k
        if name == "textcolor":
            k = self.raw_arg(k, j)[2]
            return self.arg(k, j, depth)
        if name in ACCENTS or name in BOLD or name in ("mathcal", "mathscr", "mathbb"):
            return self.font(name, i, k, j, depth)
        if name in TEXTLIKE:
            text, start, k = self.raw_arg(k, j)
            if "$" in text or "\\" in text:
                self.fail(f"prose \\{name}{{{text}}} cannot be checked", i)
            self.name_token(text, start)
            return k
        if name in ("begin", "end"):
            env, _, k = self.raw_arg(k, j)
            env = env.strip()
            if env in MATRIX_ENVS:
                self.emit(BEGIN_MATRIX if name == "begin" else END_MATRIX, env, i)
                if env == "array" and name == "begin":
                    k = self.raw_arg(k, j)[2]
                return k
            if env in CASES_ENVS:
                self.emit(BEGIN_CASES if name == "begin" else END_CASES, env, i)
                return k
            if env in ("aligned", "align", "align*", "split", "gathered", "equation", "equation*"):
                self.fail(f"environment {env} holds several equations: split the chain first", i)
            self.fail(f"environment {env} is not supported", i)
        if name in UNSUPPORTED_RELATIONS:
            self.fail(f"relation \\{name} is not part of a checkable formula", i)
        if name == "|":
            self.fail("norms \\|…\\| are not supported", i)
        self.fail(f"unsupported command \\{name}", i)

    def font(self, name: str, i: int, k: int, j: int, depth: int) -> int:
        inner, k = self.sub_tokens(k, j, depth)
        if not inner:
            self.fail(f"empty \\{name}{{}}", i)
        head = inner[0]
        if name in ("mathbb", "mathcal", "mathscr"):
            if len(inner) == 1 and head.type == NUMBER and head.value == "1":
                self.emit(ONEST, "1", i)
                return k
            if len(inner) != 1 or head.type != LETTER:
                self.fail(f"\\{name} of more than one letter is not supported", i)
            if name == "mathbb":
                if head.value != "I":
                    self.fail(f"\\mathbb{{{head.value}}} (a set or an expectation) is not supported", i)
                self.emit(IDENT, "I", i)
            else:
                self.emit(IDENT, head.value + "cal", i)
            return k
        if name in BOLD:
            if len(inner) == 1 and head.type == NUMBER and head.value in ("0", "1"):
                self.emit(ONEST if head.value == "1" else ZEROST, head.value, i)
                return k
            if len(inner) == 1:
                self.out.append(head)
            else:
                self.emit(LBRACE, "{", i)
                self.out.extend(inner)
                self.emit(RBRACE, "}", k - 1)
            return k
        # an accent: decorate the first name, keep what follows (\hat{y_i} → yhat_i)
        if head.type not in NAMEISH:
            self.fail(f"\\{name} over something that is not a letter", i)
        self.emit(IDENT, head.value + ACCENTS[name], head.pos)
        self.out.extend(inner[1:])
        return k

    def delimiter(self, name: str, k: int, j: int, i: int) -> int:
        r"""``\left( … \right)``, ``\big(`` etc: the delimiter itself, with its size dropped."""
        k = self.skip_ws(k, j)
        if k >= j:
            if name in BIG:
                return k
            self.fail(f"\\{name} without a delimiter", i)
        c = self.s[k]
        if c == "\\":
            dname, end = self.command_name(k)
            table = {"{": (LCURLY, RCURLY), "}": (RCURLY, RCURLY), "lbrace": (LCURLY, LCURLY),
                     "rbrace": (RCURLY, RCURLY), "vert": (BAR, BAR), "lvert": (LBAR, LBAR),
                     "rvert": (RBAR, RBAR)}  # fmt: skip
            if dname not in table:
                if name in BIG:
                    return k
                self.fail(f"delimiter \\{dname} is not supported", k)
            left, right = table[dname]
            kind = left if name in ("left", "bigl", "Bigl", "biggl", "Biggl") else right
            if dname in ("{", "}"):
                kind = LCURLY if dname == "{" else RCURLY
            if kind == BAR and name == "left":
                kind = LBAR
            self.emit(kind, "\\" + dname, k)
            return end
        if c == ".":
            return k + 1
        table2 = {"(": LPAREN, ")": RPAREN, "[": LBRACK, "]": RBRACK}
        if c in table2:
            self.emit(table2[c], c, k)
            return k + 1
        if c == "|":
            if name == "left" or name.endswith("l"):
                self.emit(LBAR, "|", k)
            elif name == "right":
                self.emit(RIGHTBAR, "|", k)
            elif name.endswith("r"):
                self.emit(RBAR, "|", k)
            else:
                self.emit(BAR, "|", k)
            return k + 1
        if name in BIG:
            return k
        self.fail(f"delimiter {c!r} after \\{name} is not supported", k)


# ---------------------------------------------------------------------------------------------
# Rewrite pass: the few decisions that need to look ahead


def _matching(toks: list[Tok], i: int) -> int:
    """Index of the closer matching the opener at ``i`` (bars excluded), or -1."""
    depth = 0
    for k in range(i, len(toks)):
        t = toks[k].type
        if t in OPENERS:
            depth += 1
        elif t in CLOSERS:
            depth -= 1
            if depth == 0:
                return k
    return -1


def _check_nesting(toks: list[Tok]) -> None:
    depth = 0
    for t in toks:
        if t.type in OPENERS:
            depth += 1
            if depth > MAX_NESTING:
                raise LatexError("formula nested too deeply", t.pos + 1)
        elif t.type in CLOSERS:
            depth -= 1


def _after_sub(toks: list[Tok], k: int) -> int:
    """Index after an optional subscript starting at ``k``."""
    if k < len(toks) and toks[k].type == SUBWORD:
        return k + 1
    if k + 1 < len(toks) and toks[k].type == UNDER and toks[k + 1].type == LBRACE:
        end = _matching(toks, k + 1)
        return end + 1 if end > 0 else k
    return k


def _layer_label(inner: list[Tok]) -> str | None:
    """``(1)`` or ``[l]`` as the whole content of a superscript: a layer label, not a power."""
    if len(inner) == 3 and inner[0].type in (LPAREN, LBRACK) and inner[2].type == OPENERS[inner[0].type]:
        if inner[1].type in (LETTER, NUMBER, GREEKT, IDENT) and "." not in inner[1].value:
            return f"{inner[0].value}{inner[1].value}{inner[2].value}"
    return None


def _rewrite(toks: list[Tok], functions: frozenset[str]) -> list[Tok]:
    n = len(toks)
    # 1. e^… is exp(…)
    for k in range(n - 1):
        if toks[k].type == LETTER and toks[k].value == "e" and toks[k + 1].type in (CARET, DSTAR):
            toks[k].type = EXP_E
    # 2. transposes ^T, ^\top, ^{\prime}; simple subscripts become one SUBWORD token
    out: list[Tok] = []
    k = 0
    while k < n:
        t = toks[k]
        end = _matching(toks, k + 1) if t.type in (CARET, UNDER) and k + 3 < n and toks[k + 1].type == LBRACE else -1
        if end > 0:
            inner = toks[k + 2 : end]
            prev = out[-1].type if out else None
            layer = _layer_label(inner) if t.type == CARET else None
            if layer is not None and out:
                base = out[-2] if prev == SUBWORD and len(out) > 1 else out[-1]
                if base.type in NAMEISH:  # W^{(1)}, z^{[2]}: a layer label, part of the name
                    base.type, base.value = IDENT, f"{base.value}^{layer}"
                    k = end + 1
                    continue
            if t.type == CARET and len(inner) == 1 and prev != EXP_E:
                v = inner[0]
                if (v.type == LETTER and v.value == "T") or v.type == TOP:
                    out.append(Tok(TRANSPOSET, "T", t.pos))
                    k = end + 1
                    continue
                if v.type == PRIME:
                    out.append(Tok(PRIME, "'", t.pos))
                    k = end + 1
                    continue
            if (
                t.type == UNDER
                and inner
                and all(
                    x.type in (LETTER, GREEKT, IDENT, TEXTNAME) or (x.type == NUMBER and "." not in x.value)
                    for x in inner
                )
            ):
                # one index per letter or name, one per digit run: Z_{3ik} → 3, i, k
                out.append(Tok(SUBWORD, " ".join(x.value for x in inner), t.pos))
                k = end + 1
                continue
        out.append(t)
        k += 1
    toks = out
    n = len(toks)
    # 3. indicators: \mathbb{1}[y=k], \mathbf{1}_{[y==1]}, I(y=k), 1[y=k]
    out = []
    k = 0
    while k < n:
        t = toks[k]
        is_head = (
            t.type == ONEST or (t.type in (LETTER, IDENT) and t.value == "I") or (t.type == NUMBER and t.value == "1")
        )
        if is_head:
            m = k + 1
            braced = m + 1 < n and toks[m].type == UNDER and toks[m + 1].type == LBRACE
            if braced:
                m += 2
            if m < n and toks[m].type in (LBRACK, LPAREN, LCURLY):
                end = _matching(toks, m)
                inner = toks[m + 1 : end] if end > 0 else []
                depth = 0
                has_rel = False
                for x in inner:
                    depth += x.type in OPENERS
                    depth -= x.type in CLOSERS
                    has_rel |= depth == 0 and x.type == REL
                if has_rel and (not braced or (end + 1 < n and toks[end + 1].type == RBRACE)):
                    out.append(Tok(INDICATOR, t.value, t.pos))
                    out.append(Tok(LBRACK, "[", toks[m].pos))
                    out.extend(inner)
                    out.append(Tok(RBRACK, "]", toks[end].pos))
                    k = end + 2 if braced else end + 1
                    continue
        out.append(t)
        k += 1
    toks = out
    n = len(toks)
    # 4. \frac{d…}{d x}: the d's are differentials
    for k in range(n - 1):
        if toks[k].type == FRAC and toks[k + 1].type == LBRACE:
            end1 = _matching(toks, k + 1)
            if 0 < end1 < n - 3 and toks[end1 + 1].type == LBRACE:
                num, den = toks[k + 2], toks[end1 + 2]
                after = toks[end1 + 3]
                if (
                    num.type in (LETTER, IDENT) and num.value == "d"
                    and den.type in (LETTER, IDENT) and den.value == "d"
                    and after.type in NAMEISH | {LPAREN}
                ):  # fmt: skip
                    num.type = den.type = PARTIAL
                    # \frac{dx}{dt}… with several differentials in the denominator
                    m = end1 + 3
                    end2 = _matching(toks, end1 + 1)
                    while m < end2:
                        if toks[m].type == LETTER and toks[m].value == "d" and m > end1 + 3:
                            prev = toks[m - 1].type
                            if prev in NAMEISH | {SUBWORD, RBRACE}:
                                toks[m].type = PARTIAL
                        m += 1
    # 5. function calls: f(…), \sigma_i(…), f'(…), \text{softmax}(…)
    for k in range(n):
        t = toks[k]
        if t.type in (LETTER, GREEKT, IDENT, TEXTNAME, FNAME):
            m = _after_sub(toks, k + 1)
            primes = 0
            while m < n and toks[m].type == PRIME:
                m += 1
                primes += 1
            called = m < n and toks[m].type == LPAREN
            if called and (t.type in (TEXTNAME, FNAME) or t.value in functions or primes):
                t.type = FUNCID
            elif t.type == FNAME:
                raise LatexError(f"function {t.value} needs a parenthesised argument", t.pos + 1)
            elif t.type == TEXTNAME:
                t.type = IDENT
        if t.type == LETTER and t.value == "D" and k + 2 < n and toks[k + 1].type in (SUBWORD, UNDER):
            m = _after_sub(toks, k + 1)
            if (
                m < n
                and toks[m].type in (FUNC, FUNCID, LETTER, GREEKT)
                and (toks[m].type in (FUNC, FUNCID) or toks[m].value in functions)
            ):
                raise LatexError("operator notation D_x … is not supported", t.pos + 1)
    # 6. absolute-value bars: open or close by context
    open_bars = 0
    out = []
    for k, t in enumerate(toks):
        if t.type == LBAR:
            open_bars += 1
        elif t.type == RBAR:
            open_bars -= 1
        elif t.type in (BAR, RIGHTBAR):
            prev = out[-1].type if out else None
            if open_bars > 0 and prev in ENDS_OPERAND:
                t.type = RBAR
                open_bars -= 1
            elif t.type == RIGHTBAR:  # \right| after \left. : an evaluation bar
                if k + 1 < len(toks) and toks[k + 1].type in (UNDER, SUBWORD, CARET):
                    raise LatexError("evaluation bars \\left. … \\right|_{x=a} are not supported", t.pos + 1)
                continue
            else:
                t.type = LBAR
                open_bars += 1
        out.append(t)
    for t in out:
        if t.type == TOP:
            raise LatexError("\\top outside a superscript", t.pos + 1)
    return out


# ---------------------------------------------------------------------------------------------
# Grammar

GRAMMAR = r"""
%declare NUMBER LETTER GREEK IDENT ONES ZEROS INFTY EXP_E FUNC FUNCID INDICATOR
%declare PLUS MINUS MULOP DIV DSTAR REL PRIME SUBWORD TRANSPOSE FRAC SQRT SUM PROD PARTIAL NABLA
%declare OTHERWISE IF
%declare _CARET _UNDERSCORE _LBRACE _RBRACE _LPAREN _RPAREN _LBRACK _RBRACK _LCURLY _RCURLY
%declare _LBAR _RBAR _COMMA _AMP _ROWSEP _SUBSTACK _BEGIN_MATRIX _END_MATRIX _BEGIN_CASES _END_CASES

start: expr

?expr: term
     | term ((PLUS | MINUS) term)+              -> sum_chain

?term: prod
     | MINUS term               -> neg
     | PLUS term                -> pos

?prod: factor
     | factor (MULOP sfactor | DIV sfactor | factor)+   -> product_chain

?sfactor: factor
        | MINUS sfactor         -> neg
        | PLUS sfactor          -> pos

?factor: postfix
       | bigop
       | derivop
       | nabla
       | func_np

?postfix: primary
        | postfix sup           -> power
        | postfix DSTAR powrhs  -> power
        | postfix TRANSPOSE     -> transpose
        | postfix PRIME         -> prime

?postfix_np: atom
           | postfix_np sup          -> power
           | postfix_np DSTAR powrhs -> power
           | postfix_np TRANSPOSE    -> transpose
           | postfix_np PRIME        -> prime

?powrhs: postfix
       | MINUS powrhs           -> neg
       | PLUS powrhs            -> pos

?primary: atom
        | _LPAREN expr _RPAREN  -> group

?atom: NUMBER                   -> number
     | name
     | ONES                     -> ones
     | ZEROS                    -> zeros
     | INFTY                    -> infinity
     | EXP_E sup                -> exp_e
     | EXP_E DSTAR powrhs       -> exp_e
     | _LBRACE expr _RBRACE     -> group
     | _LBRACK expr _RBRACK     -> group
     | _LCURLY expr _RCURLY     -> group
     | _LBAR expr _RBAR         -> abs
     | FRAC _LBRACE expr _RBRACE _LBRACE expr _RBRACE   -> frac
     | dfrac
     | SQRT _LBRACE expr _RBRACE                        -> sqrt
     | SQRT _LBRACK expr _RBRACK _LBRACE expr _RBRACE   -> root
     | FUNCID sub? PRIME* _LPAREN args _RPAREN          -> call
     | FUNC sub? sup? _LPAREN args _RPAREN              -> func
     | INDICATOR _LBRACK cond _RBRACK                   -> indicator
     | _BEGIN_MATRIX mrow (_ROWSEP mrow)* _ROWSEP? _END_MATRIX      -> matrix
     | _BEGIN_CASES case (_ROWSEP case)* _ROWSEP? _END_CASES        -> cases

name: (LETTER | GREEK | IDENT) sub?

sub: SUBWORD                                   -> sub_word
   | _UNDERSCORE _LBRACE expr (_COMMA expr)* _RBRACE   -> sub_exprs

sup: _CARET _LBRACE expr _RBRACE

args: expr (_COMMA expr)*

func_np: FUNC sub? sup? argfactor

?argfactor: postfix_np
          | NUMBER postfix_np   -> implicit_num
          | func_np
          | bigop

dfrac: FRAC _LBRACE PARTIAL dorder? expr _RBRACE _LBRACE dvar+ _RBRACE
dop: FRAC _LBRACE PARTIAL dorder? _RBRACE _LBRACE dvar+ _RBRACE
dorder: _CARET _LBRACE NUMBER _RBRACE
dvar: PARTIAL primary dorder?
derivop: dop term
       | PARTIAL sub term               -> partial_sub

bigop: (SUM | PROD) limits term
limits: SUBWORD sup?                                                        -> limits_word
      | _UNDERSCORE _LBRACE index REL expr _RBRACE sup?                      -> limits_eq
      | _UNDERSCORE _LBRACE _SUBSTACK _LBRACE index REL expr stack_conds _RBRACE _RBRACE sup? -> limits_stack
stack_conds: _COMMA? (_ROWSEP cond)+
index: LETTER | GREEK | IDENT

nabla: NABLA sub term

mrow: expr (_AMP expr)*
case: expr sep+ cond
sep: _COMMA | _AMP | IF
cond: expr (REL expr)+
    | OTHERWISE                 -> otherwise
"""


class _TokenFeed(Lexer):
    """Hands the pre-lexed token list to lark (its ``lex`` receives the list as the 'text')."""

    __future_interface__ = 0

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, data: Any) -> Iterator[Token]:  # type: ignore[override]
        for t in data:
            yield Token(t.type, t.value, start_pos=t.pos, line=1, column=t.pos + 1)


# ---------------------------------------------------------------------------------------------
# Tree building (lark calls these at each reduction)


@dataclass(frozen=True)
class _Opts:
    prime_var: sympy.Symbol | sympy.Indexed | None = None
    functions: frozenset[str] = DEFAULT_FUNCTIONS
    noncommutative: frozenset[str] = frozenset()


_DEFAULT_OPTIONS = _Opts()
_OPTIONS: ContextVar[_Opts | None] = ContextVar("latex_parse_options", default=None)


def _options() -> _Opts:
    return _OPTIONS.get() or _DEFAULT_OPTIONS


@dataclass(frozen=True)
class _Sub:
    indices: tuple[sympy.Expr, ...]


@dataclass(frozen=True)
class _Sup:
    value: sympy.Expr


@dataclass(frozen=True)
class _Limits:
    index: sympy.Symbol
    lower: sympy.Expr | None
    upper: sympy.Expr | None
    condition: sympy.Basic | None = None


@dataclass(frozen=True)
class _Diff:
    order: int
    variables: tuple[tuple[sympy.Expr, int], ...]
    pos: int


def _pos(children: Iterable[Any]) -> int | None:
    for c in children:
        if isinstance(c, Token) and c.start_pos is not None:
            return c.start_pos + 1
    return None


def _too_big(value: sympy.Basic) -> bool:
    if isinstance(value, sympy.Rational):
        return max(abs(value.p).bit_length(), abs(value.q).bit_length()) > MAX_DIGITS * 3.33
    return False


def _guard(value: sympy.Basic) -> sympy.Basic:
    if _too_big(value):
        raise LatexError(f"a number in this formula has more than {MAX_DIGITS} digits")
    return value


SYMPY_FUNCTIONS = {
    "exp": sympy.exp, "sin": sympy.sin, "cos": sympy.cos, "tan": sympy.tan, "sinh": sympy.sinh,
    "cosh": sympy.cosh, "tanh": sympy.tanh, "arcsin": sympy.asin, "arccos": sympy.acos, "arctan": sympy.atan,
    "sqrt": sympy.sqrt, "abs": sympy.Abs,
}  # fmt: skip


def _nonscalar(e: sympy.Basic) -> bool:
    """Does ``e`` involve a transpose marker, ones/zeros or an explicit matrix? Then it is built
    unevaluated in written order: matrix products must neither commute nor cancel
    (``\frac{e^θ}{1^T e^θ}`` is not ``1/1^T``)."""
    return isinstance(e, sympy.MatrixBase) or e.has(TRANSPOSE, ONES, ZEROS)


def _mul(a: sympy.Expr, b: sympy.Expr) -> sympy.Expr:
    if _nonscalar(a) or _nonscalar(b):
        left = a.args if a.is_Mul and _nonscalar(a) else (a,)
        return sympy.Mul(*left, b, evaluate=False)
    return _guard(a * b)


def _neg(a: sympy.Expr) -> sympy.Expr:
    if _nonscalar(a):
        return sympy.Mul(sympy.Integer(-1), a, evaluate=False)
    return -a


def _power(base: sympy.Expr, exponent: sympy.Expr) -> sympy.Expr:
    """``base**exponent``, refusing exact numeric powers that would be astronomically large."""
    if isinstance(base, sympy.MatrixBase):
        raise LatexError("powers of explicit matrices are not supported")
    if isinstance(exponent, sympy.Rational) and base.is_number:
        e = abs(exponent.p) / exponent.q
        if isinstance(base, sympy.Rational):
            size = max(abs(base.p), abs(base.q))
            digits = e * math.log10(size) if size > 1 else 0.0
        else:
            digits = e if e > 1000 else 0.0  # irrational numeric base: keep exponents modest
        if digits > MAX_DIGITS:
            raise LatexError(f"the power {base}^{exponent} would have ~{digits:.3g} digits (limit {MAX_DIGITS})")
    if _nonscalar(base):
        return sympy.Pow(base, exponent, evaluate=False)
    if isinstance(base, sympy.Rational) and not isinstance(exponent, sympy.Integer):
        # SymPy would try to factor a big base (seconds for 1,000 digits): keep the power as written
        if max(abs(base.p), base.q).bit_length() > 200:
            return sympy.Pow(base, exponent, evaluate=False)
    return _guard(sympy.Pow(base, exponent))


def _symbol(name: str) -> sympy.Symbol:
    return sympy.Symbol(name, commutative=name not in _options().noncommutative)


def _number(text: str) -> sympy.Rational:
    """Exact value of a digit string such as ``12`` or ``0.25`` (built from ints, no string parsing)."""
    whole, _, fraction = text.partition(".")
    return sympy.Rational(int(whole + fraction), 10 ** len(fraction))


def _as_index(name: str) -> sympy.Expr:
    return sympy.Integer(int(name)) if name.isdigit() else _symbol(name)


_RELATIONS = {"=": sympy.Eq, "==": sympy.Eq, "!=": sympy.Ne, "<": sympy.Lt, ">": sympy.Gt, "<=": sympy.Le,
              ">=": sympy.Ge}  # fmt: skip


def _differentiate(expr: sympy.Expr, d: _Diff) -> sympy.Expr:
    return sympy.Derivative(expr, *[(v, n) if n > 1 else v for v, n in d.variables])


class _Builder(Transformer):  # type: ignore[type-arg]
    """Reduction callbacks: each returns a SymPy object (or a small marker for sub-parts)."""

    # --- arithmetic -------------------------------------------------------------------------
    def start(self, c: list[Any]) -> Any:
        return c[0]

    def sum_chain(self, c: list[Any]) -> Any:
        terms = [c[0]]
        for k in range(1, len(c), 2):
            terms.append(_neg(c[k + 1]) if c[k].type == MINUS else c[k + 1])
        if any(_nonscalar(t) for t in terms):
            return sympy.Add(*terms, evaluate=False)
        return _guard(sympy.Add(*terms))

    def neg(self, c: list[Any]) -> Any:
        return _neg(c[1])

    def pos(self, c: list[Any]) -> Any:
        return c[1]

    def product_chain(self, c: list[Any]) -> Any:
        factors: list[sympy.Expr] = []
        k = 0
        while k < len(c):
            item = c[k]
            if isinstance(item, Token):
                value = c[k + 1] if item.type == MULOP else _power(c[k + 1], sympy.Integer(-1))
                k += 2
            else:
                value = item
                k += 1
            factors.append(value)
        if any(_nonscalar(f) for f in factors):
            return sympy.Mul(*factors, evaluate=False)
        return _guard(sympy.Mul(*factors))

    def implicit_num(self, c: list[Any]) -> Any:
        return _mul(self.number([c[0]]), c[1])

    def power(self, c: list[Any]) -> Any:
        base = c[0]
        exponent = c[1].value if isinstance(c[1], _Sup) else c[2]
        return _power(base, exponent)

    def transpose(self, c: list[Any]) -> Any:
        return TRANSPOSE(c[0])

    def prime(self, c: list[Any]) -> Any:
        var = _options().prime_var
        if var is None:
            raise LatexError("a prime (…)' needs the differentiation variable (prime_var)", _pos(c))
        return sympy.Derivative(c[0], var)

    # --- atoms ------------------------------------------------------------------------------
    def number(self, c: list[Any]) -> Any:
        return _number(str(c[0]))

    def ones(self, c: list[Any]) -> Any:
        return ONES

    def zeros(self, c: list[Any]) -> Any:
        return ZEROS

    def infinity(self, c: list[Any]) -> Any:
        return sympy.oo

    def group(self, c: list[Any]) -> Any:
        return c[0]

    def abs(self, c: list[Any]) -> Any:
        return sympy.Abs(c[0])

    def exp_e(self, c: list[Any]) -> Any:
        exponent = c[1].value if isinstance(c[1], _Sup) else c[2]
        return sympy.exp(exponent)

    def name(self, c: list[Any]) -> Any:
        label = str(c[0])
        if len(c) == 1:
            return _symbol(label)
        indices = c[1].indices
        if label == "delta" and len(indices) == 2:
            return sympy.KroneckerDelta(*indices)
        return sympy.Indexed(sympy.IndexedBase(_symbol(label)), *indices)

    def sub_word(self, c: list[Any]) -> Any:
        return _Sub(tuple(_as_index(x) for x in str(c[0]).split()))

    def sub_exprs(self, c: list[Any]) -> Any:
        return _Sub(tuple(c))

    def sup(self, c: list[Any]) -> Any:
        return _Sup(c[0])

    def args(self, c: list[Any]) -> Any:
        return tuple(c)

    def frac(self, c: list[Any]) -> Any:
        return _mul(c[1], _power(c[2], sympy.Integer(-1)))

    def sqrt(self, c: list[Any]) -> Any:
        return _power(c[1], sympy.Rational(1, 2))

    def root(self, c: list[Any]) -> Any:
        return _power(c[2], 1 / c[1])

    # --- functions --------------------------------------------------------------------------
    def call(self, c: list[Any]) -> Any:
        head = c[0]
        sub = next((x for x in c if isinstance(x, _Sub)), None)
        primes = sum(1 for x in c if isinstance(x, Token) and x.type == PRIME)
        args = c[-1]
        name = str(head)
        fn = sympy.Function(name)
        if not primes:
            value = fn(*args)
            return Component(value, *sub.indices) if sub else value
        if len(args) != 1:
            raise LatexError(f"{name}' with several arguments is ambiguous", _pos(c))
        (arg,) = args
        if isinstance(arg, sympy.Symbol | sympy.Indexed):
            var, point = arg, None
        else:
            var, point = sympy.Dummy("u"), arg
        value = fn(var)
        if sub:
            value = Component(value, *sub.indices)
        deriv = sympy.Derivative(value, (var, primes) if primes > 1 else var)
        return sympy.Subs(deriv, var, point) if point is not None else deriv

    def func(self, c: list[Any]) -> Any:
        return self._apply(c, tuple(c[-1]))

    def func_np(self, c: list[Any]) -> Any:
        return self._apply(c, (c[-1],))

    def _apply(self, c: list[Any], args: tuple[sympy.Expr, ...]) -> Any:
        name = str(c[0])
        sub = next((x for x in c if isinstance(x, _Sub)), None)
        sup = next((x for x in c if isinstance(x, _Sup)), None)
        column = _pos(c)
        if name in ("max", "min"):
            if sub:
                raise LatexError(f"\\{name} with a subscript is not supported", column)
            if len(args) < 2:
                raise LatexError(f"\\{name} needs at least two arguments", column)
            value = (sympy.Max if name == "max" else sympy.Min)(*args)
        else:
            if len(args) != 1:
                raise LatexError(f"\\{name} takes one argument", column)
            (arg,) = args
            if sub and name != "log":
                raise LatexError(f"\\{name} with a subscript is not supported", column)
            if name in ("log", "ln"):
                if sub and len(sub.indices) != 1:
                    raise LatexError("\\log_{b} needs one base", column)
                value = sympy.log(arg, sub.indices[0]) if sub else sympy.log(arg)
            else:
                value = SYMPY_FUNCTIONS[name](arg)
        if sup is not None:
            if sup.value == -1:
                raise LatexError(f"\\{name}^{{-1}} is ambiguous (inverse function or reciprocal)", column)
            value = _power(value, sup.value)
        return value

    # --- calculus ---------------------------------------------------------------------------
    def dorder(self, c: list[Any]) -> Any:
        text = str(c[0])
        n = int(text) if text.isdigit() else -1
        if not 1 <= n <= MAX_DERIVATIVE_ORDER:
            raise LatexError(f"derivative order {c[0]} is not supported", _pos(c))
        return n

    def dvar(self, c: list[Any]) -> Any:
        var = c[1]
        if not isinstance(var, sympy.Symbol | sympy.Indexed):
            raise LatexError(
                f"derivative with respect to the expression {var} is not supported (name it first)", _pos(c)
            )
        return (var, c[2] if len(c) > 2 else 1)

    def _diff(self, c: list[Any], has_body: bool) -> tuple[_Diff, Any]:
        items = [x for x in c if not isinstance(x, Token)]
        order = items[0] if isinstance(items[0], int) else 1
        rest = items[1:] if isinstance(items[0], int) else items
        body = rest[0] if has_body else None
        variables = tuple(rest[1:] if has_body else rest)
        total = sum(n for _, n in variables)
        if total != order:
            raise LatexError(f"derivative order {order} does not match its denominator ({total})", _pos(c))
        return _Diff(order, variables, _pos(c) or 0), body

    def dfrac(self, c: list[Any]) -> Any:
        d, body = self._diff(c, has_body=True)
        return _differentiate(body, d)

    def dop(self, c: list[Any]) -> Any:
        return self._diff(c, has_body=False)[0]

    def derivop(self, c: list[Any]) -> Any:
        return _differentiate(c[1], c[0])

    def partial_sub(self, c: list[Any]) -> Any:
        r"""``\partial_x f`` → ``Derivative(f, x)``; ``\partial_{ij}`` is refused (order ambiguous)."""
        indices = c[1].indices
        if len(indices) != 1 or not isinstance(indices[0], sympy.Symbol | sympy.Indexed):
            raise LatexError("\\partial_{…} needs exactly one variable", _pos(c))
        return sympy.Derivative(c[2], indices[0])

    def nabla(self, c: list[Any]) -> Any:
        indices = c[1].indices
        if len(indices) != 1:
            raise LatexError("\\nabla needs exactly one variable", _pos(c))
        return GRAD(c[2], indices[0])

    # --- sums and products --------------------------------------------------------------------
    def index(self, c: list[Any]) -> Any:
        return _symbol(str(c[0]))

    def limits_word(self, c: list[Any]) -> Any:
        names = str(c[0]).split()
        upper = c[1].value if len(c) > 1 else None
        if len(names) != 1 or names[0].isdigit():
            if upper is None and all(not x.isdigit() for x in names):
                return [_Limits(_symbol(x), None, None) for x in names]
            raise LatexError(f"cannot read the summation index from '{' '.join(names)}'", _pos(c))
        return [_Limits(_symbol(names[0]), None, upper)]

    def limits_eq(self, c: list[Any]) -> Any:
        index, rel, lower = c[0], c[1], c[2]
        if str(rel) not in ("=", "=="):
            raise LatexError(f"summation limit with '{rel}' is not supported", _pos(c))
        upper = c[3].value if len(c) > 3 else None
        return [_Limits(index, lower, upper)]

    def limits_stack(self, c: list[Any]) -> Any:
        index, rel, lower = c[0], c[1], c[2]
        if str(rel) not in ("=", "=="):
            raise LatexError(f"summation limit with '{rel}' is not supported", _pos(c))
        conds = c[3]
        upper = c[4].value if len(c) > 4 else None
        return [_Limits(index, lower, upper, sympy.And(*conds))]

    def stack_conds(self, c: list[Any]) -> Any:
        return list(c)

    def bigop(self, c: list[Any]) -> Any:
        is_sum = c[0].type == SUM
        limits: list[_Limits] = c[1]
        body = c[2]
        bounds = []
        for lim in limits:
            lo, hi = implicit_bounds(lim.index)
            if lim.condition is not None:
                body = sympy.Piecewise((body, lim.condition), (0 if is_sum else 1, True))
            lower = lim.lower if lim.lower is not None else lo
            upper = lim.upper if lim.upper is not None else hi
            bounds.append((lim.index, lower, upper))
        return (sympy.Sum if is_sum else sympy.Product)(body, *bounds)

    # --- matrices, cases, indicators -------------------------------------------------------------
    def mrow(self, c: list[Any]) -> Any:
        return list(c)

    def matrix(self, c: list[Any]) -> Any:
        width = {len(r) for r in c}
        if len(width) != 1:
            raise LatexError("matrix rows have different lengths")
        return sympy.ImmutableMatrix(c)

    def sep(self, c: list[Any]) -> Any:
        return None

    def cond(self, c: list[Any]) -> Any:
        parts = []
        left = c[0]
        for k in range(1, len(c), 2):
            rel, right = str(c[k]), c[k + 1]
            parts.append(_RELATIONS[rel](left, right))
            left = right
        return sympy.And(*parts)

    def otherwise(self, c: list[Any]) -> Any:
        return sympy.true

    def case(self, c: list[Any]) -> Any:
        return (c[0], c[-1])

    def cases(self, c: list[Any]) -> Any:
        return sympy.Piecewise(*c)

    def indicator(self, c: list[Any]) -> Any:
        return sympy.Piecewise((1, c[1]), (0, True))


@cache
def _lark() -> Lark:
    return Lark(GRAMMAR, parser="lalr", lexer=_TokenFeed, transformer=_Builder(), maybe_placeholders=False)


def _describe(tok: Token | None) -> str:
    if tok is None:
        return "end of input"
    if tok.type in DESCRIBE:
        return DESCRIBE[tok.type]
    return f"'{tok.value}'"


def _lark_error(exc: UnexpectedInput, toks: list[Tok]) -> LatexError:
    """A readable message for a grammar error (``toks``: the input, to look at what came before)."""
    tok = getattr(exc, "token", None)
    if isinstance(exc, UnexpectedEOF) or (tok is not None and tok.type == "$END"):
        return LatexError("unexpected end of formula (missing operand or unbalanced bracket?)")
    if isinstance(exc, UnexpectedToken) and tok is not None:
        column = tok.start_pos + 1 if tok.start_pos is not None else None
        if tok.type == "REL":
            return LatexError(
                f"relation '{tok.value}' inside a formula: chains must be split at relations first", column
            )
        previous = [t for t in toks if t.pos < (tok.start_pos or 0)]
        if tok.type == "PARTIAL" or (previous and previous[-1].type == PARTIAL):
            return LatexError("'\\partial' outside a fraction \\frac{\\partial …}{\\partial x}", column)
        if tok.type in ("_COMMA",):
            return LatexError("a comma outside a function call (tuples and lists are not supported)", column)
        if tok.type in ("_AMP", "_ROWSEP"):
            return LatexError(f"{_describe(tok)} outside a matrix or cases environment", column)
        return LatexError(f"unexpected {_describe(tok)}", column)
    if isinstance(exc, UnexpectedCharacters):
        return LatexError("unexpected character", getattr(exc, "column", None))
    return LatexError(f"cannot parse: {exc}")


def tokenize(src: str, functions: frozenset[str] = DEFAULT_FUNCTIONS) -> list[Tok]:
    """The token list fed to the grammar (exposed for debugging and tests)."""
    token = _OPTIONS.set(_Opts(functions=functions))
    try:
        toks = _Tokenizer(src).run()
    finally:
        _OPTIONS.reset(token)
    _check_nesting(toks)
    return _rewrite(toks, functions)


def parse_latex(
    src: str,
    *,
    prime_var: sympy.Symbol | sympy.Indexed | None = None,
    functions: frozenset[str] = DEFAULT_FUNCTIONS,
    noncommutative: frozenset[str] = frozenset(),
) -> sympy.Expr:
    """Parse one formula (no relation sign at top level) into a neutral SymPy tree.

    Raises ``LatexError`` for anything it cannot read faithfully; never any other exception.
    """
    if not isinstance(src, str):
        raise LatexError("formula must be a string")
    if len(src) > MAX_SOURCE_CHARS:
        raise LatexError(f"formula too long ({len(src)} characters, limit {MAX_SOURCE_CHARS})")
    if not src.strip():
        raise LatexError("empty formula")
    parser = _lark()  # outside the try: a broken grammar must crash loudly, not look like bad input
    token = _OPTIONS.set(_Opts(prime_var, frozenset(functions), frozenset(noncommutative)))
    try:
        toks = _Tokenizer(src).run()
        _check_nesting(toks)
        toks = _rewrite(toks, frozenset(functions))
        return parser.parse(toks)  # type: ignore[return-value]
    except LatexError:
        raise
    except UnexpectedInput as exc:
        raise _lark_error(exc, toks) from None
    except RecursionError:
        raise LatexError("formula nested too deeply") from None
    except (LarkError, Exception) as exc:  # SymPy may reject a construct in many ways: report, never crash
        raise LatexError(f"cannot build this formula: {type(exc).__name__}: {exc}") from exc
    finally:
        _OPTIONS.reset(token)
