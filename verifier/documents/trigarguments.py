r"""``\cos m\theta``: a trigonometric function written without brackets, read over the product after it.

Notes write the argument of a sine or cosine without brackets when it is a product: RoPE's ``\cos m\theta``
(the rotation of position m), a wave's ``\sin 2\pi f t``, ``\sin^2\omega t``, Fourier's ``\cos n x``. Every
reader takes the whole juxtaposed product for the argument. The parser's default reading takes only the next
factor (``\cos(m)\,\theta``), so ``\frac{d}{dt}\sin 2\pi f t = 2\pi f\cos 2\pi f t`` and RoPE's score written
in coordinates FAILED (fresh63). The parser's ``arguments="product"`` option reads the product, but only
``parse_readings`` used it and the document checker reads one parse per member.

This module owns the rewrite :func:`trig_over_product`: each bare trigonometric or hyperbolic function
(optionally with a power, ``\sin^2``) whose argument runs over more than one factor gets that product
bracketed, up to the end of its factors — a ``+``/``-``/relation/comma at its depth, the bracket that closes
its group, an explicit product (``\cdot``, ``\times``), another function, a spacing command (``\cos\theta\,
k_1``: the space says where the argument ends) or a trailing differential (``\sin n\theta\, d\theta``,
``\cos x dx``). :mod:`verifier.documents.meanings` tries the re-read chain as one more reading of a failing
step (it may make the step hold, reported with it; it never makes a step FAILED).
"""

from __future__ import annotations

import re

from verifier.documents.logterms import bracket_after, term_end

__all__ = ["NOTE", "QUOTIENT_NOTE", "trig_over_product", "trig_over_quotient"]

NOTE = "a sine or cosine without brackets applied to the whole product after it (\\cos m\\theta as \\cos(m\\theta))"

#: the reading of a bare argument divided by one factor, ``\sin\pi/2`` as sin(π/2) (gaps61)
QUOTIENT_NOTE = "a sine or cosine without brackets applied to the quotient after it (\\sin\\pi/2 as \\sin(\\pi/2))"

#: the trigonometric and hyperbolic functions a bare argument follows, as an alternation for the patterns below
_TRIG_NAMES = "sin|cos|tan|cot|sec|csc|sinh|cosh|tanh|coth"
_TRIG = re.compile(rf"\\(?:{_TRIG_NAMES})(?![A-Za-z])")
_SPACE = re.compile(r"\s*")
_GROUP = r"\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}"
_POWER = re.compile(rf"\^\s*(?:{_GROUP}|\\?[A-Za-z0-9])\s*")
# what says the notes bracketed the argument themselves (or wrote no bare argument): left alone
_BRACKETED = ("(", "[", "{", "'", "\\left", "\\big", "\\Big", "\\bigg", "\\Bigg", "\\{", "\\lbrace", "_", "\\,", "\\;",
              "\\!", "\\:", "\\ ", "\\cdot", "\\times")  # fmt: skip
# commands that end the argument at its depth: a function, an explicit product, spacing, a relation, prose
_STOP = re.compile(
    rf"\\(?:{_TRIG_NAMES}|log|ln|exp|arcsin|arccos|arctan|sigma|max|min|cdot|times|"
    r"quad|qquad|text|textrm|mbox|mathrm\{d\}|tag|le|leq|ge|geq|lt|gt|approx|neq|ne|equiv|sim|simeq|propto|to|"
    r"mid|middle|right|begin|end|in|iff|implies|Rightarrow|int|sum|prod|frac\{d|[,;:! ]|\\)(?![A-Za-z])"
)
# one factor: bracketing it changes nothing (a name, accented name, root or number with scripts, or one \frac)
_ACCENT = r"\\(?:hat|bar|tilde|vec|dot|ddot|mathbf|boldsymbol|bm|sqrt)"
_ATOM = rf"(?:{_ACCENT}\s*(?:{_GROUP}|\\[A-Za-z]+|[A-Za-z0-9])|\\[A-Za-z]+|[A-Za-z]|[0-9.]+)"
_SINGLE = re.compile(rf"{_ATOM}(?:\s*[_^]\s*(?:{_GROUP}|\\?[A-Za-z0-9]))*|\\d?t?frac\s*{_GROUP}\s*{_GROUP}")
# a number before one letter or symbol (\cos 2x, \sin 2\theta): the parser already reads it as one factor
_NUMBERED = re.compile(r"[0-9.]+\s*(?:\\[A-Za-z]+|[A-Za-z])")
# a factor right after a bracketed sum (\cos(m-n)\theta): a name or a command that is no function, product or stop
_ATOM_START = re.compile(
    rf"\\(?!(?:{_TRIG_NAMES}|log|ln|exp|cdot|times|right|end|"
    r"quad|qquad|text)(?![A-Za-z]))[A-Za-z]+|[A-Za-z]"
)
_FULL_STOP = re.compile(r"(?<![0-9])\.\s*$")  # the sentence's full stop after the formula (\tanh r .)
# a differential that ends the argument: \sin n\theta\, d\theta, \cos x dx
_DIFFERENTIAL = re.compile(r"\s*(?:\\mathrm\{d\}|(?<![A-Za-z])d)\s*(?:\\[A-Za-z]+|[A-Za-z])\s*$")


def _sum_bracket_end(latex: str, k: int) -> int | None:
    """Just past the ``)`` closing the bracket at ``k`` where it holds a sum or difference at its own depth
    (``(m-n)``, ``(n+1)``), else None: only such a bracket is read with the factor after it as one argument."""
    depth, sum_seen = 0, False
    for j in range(k, len(latex)):
        c = latex[j]
        if c in "({[":
            depth += 1
        elif c in ")}]":
            depth -= 1
            if depth == 0:
                return j + 1 if c == ")" and sum_seen else None
        elif c in "+-" and depth == 1 and j > k + 1:
            sum_seen = True
    return None


def trig_over_product(latex: str) -> str | None:
    r"""``latex`` with the product after each bare trigonometric function bracketed: ``\cos m\theta\cos n\theta``
    → ``\cos\left(m\theta\right)\cos\left(n\theta\right)``. None where no such function is followed by more
    than one factor (a bracket after it, a single name, number or fraction, ``\cos 2x``: nothing to read
    differently)."""
    return bracket_after(latex, _TRIG, _argument)


def _argument(latex: str, end: int) -> tuple[int, str] | None:
    """Where the bare argument after the function ending at ``end`` starts, and its factors (None: one factor)."""
    k = _SPACE.match(latex, end).end()  # type: ignore[union-attr]
    power = _POWER.match(latex, k)
    k = power.end() if power else k
    if latex.startswith("(", k) and (close := _sum_bracket_end(latex, k)) is not None:
        after = _SPACE.match(latex, close).end()  # type: ignore[union-attr]
        if close == after and not latex.startswith(_BRACKETED, close) and _ATOM_START.match(latex, close):
            end = term_end(latex, close, _STOP, "+-=&,;<>|/")  # \cos(m-n)\theta: the bracketed sum and its factor
            return None if latex[end:].lstrip().startswith("/") else (k, latex[k:end].rstrip())
    if latex.startswith(_BRACKETED, k):
        return None
    end = term_end(latex, k, _STOP, "+-=&,;<>|/")
    if latex[end:].lstrip().startswith("/"):
        return None  # \cos 2\pi k n/N: the division may belong to the argument or not (redmid60 R5): no reading
    body = _FULL_STOP.sub("", latex[k:end]).rstrip()
    differential = _DIFFERENTIAL.search(body)
    body = body[: differential.start()].rstrip() if differential else body
    return None if not body or _SINGLE.fullmatch(body) or _NUMBERED.fullmatch(body) else (k, body)


# a bare argument of one factor divided by one factor: ``\sin\pi/2``, ``\cos \theta / 2``, ``\sin^2 x/2``, and
# nothing after the divisor that would go on multiplying it (``\sin x/2y``: the grouping is anyone's guess)
_FUNCTIONS = rf"(?:{_TRIG_NAMES}|log|ln|exp|frac|dfrac|tfrac|left|sqrt)"
_QUOTIENT = re.compile(
    rf"(?P<head>\\(?:{_TRIG_NAMES})(?![A-Za-z])\s*(?:\^\s*(?:\{{[^{{}}]*\}}|[0-9])\s*)?)"
    rf"(?P<arg>[0-9.]*\s*(?:\\(?!{_FUNCTIONS}(?![A-Za-z]))[A-Za-z]+(?![A-Za-z])|[A-Za-z])\s*/\s*(?:[0-9]+|[A-Za-z]|\\[A-Za-z]+))"
    r"(?!\s*(?:[A-Za-z0-9_^({]|\.[0-9]|\\(?![,;:! ]|cdot|times|quad|qquad|right|end|le|ge|leq|geq|neq|approx)[A-Za-z]))"
)


def trig_over_quotient(latex: str) -> str | None:
    r"""``latex`` with each bare trigonometric function's argument of one factor read over the division by one factor
    after it: ``\sin\pi/2`` → ``\sin\left(\pi/2\right)``. The parser reads sin(π)/2; a half angle is as often meant
    (``\cos\theta/2``), and :mod:`verifier.documents.meanings` tries this as one more reading of a failing step, so
    a step is FAILED only when it fails under both. None where no such function is written."""
    out = _QUOTIENT.sub(lambda m: f"{m.group('head')}\\left({m.group('arg')}\\right)", latex)
    return None if out == latex else out
