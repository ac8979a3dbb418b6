r"""The tokens of a backslash command: ``\frac``, ``\int … dx``, ``\left( … \right)``, fonts, matrices and cases.

:class:`verifier.latex.tokenizer.Tokenizer` lexes the letters, digits, scripts and brackets of a formula; a command
(``\name``) it hands to this mixin (``command``): what each command lexes to, the arguments it takes, an integral
with its differential, a functional's brackets (``\mathbb{E}[…]``), a font that labels a subscript
(``x_{\mathrm{train}}``), the cells of a matrix or of cases, and a sized delimiter. It uses the tokenizer's state
(``s``, ``out``) and its lexing of ranges and arguments.
"""

from __future__ import annotations

import re
from typing import Any

from verifier.latex.functionals import STATISTICS
from verifier.latex.integrals import MARK as INTEGRAL_MARK
from verifier.latex.integrals import bounds, differential
from verifier.latex.roundingbrackets import ROUNDING_BRACKETS, rounding_bracket
from verifier.latex.vocabulary import (
    ACCENTS,
    BAR,
    BEGIN_CASES,
    BEGIN_MATRIX,
    BIG,
    BOLD,
    CASES_ENVS,
    CLOSERS,
    COMMA,
    DECORATIONS,
    DIV,
    ELEMENTARY,
    ELLIPSES,
    END_CASES,
    END_MATRIX,
    EXPECT,
    FRAC,
    FUNC,
    GREEK,
    GREEK_VARIANTS,
    GREEKT,
    HPROD,
    IDENT,
    IMAGINARY_UNIT,
    INFTY,
    INREL,
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
    MULOP,
    NABLA,
    NAMEISH,
    NBAR,
    NOT_QUANTITIES,
    NUMBER,
    ONEST,
    OPENERS,
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
    UNSUPPORTED_RELATIONS,
    ZEROST,
    Tok,
    ellipsis_reason,
    options,
)

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


class _Commands:
    """What a command lexes to (a mixin of :class:`verifier.latex.tokenizer.Tokenizer`: it uses its state and
    its lexing of ranges and arguments)."""

    s: str  # the source (Tokenizer)
    out: list[Tok]  # the tokens so far (Tokenizer)
    emit: Any
    fail: Any
    skip_ws: Any
    command_name: Any
    raw_arg: Any
    arg: Any
    sub_tokens: Any
    lex_range: Any
    group_end: Any
    opens_probability: Any
    opens_bracket: Any
    name_token: Any
    typed_root: Any

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
