r"""Source text → tokens, by TeX's lexical rules (commands, one-character arguments, letter runs).

No decision that needs context is taken here beyond what TeX itself takes; the rewrite pass
(:mod:`verifier.latex.rewrite`) does those. Recursion is bounded by ``MAX_NESTING``.
"""

from __future__ import annotations

import re
from typing import NoReturn

from verifier.latex.braces import brace_end
from verifier.latex.functionals import STATISTICS
from verifier.latex.integrals import MARK as INTEGRAL_MARK
from verifier.latex.integrals import bounds, differential
from verifier.latex.numberwriting import repeating_decimal, scientific_end, typeset_number
from verifier.latex.punctuation import without_row_punctuation
from verifier.latex.roundingbrackets import ROUNDING_BRACKETS, ROUNDING_WORDS, rounding_bracket
from verifier.latex.special import BETA_WORDS
from verifier.latex.unicodetyping import typed
from verifier.latex.units import UNITS, currency_end, unit_end
from verifier.latex.vocabulary import (
    ACCENTS,
    BAR,
    BEGIN_CASES,
    BEGIN_MATRIX,
    BIG,
    BOLD,
    CARET,
    CASES_ENVS,
    CLOSERS,
    COLON,
    COMMA,
    DECORATIONS,
    DIV,
    DSTAR,
    ELEMENTARY,
    ELLIPSES,
    END_CASES,
    END_MATRIX,
    EXPECT,
    FACTORIAL,
    FNAME,
    FRAC,
    FUNC,
    FUNCTION_WORDS,
    GREEK,
    GREEK_VARIANTS,
    GREEKT,
    HPROD,
    IDENT,
    IF,
    IF_WORDS,
    IMAGINARY_UNIT,
    INFTY,
    INREL,
    INVISIBLE,
    LANGLE,
    LBAR,
    LBRACE,
    LBRACK,
    LCURLY,
    LEFTDOT,
    LETTER,
    LNORM,
    LPAREN,
    LTUPLE,
    MATRIX_ENVS,
    MATRIX_FUNCTIONS,
    MAX_NESTING,
    MAX_TOKENS,
    MINUS,
    ML_FUNCTIONS,
    MULOP,
    NABLA,
    NAME_RE,
    NAMEISH,
    NBAR,
    NOT_QUANTITIES,
    NUMBER,
    NUMBER_RE,
    ONEST,
    OPENERS,
    OTHERWISE,
    OTHERWISE_WORDS,
    PARTIAL,
    PRIME,
    PROBHEAD,
    PROD,
    RANGLE,
    RBAR,
    RBRACE,
    RBRACK,
    RCURLY,
    REL,
    RELATION_COMMANDS,
    RIGHTBAR,
    RNORM,
    ROWSEP,
    RPAREN,
    SINGLE_CHARS,
    SKIP_WITH_ARG,
    SPACING,
    SQRT,
    STAR,
    STAT,
    SUBSTACK,
    SUM,
    TEXTLIKE,
    TEXTNAME,
    TEXTWORD,
    TOP,
    UNCHECKABLE,
    UNCHECKABLE_WORDS,
    UNDER,
    UNICODE_COMMANDS,
    UNICODE_SUBSCRIPTS,
    UNICODE_SUPERSCRIPTS,
    UNSUPPORTED_RELATIONS,
    ZEROST,
    LatexError,
    Tok,
    ellipsis_reason,
    options,
)

_SIGN_SUPERSCRIPT = re.compile(r"[+-]|\{\s*[+-]\s*\}")
# \sigma'(x), \sigma^{\prime}(x), \sigma^{\prime \prime}(x) (OCR writes every prime in one group): a call
_PRIMED_CALL = re.compile(r"(?:['′″]|\\prime\b|\^\s*\{\s*(?:\\prime\b\s*)+\}|\^\s*\\prime\b)+\s*\(")
_SIGN_SUPERSCRIPT_AT = re.compile(r"(\S)\s*\^\s*([+-]|\{\s*[+-]\s*\})")
# f_{\text{1}}: the opening of a text subscript (documents.labelled writes a number labelling a function so)
_LABEL_OPEN = re.compile(r"_\s*\{\s*\\text\s*\{\s*$")
# k_{\text{3over2}}: the word documents.labelled writes for a fraction labelling a function (k_{3/2}(r))
_FRACTION_LABEL = re.compile(r"\d+over\d+")
# \\[6pt], \\*[0.5em] after a row separator: the rows' spacing, never the start of the next row (fresh46)
_ROW_SPACING = re.compile(r"\*?(?:\s*\[\s*-?\d*\.?\d+\s*(?:pt|em|ex|mm|cm|in|bp|pc|dd|cc|sp|mu)\s*\])?")
# x_{\mathrm{train}}, L_{\mathit{val}}: a word in roman (italic, sans) type as a whole subscript labels its name as
# \text does; read as a name it was an index "train", and x_{\mathrm{tr}} the trace (gaps37)
_FONT_LABEL = re.compile(r"_\s*\{\s*\\(?:mathrm|textrm|mathit|textit|mathsf|textsf|textnormal)\s*\{\s*$")
_LABEL_CLOSE = re.compile(r"\s*\}\s*\}")
# \rho_{\mathrm{C}}, b_{\mathrm{T}}: one upright letter as the whole subscript is a label too (indices are set in
# italic; \mathit{i} stays the index i) — read as an index, a function so labelled had "no entry C" (fresh40)
_UPRIGHT = frozenset({"mathrm", "textrm", "mathsf", "textsf", "textnormal"})
# e^{2\pi\mathrm{i}/N}: an upright i (not a whole subscript) is the imaginary unit, as ISO typesetting writes it;
# an italic i stays a letter (an index, a name)
_UPRIGHT_I = frozenset({"mathrm", "operatorname", "textrm"})
# the placeholder indices the readings of lists and grids write so (documents.readings.LIST_VAR, documents.grids)
_PLACEHOLDER_INDICES = frozenset({"Lidx", "Lidxc"})
# what may follow a superscript that is a lone sign: no operand of an exponent
_AFTER_LONE_SIGN = re.compile(
    r"[})\]=<>+\-,;|&_]|\\(?:(?:right|cdot|times|quad|qquad|le|leq|ge|geq|neq|ne|approx|mid)(?![A-Za-z])|[,;!:\\])"
)
_BAR = re.compile(r"(?<!\\)\|")  # a bar |, not the norm's \|
_SUBSCRIPT_STAR = re.compile(r"\*|\\(?:ast|star)(?![A-Za-z])|\{\s*(?:\*|\\(?:ast|star))\s*\}")

class Tokenizer:
    """Source text → tokens. Recursion is bounded by ``MAX_NESTING`` (arguments of commands)."""

    def __init__(self, src: str) -> None:
        self.s = without_row_punctuation(src)  # 1 & x > 0,\\ …: a sentence's comma (latex.punctuation)
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

    def opens_bracket(self, i: int, j: int) -> bool:
        r"""Does a round bracket open at ``i`` (after spaces; ``\left(``, ``\big(`` too)?"""
        return re.match(r"\s*(?:\\(?:left|bigl?|Bigl?|biggl?|Biggl?)\s*)?\(", self.s[i:j]) is not None

    def opens_probability(self, i: int, j: int) -> bool:
        r"""Does a round or square bracket open at ``i`` (after spaces; ``\left[`` too)? ``\Pr(A)``, ``\Pr[A]``."""
        return re.match(r"\s*(?:\\(?:left|bigl?|Bigl?|biggl?|Biggl?)\s*)?[(\[]", self.s[i:j]) is not None

    def skip_ws(self, i: int, j: int) -> int:
        while i < j and self.s[i] in " \t\r\n~":
            i += 1
        return i

    def subscript_star(self, i: int, j: int) -> int:
        r"""The index after a subscript that is only a star (``*``, ``{*}``, ``\ast``, ``{\star}``), or -1.
        Read as the word ``star`` below the name (``x_*`` → ``x_star``), apart from ``x^*``."""
        m = _SUBSCRIPT_STAR.match(self.s, self.skip_ws(i, j), j)
        return m.end() if m else -1

    def sign_superscript(self, k: int, j: int) -> int:
        r"""The index after a superscript that is only a sign, or -1: ``{-}``, ``{+}``, or a bare ``-``/``+``
        that nothing an exponent could be follows (the end, a closing bracket, a relation, an operator:
        ``P^- + K``, since LaTeX sets the sign alone as the superscript). ``x^-1``, ``e^-x`` stay powers."""
        m = _SIGN_SUPERSCRIPT.match(self.s, k, j)
        if m is None:
            return -1
        if m.group(0).startswith("{"):
            return m.end()
        if self.lone_sign(m.end(), j):
            return m.end()
        # an operand follows (P^- R): a power in LaTeX's grouping only if the formula never writes this
        # base with the sign alone; where it does (P^- R / (P^- + R)), the sign is the name's here too
        base = self.s[: self.s.rfind("^", 0, k)].rstrip()[-1:]
        return m.end() if base and any(b == base and v == m.group(0) for b, v in self.lone_signs()) else -1

    def lone_sign(self, after: int, j: int) -> bool:
        """Whether nothing an exponent could be follows a sign superscript ending at ``after``."""
        rest = self.skip_ws(after, j)
        if rest < j and self.s[rest] == "|":  # |x^-| closes a bar, p(x^- | y) conditions; e^-|x| opens one
            return len(_BAR.findall(self.s, 0, rest)) % 2 == 1 or len(_BAR.findall(self.s, rest)) % 2 == 1
        return rest >= j or _AFTER_LONE_SIGN.match(self.s, rest, j) is not None

    def lone_signs(self) -> list[tuple[str, str]]:
        """(last character before the ``^``, sign) of every superscript of the formula that is surely a
        sign alone (braced, or followed by no operand)."""
        out = []
        for m in _SIGN_SUPERSCRIPT_AT.finditer(self.s):
            sign = m.group(2).strip("{} ")
            if m.group(2).startswith("{") or self.lone_sign(m.end(), len(self.s)):
                out.append((m.group(1), sign))
        return out

    def group_end(self, i: int, j: int) -> int:
        """Index of the ``}`` matching the ``{`` at ``i`` (escaped braces are skipped)."""
        k = brace_end(self.s, i, j)
        if k < 0:
            self.fail("unbalanced '{'", i)
        return k

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

    def typed_root(self, i: int, j: int, depth: int) -> int:
        """The bracket after a typed ``√`` (at ``i``) as the root's argument: ``√(1 + x²)`` is the root of
        the whole bracket, as ``\\sqrt{1 + x²}`` (fresh64), not of its opening bracket alone."""
        level = 0
        for k in range(i, j):
            level += {"(": 1, ")": -1}.get(self.s[k], 0)
            if level == 0:
                self.emit(LBRACE, "{", i)
                self.lex_range(i, k + 1, depth + 1)
                self.emit(RBRACE, "}", k)
                return k + 1
        self.fail("unbalanced '(' after √", i)

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
        if c in " \t\r\n~" or c in INVISIBLE:
            return i + 1
        if c in UNICODE_SUPERSCRIPTS or c in UNICODE_SUBSCRIPTS:
            return self.unicode_script(i, j)
        if c in UNICODE_COMMANDS:
            return self.command_named(UNICODE_COMMANDS[c], i, i + 1, j, depth)
        if c == "𝔼":  # U+1D53C pasted for \mathbb{E} (fresh36): an expectation before its bracket, as \mathbb{E}
            if self.opens_functional(i + 1, j):
                return self.functional("E", i, i + 1, j)
            self.fail("an expectation \\mathbb{E} written without brackets cannot be checked "
                      "(\\mathbb{E}[…] is read)", i)  # fmt: skip
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
            # 10{,}000 and 15.4\% (latex.numberwriting): one number, and p/100
            value, end, percent = typeset_number(s, i, m.end(), j)
            if not percent and (exponent := scientific_end(s, end, j)) is not None:
                self.fail(f"{s[i : exponent[0]]} is scientific notation or a product with Euler's e: write {value} "
                          f"\\cdot 10^{{{exponent[1]}}}, or the e with spaces (2e - 1)", i)  # fmt: skip
            if not percent and (rep := repeating_decimal(s, value, end, j)) is not None:  # 0.5\overline{3}
                num, den, end = rep
                for kind, text in ((LPAREN, "("), (NUMBER, str(num)), (DIV, "/"), (NUMBER, str(den)), (RPAREN, ")")):
                    self.emit(kind, text, i)
                return end
            end = unit_end(s, end, j)  # 0.511 \text{ nats}: what the number measures (latex.units)
            if len(value) > 1000:
                self.fail("number literal too long", i)
            if percent:
                self.emit(LPAREN, "(", i)
            self.emit(NUMBER, value, i)
            if percent:
                self.emit(DIV, "/", i)
                self.emit(NUMBER, "100", i)
                self.emit(RPAREN, ")", i)
            return end
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
            if (after := currency_end(s, i, j)) > i:  # \$5: a price is the number (latex.units)
                return after
            return self.command(i, j, depth, single)
        if c == "{":
            self.emit(LBRACE, "{", i)
            return i + 1
        if c == "}":
            self.emit(RBRACE, "}", i)
            return i + 1
        if c == "^":
            k = self.skip_ws(i + 1, j)
            if (after := self.sign_superscript(k, j)) > 0:  # P^-, x^{+}: a prior or updated value's name
                self.emit(STAR, "minus" if "-" in s[k:after] else "plus", i)
                return after
            if k < j and s[k] in "(-":
                self.emit(DSTAR, "^", i)
                return i + 1
            if s.startswith("\\left", k) and not s[k + 5 : k + 6].isalpha():
                self.emit(DSTAR, "^", i)
                return k
            if (k < j and s[k] == "*") or s.startswith(("\\ast", "\\star"), k):
                self.emit(STAR, "*", i)
                return k + 1 if s[k] == "*" else self.command_name(k)[1]
            if k < j and s[k] == "{":
                body = s[k + 1 : self.group_end(k, j)]
                if re.search(r"\\times(?![A-Za-z])", body):
                    self.fail(f"superscript '{{{body}}}' looks like a shape annotation, not a power", i)
            self.emit(CARET, "^", i)
            return self.arg(i + 1, j, depth)
        if c == "_":
            if (after := self.subscript_star(i + 1, j)) > 0:  # x_*, x_{\ast}: a test point's name
                for type_, value in ((UNDER, "_"), (LBRACE, "{"), (TEXTWORD, "star"), (RBRACE, "}")):
                    self.emit(type_, value, i)
                return after
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
                self.emit(FACTORIAL, "!", i)
                return i + 1
            self.emit(REL, c, i)
            return i + 1
        if c in SINGLE_CHARS:
            self.emit(SINGLE_CHARS[c], c, i)
            return i + 1
        if c == ":" and s[i + 1 : i + 2] == "=":
            self.fail("':=' is a definition, not part of a formula", i)
        if c == ":":
            self.emit(COLON, ":", i)
            return i + 1
        if (after := typed(self, c, i)) is not None:  # ″, ½, ŷ, x̂ (latex.unicodetyping)
            return after
        self.fail(f"unexpected character {c!r}", i)

    def letter_run(self, run: str, pos: int) -> None:
        after = self.skip_ws(pos + len(run), len(self.s))
        called = self.s[after : after + 1] == "("
        primed = _PRIMED_CALL.match(self.s[after:]) is not None
        calls = options().calls
        opens = self.s[after : after + 1] in ("(", "[")
        if run in STATISTICS and opens:  # Var(x), Cov(a, b), Bias(f): a statistic (verifier.latex.functionals)
            self.emit(STAT, STATISTICS[run], pos)
            return
        if run in ("argmax", "argmin") or (run in UNCHECKABLE_WORDS and len(run) > 1 and opens):
            self.fail(UNCHECKABLE[run if run in UNCHECKABLE else run.capitalize()], pos)  # Var(x), argmin_w
        if run == "grad":  # grad_x f, grad f: the gradient \nabla written as a word (gaps19)
            self.emit(NABLA, "\\nabla", pos)
        elif run in MATRIX_FUNCTIONS and called:  # tr(A), det(A), diag(x) written without a backslash
            self.emit(FUNC, MATRIX_FUNCTIONS[run], pos)
        elif run in ELEMENTARY:
            self.emit(FUNC, run, pos)
        elif run.lower() in ("softmax", "relu", "sigmoid") or run == "CE":
            self.emit(FNAME, run, pos)
        elif len(run) >= 3 and (run in GREEK or run in GREEK_VARIANTS):
            self.emit(GREEKT, GREEK_VARIANTS.get(run, run), pos)
        elif len(run) > 1 and run in options().functions:
            self.emit(IDENT, run, pos)
        elif run in FUNCTION_WORDS and (called or primed):
            # softplus(x): the function, even where f(x) would be a product; softplus'(x) its derivative
            self.emit(TEXTNAME, run, pos)
        elif run in FUNCTION_WORDS:  # tr AB: tr(A)·B or tr(AB)? Never t·r·A·B (gaps19)
            self.fail(f"{run} is a function written without a backslash or brackets: write {run}(…)", pos)
        elif called and calls != "multiply" and len(run) >= (3 if calls == "auto" else 2):
            self.emit(TEXTNAME, run, pos)  # softmax(θ), CrossEntropy(y, ŷ): a multi-letter function name
        else:
            for k, ch in enumerate(run):
                self.emit(LETTER, ch, pos + k)

    def after_power_of_ten(self) -> bool:
        """Do the tokens so far end with a power of ten, ``10^{20}`` or ``10^{-3}`` (scientific notation)?"""
        tail = [(t.type, t.value) for t in self.out[-6:]]
        if len(tail) >= 5 and tail[-1][0] == RBRACE and tail[-2][0] == NUMBER and tail[-2][1].isdigit():
            head = tail[:-2] if tail[-3][0] != MINUS else tail[:-3]
            return len(head) >= 3 and head[-1][0] == LBRACE and head[-2][0] == CARET and head[-3] == (NUMBER, "10")
        return False

    def name_token(self, text: str, pos: int, end: int, prose: bool = False) -> None:
        r"""The content of ``\text{…}``/``\operatorname{…}``/``\mathrm{…}``."""
        word = text.strip()
        if word in UNITS and self.after_power_of_ten():
            return  # 1.2 \times 10^{20} \text{ FLOPs}: what the number measures, as after a digit (latex.units)
        if word.lower() in OTHERWISE_WORDS:
            self.emit(OTHERWISE, word, pos)
        elif word.lower() in IF_WORDS:
            self.emit(IF, word, pos)
        elif word == "E" and self.s[self.skip_ws(end, len(self.s)) : self.skip_ws(end, len(self.s)) + 1] in ("[", "("):
            self.fail(UNCHECKABLE["E"], pos)  # \mathrm{E}[x]: an expectation (an italic E may be a matrix)
        elif word in BETA_WORDS and self.opens_bracket(end, len(self.s)) and word not in options().functions:
            self.emit(FUNC, "beta", pos)  # \mathrm{B}(a, b): the beta function (verifier.latex.special)
        elif word in ROUNDING_WORDS and self.opens_bracket(end, len(self.s)) and word not in options().functions:
            self.emit(FUNC, word, pos)  # \mathrm{round}(x): the nearest integer (verifier.latex.roundingbrackets)
        elif len(word) == 1 and word.isascii() and word.isalpha():
            self.emit(LETTER, word, pos)
        elif word == "Pr" and self.opens_probability(end, len(self.s)):
            self.emit(PROBHEAD, "P", pos)  # \operatorname{Pr}(A): a probability, as \Pr(A) (latex.probability)
        elif word in UNCHECKABLE_WORDS:
            self.fail(UNCHECKABLE[word if word in UNCHECKABLE else word.capitalize()], pos)
        elif word in MATRIX_FUNCTIONS:
            self.emit(FUNC, MATRIX_FUNCTIONS[word], pos)
        elif prose and (word.isdigit() or _FRACTION_LABEL.fullmatch(word)) and _LABEL_OPEN.search(self.s, 0, pos):
            self.emit(TEXTWORD, word, pos)  # f_{\text{1}}, k_{\text{3over2}}: a number labelling a function
        elif NAME_RE.fullmatch(word):
            if word.lower() in ML_FUNCTIONS:
                self.emit(FNAME, word, pos)
            elif word in ELEMENTARY:
                self.emit(FUNC, word, pos)
            else:
                self.emit(TEXTWORD if prose else TEXTNAME, word, pos)
        else:
            self.fail(f"prose \\text{{{text}}} cannot be checked", pos)

    def unicode_script(self, i: int, j: int) -> int:
        """A run of Unicode super- or subscript characters (x², Wᵀ, x₁): ``^{…}`` / ``_{…}``."""
        table = UNICODE_SUPERSCRIPTS if self.s[i] in UNICODE_SUPERSCRIPTS else UNICODE_SUBSCRIPTS
        k = i
        while k < j and self.s[k] in table:
            k += 1
        text = "".join(table[ch] for ch in self.s[i:k])
        self.emit(CARET if table is UNICODE_SUPERSCRIPTS else UNDER, "^", i)
        self.emit(LBRACE, "{", i)
        for n, m in enumerate(re.finditer(r"\d+|[A-Za-z]|-", text)):
            part = m.group()
            if table is UNICODE_SUPERSCRIPTS and part.isdigit() and self.out and self.out[-1].type == LETTER:
                # e⁻ˣ²: Unicode has no superscript of a superscript, so digits written against a letter in an
                # exponent are its power (e^{-x^2}), never x·2 (red62); a subscript's x₁₂ stays a label
                for kind, value in ((CARET, "^"), (LBRACE, "{"), (NUMBER, part), (RBRACE, "}")):
                    self.emit(kind, value, i + n)
                continue
            kind = NUMBER if part[0].isdigit() else MINUS if part == "-" else LETTER
            self.emit(kind, part, i + n)
        self.emit(RBRACE, "}", k - 1)
        return k

    def command(self, i: int, j: int, depth: int, single: bool) -> int:
        name, k = self.command_name(i)
        return self.command_named(name, i, k, j, depth)

    def command_named(self, name: str, i: int, k: int, j: int, depth: int) -> int:
        r"""Tokens of the command ``\name`` written at ``i``; ``k`` is the index after its name."""
        if name == "int" and (found := differential(self.s, k, j)) is not None:
            return self.integral(k, depth, found)
        if name == "int" and (limits := bounds(self.s, k, j)) and (found := differential(self.s, limits[2], j, True)):
            return self.integral(k, depth, found, limits)
        if name == "Pr" and self.opens_probability(k, j):
            self.emit(PROBHEAD, "P", i)  # \Pr(A \mid B): a probability, read as P(…) is (latex.probability)
            return k
        if name in UNCHECKABLE:
            self.fail(UNCHECKABLE[name], i)
        if name == "bf" and self.s[self.skip_ws(k, j) : self.skip_ws(k, j) + 1] == "{":
            return self.font("mathbf", i, k, j, depth)  # \bf{x}: written as a command with an argument
        if name == "left" and self.s[self.skip_ws(k, j) : self.skip_ws(k, j) + 1] == ".":
            self.emit(LEFTDOT, "\\left.", i)
            return self.skip_ws(k, j) + 1
        if name in ("|", "Vert", "lVert", "rVert"):
            self.emit({"lVert": LNORM, "rVert": RNORM}.get(name, NBAR), "‖", i)
            return k
        if name in ("langle", "rangle"):
            self.emit(LANGLE if name == "langle" else RANGLE, "\\" + name, i)
            return k
        if name in ROUNDING_BRACKETS:  # \lfloor x \rfloor: floor(x) (verifier.latex.roundingbrackets)
            return rounding_bracket(self, name, i, k)
        if name in ("odot", "circ", "otimes", "oslash"):
            self.emit(HPROD, name, i)
            return k
        if name in MATRIX_FUNCTIONS:
            self.emit(FUNC, MATRIX_FUNCTIONS[name], i)
            return k
        opts = options()
        if name == "Gamma" and self.opens_bracket(k, j) and "Gamma" not in opts.noncommutative | opts.functions:
            # \Gamma(x): the gamma function, never Γ times a bracket, unless the notes define their own Γ
            # (verifier.latex.special, documents.ownspecial)
            self.emit(FUNC, name, i)
            return k
        if name == "binom":  # \binom{n}{k}: the binomial coefficient's two arguments (verifier.latex.special)
            self.emit(FUNC, "binomial", i)
            self.emit(LPAREN, "(", k)
            k = self.arg(k, j, depth)
            self.emit(COMMA, ",", k)
            k = self.arg(k, j, depth)
            self.emit(RPAREN, ")", k)
            return k
        if name == "\\":
            self.emit(ROWSEP, "\\\\", i)
            return _ROW_SPACING.match(self.s, k).end()
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
        if name == "psi" and self.s[k : k + 1] == "(" and "psi" not in options().noncommutative:
            self.emit(TEXTNAME, name, i)  # \psi(v): a function of its argument, never ψ times a bracket (latex.special)
            return k
        if name in GREEK or name in GREEK_VARIANTS:
            self.emit(GREEKT, GREEK_VARIANTS.get(name, name), i)
            return k
        if name in ELLIPSES:
            self.fail(ellipsis_reason(self.s, name, i, k), i)
        if name in RELATION_COMMANDS:
            self.emit(REL, RELATION_COMMANDS[name], i)
            return k
        if name in ELEMENTARY and name not in ("sqrt", "abs"):
            self.emit(FUNC, name, i)
            return k
        simple = {"cdot": MULOP, "times": MULOP, "ast": MULOP, "div": DIV, "partial": PARTIAL, "nabla": NABLA,
                  "sum": SUM, "prod": PROD, "infty": INFTY, "top": TOP, "intercal": TOP, "prime": PRIME,
                  "substack": SUBSTACK, "vert": BAR, "mid": BAR, "lvert": LBAR, "rvert": RBAR, "parallel": NBAR,
                  "star": STAR}  # fmt: skip
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
            if self.s[i] == "√" and k2 < j and self.s[k2] == "(":
                return self.typed_root(k2, j, depth)
            return self.arg(k, j, depth)
        if name == "boxed" and self.s.startswith("\\boxed", self.skip_ws(self.group_end_of_arg(k, j), j)):
            return self.cells(i, k, j, depth)
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
        if name in ("mathds", "mathbbm"):  # dsfont's and bbm's blackboard bold: \mathds{1}, the indicator
            return self.font("mathbb", i, k, j, depth)
        if name in TEXTLIKE:
            text, start, k = self.raw_arg(k, j)
            word = text.strip()
            if (word == "E" or word in STATISTICS) and self.opens_functional(k, j):
                return self.functional(word, i, k, j)
            if "$" in text or "\\" in text:
                self.fail(f"prose \\{name}{{{text}}} cannot be checked", i)
            if (_FONT_LABEL.search(self.s, max(0, start - 40), start) and _LABEL_CLOSE.match(self.s, k - 1)
                    and word.isalpha() and (len(word) > 1 or name in _UPRIGHT) and word.isascii()
                    and word not in _PLACEHOLDER_INDICES):
                self.emit(TEXTWORD, word, start)  # x_{\mathrm{train}}: a label (_FONT_LABEL)
                return k
            if word == "i" and name in _UPRIGHT_I:
                self.emit(IDENT, IMAGINARY_UNIT, start)  # e^{\pi\mathrm{i}/2}: the imaginary unit (fresh51)
                return k
            self.name_token(text, start, k, prose=name.startswith(("text", "mbox")))
            return k
        if name in ("begin", "end"):
            env, _, k = self.raw_arg(k, j)
            env = env.strip()
            if env in MATRIX_ENVS:
                self.emit(BEGIN_MATRIX if name == "begin" else END_MATRIX, f"\\{name}{{{env}}}", i)
                if env == "array" and name == "begin":
                    k = self.raw_arg(k, j)[2]
                return k
            if env in CASES_ENVS:
                self.emit(BEGIN_CASES if name == "begin" else END_CASES, f"\\{name}{{{env}}}", i)
                return k
            if env in ("aligned", "align", "align*", "split", "gathered", "equation", "equation*"):
                self.fail(f"environment {env} holds several equations: split the chain first", i)
            self.fail(f"environment {env} is not supported", i)
        if name == "in":  # only a summation subscript may hold it (\sum_{w \in V}); the grammar decides
            self.emit(INREL, "\\in", i)
            return k
        if name in UNSUPPORTED_RELATIONS:
            self.fail(f"relation \\{name} is not part of a checkable formula", i)
        after = self.s[self.skip_ws(k, j) : self.skip_ws(k, j) + 1]
        if name.isalpha() and name not in NOT_QUANTITIES and after not in ("{", "[") and options().macros == "opaque":
            self.emit(IDENT, "\\" + name, i)  # a macro defined elsewhere (\input): an opaque quantity
            return k
        self.fail(f"unsupported command \\{name}", i)

    def group_end_of_arg(self, k: int, j: int) -> int:
        """The index after the argument that starts at (or after spaces from) ``k``."""
        k = self.skip_ws(k, j)
        if k < j and self.s[k] == "{":
            return self.group_end(k, j) + 1
        return min(k + 1, j)

    def cells(self, i: int, k: int, j: int, depth: int) -> int:
        r"""``\boxed{2}\boxed{3}\boxed{4}``: a vector drawn as a row of cells, read as the column (2, 3, 4).

        Only a run of two or more cells: one ``\boxed{…}`` alone is a decoration of what it frames.
        """
        self.emit(LTUPLE, "(", i)
        first = True
        while True:
            if not first:
                self.emit(COMMA, ",", k)
            first = False
            self.emit(LBRACE, "{", k)
            inner, k = self.sub_tokens(k, j, depth)
            self.out.extend(inner)
            self.emit(RBRACE, "}", k - 1)
            nxt = self.skip_ws(k, j)
            if not self.s.startswith("\\boxed", nxt) or self.s[nxt + 6 : nxt + 7].isalpha():
                break
            k = nxt + 6
        self.emit(RPAREN, ")", k - 1)
        return k

    def font(self, name: str, i: int, k: int, j: int, depth: int) -> int:
        inner, k = self.sub_tokens(k, j, depth)
        if not inner:
            self.fail(f"empty \\{name}{{}}", i)
        head = inner[0]
        if name == "mathbb" and not (len(inner) == 1 and head.value in ("I", "1")):
            if len(inner) == 1 and head.type == LETTER and head.value in "EV" and self.opens_functional(k, j):
                return self.functional("E" if head.value == "E" else "Var", i, k, j)  # \mathbb{E}[…], \mathbb{V}[…]
            if len(inner) == 1 and head.type == LETTER and head.value == "P" and self.opens_probability(k, j):
                self.emit(PROBHEAD, "P", i)  # \mathbb{P}(A): a probability, as \Pr(A) (latex.probability)
                return k
            if len(inner) == 1 and head.type == LETTER and head.value in "EP":
                if head.value == "E":
                    self.fail("an expectation \\mathbb{E} written without brackets cannot be checked "
                              "(\\mathbb{E}[…] is read)", i)  # fmt: skip
                self.fail("a probability \\mathbb{P}[…] cannot be checked", i)
            if len(inner) == 1 and head.type == LETTER and head.value in "RNZQC":
                self.fail(f"the set \\mathbb{{{head.value}}} is not part of a checkable formula", i)
            name = "mathbf"  # \mathbb{x}, \mathbb{\theta}: blackboard bold used as bold
        if name in ("mathbb", "mathcal", "mathscr"):
            if len(inner) == 1 and head.type == NUMBER and head.value == "1":
                self.emit(ONEST, "1", i)
                return k
            if len(inner) != 1 or head.type != LETTER:
                self.fail(f"\\{name} of more than one letter is not supported", i)
            self.emit(IDENT, "I" if name == "mathbb" else head.value + "cal", i)
            return k
        if name in BOLD:
            if head.type == NUMBER and head.value in ("0", "1"):  # \mathbf{1}, \bold{1_n^T}
                self.emit(ONEST if head.value == "1" else ZEROST, head.value, i)
                self.out.extend(inner[1:])
                return k
            depth = 0
            has_comma = False
            for t in inner:
                depth += (t.type in OPENERS) - (t.type in CLOSERS)
                has_comma |= depth == 0 and t.type == COMMA
            if len(inner) == 1 and head.type == LETTER and head.value == "e":
                self.emit(IDENT, "e", head.pos)  # \mathbf{e}: a vector the notes name, never Euler's e^{…}
            elif len(inner) == 1 or has_comma:  # \bf{y, \hat y}: bold over a list of arguments
                self.out.extend(inner)
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

    _OPENERS = ("(", "[", "\\left", "\\big", "\\Big", "\\bigg", "\\Bigg", "\\{", "\\lbrace")

    def opens_functional(self, k: int, j: int) -> bool:
        r"""Does a bracket (after an optional subscript) follow position ``k``? ``\mathbb{E}[…]``,
        ``\mathbb{E}_{x \sim p}\left[…\right]``, ``\text{Var}(…)`` are read; ``\mathbb{E} X`` is not."""
        k = self._skip_thin(k, j)
        if k < j and self.s[k] == "_":
            k = self._skip_thin(self.raw_arg(k + 1, j)[2], j)
        return k < j and self.s.startswith(self._OPENERS, k)

    def _skip_thin(self, k: int, j: int) -> int:
        r"""Spaces and thin spaces (``\!``, ``\,``, ``\;``, ``\:``) written between ``\mathbb{E}`` and its bracket."""
        k = self.skip_ws(k, j)
        while self.s.startswith(("\\!", "\\,", "\\;", "\\:"), k):
            k = self.skip_ws(k + 2, j)
        return k

    def integral(self, k: int, depth: int, found: tuple[int, int, str],
                 limits: tuple[tuple[int, int], tuple[int, int], int] | None = None) -> int:
        r"""``\int body dy`` (the differential found by :func:`verifier.latex.integrals.differential`):
        the body between brackets after one token valued ``∫_y``, read by the grammar as ``E(…)`` is. With
        ``limits`` (:func:`verifier.latex.integrals.bounds`), ``\int_a^b body dy`` is ``∫_y [body, a, b]``, a
        list in an expectation's brackets, built as SymPy's unevaluated integral
        (:mod:`verifier.documents.definiteintegrals`)."""
        start, end, var = found
        if depth > MAX_NESTING:
            self.fail("formula nested too deeply", k)
        self.emit(EXPECT, f"{INTEGRAL_MARK}_{var}", k - 4)
        body = k if limits is None else limits[2]
        self.emit(LPAREN if limits is None else LBRACK, "(" if limits is None else "[", body)
        self.lex_range(body, start, depth + 1)
        for a, b in limits[:2] if limits is not None else ():
            self.emit(COMMA, ",", a)
            self.lex_range(a, b, depth + 1)
        self.emit(RPAREN if limits is None else RBRACK, ")" if limits is None else "]", start)
        return end

    def functional(self, word: str, i: int, k: int, j: int) -> int:
        r"""``\mathbb{E}`` or a statistic's name written at ``i`` (its name ends at ``k``): one token
        carrying the subscript's text (part of the functional's identity); the brackets lex as usual."""
        k = self._skip_thin(k, j)
        label = ""
        if k < j and self.s[k] == "_":
            text, start, k = self.raw_arg(k + 1, j)
            label = " ".join(text.split())
            if not label:
                self.fail("an empty subscript on an expectation", start)
        name = "E" if word == "E" else STATISTICS[word]
        self.emit(EXPECT if name == "E" else STAT, f"{name}_{label}" if label else name, i)
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
            # (as an opener, as a closer, sized without a side: decided by context)
            table = {"{": (LCURLY,) * 3, "}": (RCURLY,) * 3, "lbrace": (LCURLY,) * 3, "rbrace": (RCURLY,) * 3,
                     "vert": (LBAR, BAR, BAR), "lvert": (LBAR,) * 3, "rvert": (RBAR,) * 3,
                     "|": (LNORM, RNORM, NBAR), "Vert": (LNORM, RNORM, NBAR), "lVert": (LNORM,) * 3,
                     "rVert": (RNORM,) * 3, "langle": (LANGLE,) * 3, "rangle": (RANGLE,) * 3}  # fmt: skip
            if dname in ROUNDING_BRACKETS:  # \left\lfloor … \right\rfloor
                return rounding_bracket(self, dname, k, end)
            if dname not in table:
                if name in BIG:
                    return k
                self.fail(f"delimiter \\{dname} is not supported", k)
            left, right, either = table[dname]
            if name in ("left", "bigl", "Bigl", "biggl", "Biggl"):
                kind = left
            elif name in ("right", "bigr", "Bigr", "biggr", "Biggr"):
                kind = right
            else:
                kind = either
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
