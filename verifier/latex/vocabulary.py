"""The parser's shared vocabulary: limits, token kinds, word tables, output markers, errors, options.

Kept apart from the stages (tokenizer, rewrite pass, grammar, tree builder) so that each stage
imports the names it agrees on with the others from one place.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass

import sympy

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
# Options of one parse (a context variable, so the lark callbacks can read them)


@dataclass(frozen=True)
class Options:
    prime_var: sympy.Symbol | sympy.Indexed | None = None
    functions: frozenset[str] = DEFAULT_FUNCTIONS
    noncommutative: frozenset[str] = frozenset()


DEFAULT_OPTIONS = Options()
OPTIONS: ContextVar[Options | None] = ContextVar("latex_parse_options", default=None)


def options() -> Options:
    return OPTIONS.get() or DEFAULT_OPTIONS
