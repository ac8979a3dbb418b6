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

# the estimate of a function is one too: \hat{f}(\mathbf{x}) is f̂ at x (bias-variance notes), not f̂ times x
# the letters notes name indices by (``i = j``, ``k = K + 1``, ``\sum_q``), read so unless the notes say otherwise
INDEX_LETTERS: frozenset[str] = frozenset("ijklmnpqr")
DEFAULT_FUNCTIONS: frozenset[str] = frozenset({"sigma", "softmax", "relu", "f", "g", "h", "ell", "l", "fhat", "ghat"})

TRANSPOSE = sympy.Function("transpose")
GRAD = sympy.Function("grad")
HESSIAN = sympy.Function("hessian")
#: ``\frac{\partial f}{\partial X^\top}`` = BY_TRANSPOSE(Derivative(f, X)): a derivative by the transpose of a
#: name (the gradient's transpose for a scalar f, the Jacobian ∂f_i/∂x_j for a vector f)
BY_TRANSPOSE = sympy.Function("bytranspose")
#: ``\frac{\partial f}{\partial \Sigma^{-1}}`` = BY_INVERSE(Derivative(f, Σ)): a derivative by the inverse of a
#: name (the precision matrix of Gaussian likelihoods), given its meaning by documents.inversevariable
BY_INVERSE = sympy.Function("byinverse")
NORM = sympy.Function("norm")
HADAMARD = sympy.Function("hadamard")
HDIVIDE = sympy.Function("hdivide")  # a \oslash b: entry-wise division
KRON = sympy.Function("kron")
INNER = sympy.Function("inner")
MATRIX_FUNCTIONS = {"tr": "tr", "trace": "tr", "Tr": "tr", "diag": "diag", "det": "det"}
MATRIX_FUNCTION_NAMES = frozenset(MATRIX_FUNCTIONS.values())
#: Words that name a function when written in math without a backslash (``grad_x f``, ``softplus(x)``,
#: ``tr AB``): never a product of their letters (gaps19: ``grad_x`` was g·r·a·d_x). The elementary
#: functions (exp, log, tanh, …) and softmax/relu/sigmoid are read as functions already.
FUNCTION_WORDS = frozenset(
    {"grad", "softplus", "logsumexp", "logit", "softsign", "silu", "swish", "gelu", *MATRIX_FUNCTIONS}
)
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

    @property
    def _diff_wrt(self) -> bool:  # type: ignore[override]
        """A slice of a name (``W_{:,j}``) is a variable a derivative may be taken by (its entries'
        partials, the resolver's); an entry of a function's value is not."""
        return sliced(self) is not None


#: the ``:`` of a slice, ``w_{:,j}`` → ``Component(w, ALL, j)`` (column j of w; ``W_{i,:}``: row i)
ALL = sympy.Symbol("slice__all")


def sliced(v: sympy.Basic) -> sympy.Symbol | None:
    """The name ``v`` is a slice of (``W_{:,j}`` → W), None where it is no slice of a name."""
    if isinstance(v, Component) and ALL in v.args[1:] and isinstance(v.args[0], sympy.Symbol):
        return v.args[0]
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
    "varsigma": "varsigma",  # a separate letter: notes use it for softmax beside σ for the logistic
    "varpi": "pi",
    "varkappa": "kappa",
}
#: every Greek letter name (variants too) as a regex alternation, longest first: for the modules that
#: find ``\alpha_i``-like names in raw text before parsing (documents.labelled, documents.boldlabels)
GREEK_ALTERNATION = "|".join(sorted(GREEK | GREEK_VARIANTS.keys(), key=lambda g: (-len(g), g)))
ELEMENTARY = frozenset(
    "exp log ln sin cos tan sinh cosh tanh arcsin arccos arctan sqrt max min abs erf erfc sign sgn"
    " sec csc cot coth sech csch arsinh arcosh artanh arcsinh arccosh arctanh".split()
)
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
#: the symbol an upright i (``\mathrm{i}``) is built as: the imaginary unit, which the resolver reads as I (fresh51)
IMAGINARY_UNIT = "imaginaryunit"
DECORATIONS = frozenset({"underline", "boxed", "cancel", "bcancel", "xcancel", "textcircled", "fbox"})
SPACING = frozenset(
    {",", ";", "!", ":", " ", ">", "quad", "qquad", "displaystyle", "textstyle", "scriptstyle",
     "scriptscriptstyle", "limits", "nolimits", "enspace", "thinspace", "medspace", "thickspace",
     "negthinspace", "negmedspace", "nonumber", "notag", "left.", "right.", "tiny", "scriptsize",
     "footnotesize", "small", "normalsize", "large", "Large", "LARGE", "huge", "Huge", "bf", "rm", "it",
     "sf", "tt", "boldmath", "unboldmath", "mathstrut", "strut", "allowbreak", "relax", "middle"}
)  # fmt: skip
SKIP_WITH_ARG = frozenset({"hspace", "vspace", "phantom", "hphantom", "vphantom", "label", "tag", "color"})
BIG = frozenset({"big", "Big", "bigg", "Bigg", "bigl", "Bigl", "biggl", "Biggl", "bigr", "Bigr", "biggr",
                 "Biggr", "bigm", "Bigm"})  # fmt: skip
ELLIPSES = frozenset({"dots", "cdots", "ldots", "vdots", "ddots", "dotsc", "dotsb", "dotsm", "dotsi"})
RELATION_COMMANDS = {"leq": "<=", "le": "<=", "leqslant": "<=", "geq": ">=", "ge": ">=", "geqslant": ">=",
                     "neq": "!=", "ne": "!=", "lt": "<", "gt": ">"}  # fmt: skip
# Notation that cannot be checked: refused with the reason (the checker reports the step SKIPPED)
UNCHECKABLE = {
    "int": "an integral \\int cannot be checked", "iint": "an integral \\iint cannot be checked",
    "iiint": "an integral \\iiint cannot be checked", "oint": "an integral \\oint cannot be checked",
    "lim": "a limit \\lim cannot be checked", "limsup": "a limit \\limsup cannot be checked",
    "liminf": "a limit \\liminf cannot be checked", "arg": "an optimisation \\arg\\max / \\arg\\min cannot be checked",
    "argmax": "an optimisation argmax cannot be checked", "argmin": "an optimisation argmin cannot be checked",
    "sup": "a supremum \\sup cannot be checked", "inf": "an infimum \\inf cannot be checked",
    "vdots": "a vertical ellipsis \\vdots cannot be checked (write the entries out)",
    "E": "an expectation E[…] cannot be checked", "Var": "a variance Var(…) cannot be checked",
    "Cov": "a covariance Cov(…) cannot be checked", "Pr": "a probability Pr(…) cannot be checked",
}  # fmt: skip
UNCHECKABLE_WORDS = frozenset({"argmax", "argmin", "E", "Var", "Cov", "Pr", "var", "cov"})
UNSUPPORTED_RELATIONS = frozenset(
    "in notin subset subseteq approx sim propto equiv to rightarrow mapsto implies Rightarrow coloneqq "
    "triangleq".split()
)
# Standard commands that are not quantities: never read as an opaque macro defined elsewhere
NOT_QUANTITIES = frozenset(
    "pm mp forall exists nexists neg lnot land lor wedge vee cap cup setminus emptyset varnothing subset "
    "supset perp parallel dagger ddagger therefore because iff implies impliedby Leftrightarrow "
    "leftrightarrow leftarrow Leftarrow gets longrightarrow Longrightarrow longleftarrow Longleftarrow "
    "uparrow downarrow checkmark square blacksquare qed oplus ominus bigoplus bigotimes bigcup bigcap ll gg "
    "prec succ simeq cong asymp models vdash dashv bot angle not cancel cancelto operatorname mathop limits "
    "nolimits sqcup uplus bullet star circ diamond triangle triangledown nabla partial hline cline "
    "ensuremath hfill vfill newline linebreak par item label ref eqref cite".split()
)
MATRIX_ENVS = frozenset({"matrix", "pmatrix", "bmatrix", "Bmatrix", "smallmatrix", "array"})
CASES_ENVS = frozenset({"cases", "dcases", "rcases"})
OTHERWISE_WORDS = frozenset({"otherwise", "else", "sonst"})
IF_WORDS = frozenset({"if", "for", "when", "falls", "wenn"})
NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*")
NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")

# Unicode math as people paste it: the LaTeX command (or character) it stands for
UNICODE_COMMANDS = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ϵ": "epsilon", "ζ": "zeta",
    "η": "eta", "θ": "theta", "ϑ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu",
    "ξ": "xi", "π": "pi", "ρ": "rho", "σ": "sigma", "ς": "varsigma", "τ": "tau", "υ": "upsilon",
    "φ": "phi", "ϕ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega", "Γ": "Gamma", "Δ": "Delta",
    "Θ": "Theta", "Λ": "Lambda", "Ξ": "Xi", "Π": "Pi", "Σ": "Sigma", "Φ": "Phi", "Ψ": "Psi", "Ω": "Omega",
    "ℓ": "ell", "∂": "partial", "∇": "nabla", "∑": "sum", "∏": "prod", "∞": "infty", "⋅": "cdot",
    "∙": "cdot", "∗": "ast", "÷": "div", "≤": "leq", "≥": "geq", "≠": "neq", "⊙": "odot", "⊘": "oslash", "∘": "circ",
    "⊗": "otimes", "⟨": "langle", "⟩": "rangle", "‖": "|", "∫": "int", "∈": "in", "≈": "approx",
    "∼": "sim", "∝": "propto", "→": "to", "⇒": "Rightarrow", "≡": "equiv", "…": "ldots", "⋯": "cdots",
    "⋮": "vdots", "√": "sqrt", "⊤": "top", "ᵀ": "top",
}  # fmt: skip
UNICODE_SUPERSCRIPTS = {"⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7",
                        "⁸": "8", "⁹": "9", "ᵀ": "T", "⁻": "-", "ⁱ": "i", "ⁿ": "n", "ᵃ": "a", "ᵇ": "b", "ᶜ": "c",
                        "ᵈ": "d", "ᵉ": "e", "ᶠ": "f", "ᵍ": "g", "ʰ": "h", "ʲ": "j", "ᵏ": "k", "ˡ": "l", "ᵐ": "m",
                        "ᵒ": "o", "ᵖ": "p", "ʳ": "r", "ˢ": "s", "ᵗ": "t", "ᵘ": "u", "ᵛ": "v", "ʷ": "w", "ˣ": "x",
                        "ʸ": "y", "ᶻ": "z"}  # fmt: skip (fresh64: eˣ, xᵏ, aᵖ, every letter that has one)
UNICODE_SUBSCRIPTS = {"₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8",
                      "₉": "9", "ᵢ": "i", "ⱼ": "j", "ₖ": "k", "ₙ": "n", "ₐ": "a", "ₑ": "e", "ₕ": "h", "ₗ": "l",
                      "ₘ": "m", "ₒ": "o", "ₚ": "p", "ᵣ": "r", "ₛ": "s", "ₜ": "t", "ᵤ": "u", "ᵥ": "v",
                      "ₓ": "x"}  # fmt: skip (ids44: ∇ₓ, θₜ: every letter Unicode has a subscript of)
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00a0\u2009\u202f")

# Token types (names starting with "_" are dropped from the parse tree by lark).
NUMBER = "NUMBER"
LETTER = "LETTER"
GREEKT = "GREEK"
IDENT = "IDENT"
TEXTNAME = "TEXTNAME"
TEXTWORD = "TEXTWORD"  # a \text{word}: below a name it is part of the name (w_{\text{ML}}); else as TEXTNAME
FNAME = "FNAME"
ONEST = "ONES"
ZEROST = "ZEROS"
INFTY = "INFTY"
EXP_E = "EXP_E"
FUNC = "FUNC"
FUNCID = "FUNCID"
EXPECT = "EXPECT"  # \mathbb{E}, E[ (value "E" or "E_<subscript>"): an expectation, brackets follow
PROBHEAD = "PROBHEAD"  # \Pr(, \mathbb{P}(: a probability written as one, read by latex.probability
STAT = "STAT"  # \text{Var}, \operatorname{Cov}, \text{Bias} (value "Var" or "Var_<subscript>")
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
HPROD = "HPROD"  # ⊙ ∘ ⊗: entry-wise and Kronecker products (their own precedence level)
LABEL = "_LABEL"  # a superscript read as an index (x^{(i)}, or x^n under superscripts="index")
LTUPLE = "_LTUPLE"  # the '(' of a tuple (a, b, c) standing alone: a column vector
LCALL = "_LCALL"  # the '(' of \frac{dg}{dx}(x): an application, not a product
NBAR = "NBAR"  # ‖ or \| whose side is decided by context
LNORM = "_LNORM"
RNORM = "_RNORM"
LANGLE = "_LANGLE"
RANGLE = "_RANGLE"
LEFTDOT = "LEFTDOT"  # \left. (dropped unless it opens an evaluation bar)
LEVAL = "_LEVAL"
REVAL = "_REVAL"
COLON = "_COLON"
STAR = "STAR"
FACTORIAL = "FACTORIAL"
INREL = "IN"  # \in: accepted in a summation subscript only  # a superscript * (y^*): part of the name
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
                "]": RBRACK, ",": COMMA, "&": AMP, "'": PRIME, "|": BAR, "·": MULOP, "×": MULOP,
                "′": PRIME, "–": MINUS, ";": COMMA}  # fmt: skip
OPENERS = {LBRACE: RBRACE, LPAREN: RPAREN, LBRACK: RBRACK, LCURLY: RCURLY, BEGIN_MATRIX: END_MATRIX,
           BEGIN_CASES: END_CASES, LANGLE: RANGLE, LCALL: RPAREN, LTUPLE: RPAREN}  # fmt: skip
CLOSERS = frozenset(OPENERS.values())
NAMEISH = frozenset({LETTER, GREEKT, IDENT})
ENDS_OPERAND = frozenset({NUMBER, LETTER, GREEKT, IDENT, ONEST, ZEROST, INFTY, RPAREN, RBRACE, RBRACK, RCURLY,
                          RBAR, SUBWORD, TRANSPOSET, PRIME, END_MATRIX, END_CASES, RNORM, RANGLE, STAR,
                          FACTORIAL})  # fmt: skip

DESCRIBE = {
    LBRACE: "'{'", RBRACE: "'}'", LPAREN: "'('", RPAREN: "')'", LBRACK: "'['", RBRACK: "']'",
    LCURLY: "'\\{'", RCURLY: "'\\}'", LBAR: "'|'", RBAR: "'|'", COMMA: "','", AMP: "'&'",
    ROWSEP: "'\\\\'", CARET: "'^'", UNDER: "'_'", "$END": "end of input", LNORM: "'‖'", RNORM: "'‖'",
    LANGLE: "'⟨'", RANGLE: "'⟩'", LCALL: "'('", COLON: "':'", LABEL: "'^'",
}  # fmt: skip


@dataclass(slots=True)
class Tok:
    type: str
    value: str
    pos: int


def matching_closer(toks: list[Tok], i: int) -> int:
    """Index of the closer matching the opener at ``i`` (bars excluded), or -1: the one bracket matcher of
    the rewrite passes (rewrite, probability, scaledtuples), so they agree on what a group is."""
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


def matching_opener(toks: list[Tok], j: int) -> int:
    """Index of the opener matched by the closer at ``j`` (the mirror of :func:`matching_closer`), or -1."""
    depth = 0
    for k in range(j, -1, -1):
        t = toks[k].type
        if t in CLOSERS:
            depth += 1
        elif t in OPENERS:
            depth -= 1
            if depth == 0:
                return k
    return -1


# ---------------------------------------------------------------------------------------------
# Options of one parse (a context variable, so the lark callbacks can read them)


CALLS = ("auto", "apply", "multiply")
SUPERSCRIPTS = ("power", "index")
ARGUMENTS = ("factor", "product")
SUBSCRIPTS = ("number", "digits")
PARTIALS = ("written", "restored")
MACROS = ("opaque", "refused")


@dataclass(frozen=True)
class Options:
    r"""How one parse reads ambiguous notation (see :func:`verifier.latex.parser.parse_latex`).

    ``calls``: is ``name(…)`` an application? "auto": names in ``functions``, built-ins, primed
    names, ``\operatorname``/``\mathrm`` names, multi-letter names (``CrossEntropy``) and calls
    with several arguments; "apply": every name written directly before ``(``; "multiply": only
    ``functions`` and built-ins. ``superscripts``: is a letter superscript ``x^n`` a power
    ("power") or a sample index ("index")? ``arguments``: does ``\\log 2\\pi\\sigma^2`` take the
    next factor ("factor": ``\\log(2\\pi)\\sigma^2``) or the whole product after it ("product")?
    ``subscripts``: is ``w_{12}`` entry 12 ("number") or entry (1, 2) ("digits")? ``partials``:
    is a ``\\partial`` forgotten on one side of a derivative refused ("written") or restored?
    ``macros``: is an unknown control word without arguments (``\\w``, defined in a file the notes
    ``\\input``) an opaque quantity named ``\\w`` ("opaque") or refused ("refused")? See
    :mod:`verifier.latex.opaque` for what a checker may conclude from such a reading.
    """

    prime_var: sympy.Symbol | sympy.Indexed | None = None
    functions: frozenset[str] = DEFAULT_FUNCTIONS
    noncommutative: frozenset[str] = frozenset()
    calls: str = "auto"
    superscripts: str = "power"
    arguments: str = "factor"
    subscripts: str = "number"
    partials: str = "written"
    macros: str = "opaque"


DEFAULT_OPTIONS = Options()
OPTIONS: ContextVar[Options | None] = ContextVar("latex_parse_options", default=None)


def options() -> Options:
    return OPTIONS.get() or DEFAULT_OPTIONS


def ellipsis_reason(src: str, name: str, start: int, end: int) -> str:
    r"""Why the ellipsis ``\\name`` at ``src[start:end]`` is refused: between commas it stands for the middle of
    an argument list (``f(x_1, \\cdots, x_n)``), whose arguments cannot be told one by one; otherwise for
    terms left out (a sum or a product written by its ends that documents.ellipsis could not read)."""
    if src[:start].rstrip().endswith(",") and src[end:].lstrip().startswith(","):
        return (f"ellipsis \\{name} in a list or an argument list (f(x_1, \\{name}, x_n)) cannot be checked: its "
                "entries cannot be told one by one (write the function of the vector, or the entries out)")
    return f"ellipsis \\{name} cannot be checked (write the expression out or use a sum)"
