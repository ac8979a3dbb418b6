r"""Source text → tokens, by TeX's lexical rules (commands, one-character arguments, letter runs).

No decision that needs context is taken here beyond what TeX itself takes; the rewrite pass
(:mod:`verifier.latex.rewrite`) does those. Recursion is bounded by ``MAX_NESTING``. What a backslash command
lexes to is :mod:`verifier.latex.commandtokens`' (a mixin of :class:`Tokenizer`).
"""

from __future__ import annotations

import re
from typing import NoReturn

from verifier.latex.braces import brace_end
from verifier.latex.commandtokens import _Commands
from verifier.latex.functionals import STATISTICS
from verifier.latex.numberwriting import repeating_decimal, scientific_end, typeset_number
from verifier.latex.punctuation import without_row_punctuation
from verifier.latex.roundingbrackets import ROUNDING_WORDS
from verifier.latex.special import BETA_WORDS
from verifier.latex.unicodetyping import typed
from verifier.latex.units import UNITS, currency_end, unit_end
from verifier.latex.vocabulary import (
    CARET,
    COLON,
    DIV,
    DSTAR,
    ELEMENTARY,
    FACTORIAL,
    FNAME,
    FUNC,
    FUNCTION_WORDS,
    GREEK,
    GREEK_VARIANTS,
    GREEKT,
    IDENT,
    IF,
    IF_WORDS,
    INVISIBLE,
    LBRACE,
    LETTER,
    LPAREN,
    MATRIX_FUNCTIONS,
    MAX_NESTING,
    MAX_TOKENS,
    MINUS,
    ML_FUNCTIONS,
    MULOP,
    NABLA,
    NAME_RE,
    NUMBER,
    NUMBER_RE,
    OTHERWISE,
    OTHERWISE_WORDS,
    PROBHEAD,
    RBRACE,
    REL,
    RPAREN,
    SINGLE_CHARS,
    STAR,
    STAT,
    TEXTNAME,
    TEXTWORD,
    UNCHECKABLE,
    UNCHECKABLE_WORDS,
    UNDER,
    UNICODE_COMMANDS,
    UNICODE_SUBSCRIPTS,
    UNICODE_SUPERSCRIPTS,
    LatexError,
    Tok,
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
# what may follow a superscript that is a lone sign: no operand of an exponent
_AFTER_LONE_SIGN = re.compile(
    r"[})\]=<>+\-,;|&_]|\\(?:(?:right|cdot|times|quad|qquad|le|leq|ge|geq|neq|ne|approx|mid)(?![A-Za-z])|[,;!:\\])"
)
_BAR = re.compile(r"(?<!\\)\|")  # a bar |, not the norm's \|
_SUBSCRIPT_STAR = re.compile(r"\*|\\(?:ast|star)(?![A-Za-z])|\{\s*(?:\*|\\(?:ast|star))\s*\}")

class Tokenizer(_Commands):
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
