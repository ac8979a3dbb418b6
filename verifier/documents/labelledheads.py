r"""Function heads with an accent, a number or a superscript label: ``\hat f(x)``, ``f_1(x)``, ``f^{(2)}(x)``.

Notes name a model ``\hat f``, a smoothed activation ``\tilde\sigma``, the first of two functions
``f_1`` and a layer's map ``f^{(2)}``, define each with an argument list (``\tilde\sigma(z) = \frac{1}{1 +
e^{-2z}}``) and then apply it (``\hat f(2)``, ``\tilde\sigma'(z)``, ``\frac{d}{dx} f_1(x)``). The parser
reads a name before brackets as a factor unless it is a function (``\hat y (1 - \hat y)``, ``x_1(a + b)``
stay products), so such a definition was never learned and its applications were products or entries.

This module owns what such a head looks like:

* :data:`DECORATED_HEAD`, the regex piece of an accented head (``\hat f``, ``\widetilde{\sigma}``) and of
  a superscript label after a head (``^{(2)}``, ``^{[l]}``, ``^*``), which the reader's definitions
  (:mod:`verifier.documents.definitions`) accept as a function head beside plain names;
* :func:`numbered_head`, whether a number subscript labels a function the notes define (``f_1(x) = …``:
  a head of no built-in meaning, parameters that are plain names), which
  :mod:`verifier.documents.labelled` then writes as one name ``f_{\text{1}}`` everywhere in the notes;
* :func:`written_call_name`, the name a call ``\hat f(2)`` or ``f_1(2)`` is written with, as the parser
  spells it (``fhat``, ``f_1``), for the doubts that compare written calls with the calls read.

Only a definition with an argument list makes a head a function: a hatted or numbered name the notes
never define so stays a value that multiplies what follows it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from verifier.latex.vocabulary import ACCENTS, GREEK_ALTERNATION

__all__ = ["DECORATED_HEAD", "defined_plain", "derivative_of", "numbered_head", "written_call_name"]

_ACCENT = r"\\(?:" + "|".join(sorted(ACCENTS, key=len, reverse=True)) + r")"
_LETTER = r"(?:\{\s*\\?[A-Za-z]+\s*\}|\\(?:" + GREEK_ALTERNATION + r")(?![A-Za-z])|\s*[A-Za-z](?![A-Za-z]))"
#: an accented head (``\hat f``, ``\tilde{\sigma}``), or a plain one-letter/Greek head with a superscript label
DECORATED_HEAD = (_ACCENT + r"\s*" + _LETTER + r"|(?:\\(?:" + GREEK_ALTERNATION + r")|[A-Za-z])\s*\^\s*"
                  r"(?:\{\s*(?:\(\s*\w+\s*\)|\[\s*\w+\s*\]|\\ast|\*)\s*\}|\*|\\ast\b)")  # fmt: skip

# letters of a built-in meaning: a numbered σ_1(z) is entry 1 of a vector function, not a function of its own
BUILTIN = frozenset({"sigma", "varsigma", "phi", "Phi", "delta", "pi", "exp", "log", "ln", "tanh", "softmax"})
_PLAIN_PARAM = re.compile(r"\s*(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{?\s*)?\\?[A-Za-z]+\s*\}?\s*")


def numbered_head(name: str, params: str) -> bool:
    r"""Is ``name`` with a number subscript, applied to ``params`` on the left of a definition, a function
    the notes define (``f_1(x) = …``, ``g_2(x, y) = …``)? Not a built-in letter (``\sigma_1(z)``: an entry)
    and only plain parameter names (``x_1(a + b) = …`` is a product, not a definition)."""
    if name.lstrip("\\") in BUILTIN:
        return False
    parts = re.split(r"[,;]", params)
    return bool(params.strip()) and all(_PLAIN_PARAM.fullmatch(p) for p in parts)


_ORDERED = re.compile(r"\s*(\\?[A-Za-z]+)\s*\^\s*\{\s*\(\s*\d+\s*\)\s*\}\s*\(")


def derivative_of(head_text: str, functions: Collection[str]) -> str | None:
    r"""The function whose derivative of a numbered order ``head_text`` writes (``f^{(2)}(x)``: f), where
    ``functions`` holds ``f`` (the notes define it, or it is built in, σ): then ``f^{(2)}`` is not a label
    of a function of its own, and a line ``f^{(2)}(x) = …`` states a derivative rather than defining it."""
    m = _ORDERED.match(head_text)
    return m.group(1).lstrip("\\") if m is not None and m.group(1).lstrip("\\") in functions else None


def defined_plain(text: str, head_text: str) -> set[str]:
    r"""The name of ``head_text``'s ordered head (``f`` of ``f^{(2)}(x)``) where ``text`` defines it plain,
    ``f(x) = …``, by a body that writes no ``f^{(…)}`` (``f(x) = f^{(2)}(f^{(1)}(x))`` composes labelled
    layers, so there f^{(2)} keeps its label)."""
    m = _ORDERED.match(head_text)
    if m is None:
        return set()
    name = re.escape(m.group(1))
    plain = re.compile(r"(?<![\\\w])" + name + r"\s*\(\s*\\?[A-Za-z]+\s*\)\s*(?:=|:=|\\coloneqq)([^$\n]*)")
    labelled = re.compile(r"(?<![\\\w])" + name + r"\s*\^\s*\{\s*\(")
    return {m.group(1).lstrip("\\")} if any(not labelled.search(d.group(1)) for d in plain.finditer(text)) else set()


_ACCENTED_CALL = re.compile(_ACCENT + r"\s*\{?\s*(\\[A-Za-z]+|[A-Za-z])\s*\}?\s*$")


def written_call_name(before: str, name: str, sub: str | None) -> str:
    r"""The name a call is written with, as the parser spells it: ``fhat`` for ``\hat f(2)`` (``before``: the
    text up to the name's end), ``f_1`` for ``f_1(2)`` (``sub`` the number subscript), ``k_3over2`` for ``k_{3/2}(1)``,
    else ``name``."""
    m = _ACCENTED_CALL.search(before)
    if m is not None:
        accent = re.match(r"\\(\w+)", m.group(0))
        return f"{name}{ACCENTS[accent.group(1)]}" if accent else name
    if sub is not None and sub.strip("{} ").isdigit():
        return f"{name}_{sub.strip('{} ')}"
    if sub is not None and (m := re.fullmatch(r"\{\s*(\d)\s*/\s*(\d)\s*\}", sub)):  # k_{3/2}(1) (documents.labelled)
        return f"{name}_{m.group(1)}over{m.group(2)}"
    return name


_ACCENTED_NAME = re.compile(_ACCENT + r"\s*(?:\{\s*(\\?[A-Za-z]+)\s*\}|(\\[A-Za-z]+)|([A-Za-z]))")


# f_{\text{1}} (documents.labelled writes a numbered function so), f_1, h^{(1)}, a^{[2]}, g^*: a labelled head
_LABELLED_NAME = re.compile(
    r"(?<![\\A-Za-z])(\\(?:" + GREEK_ALTERNATION + r")(?![A-Za-z])|[A-Za-z])\s*"
    r"(?:_\s*(?:\{\s*\\text\s*\{\s*(\d{1,2})\s*\}\s*\}|\{\s*(\d{1,2})\s*\}|(\d)(?!\d))"
    r"|\^\s*(?:\{\s*([(\[]\s*\w+\s*[)\]])\s*\}|(\{\s*(?:\*|\\ast)\s*\}|\*|\\ast(?![A-Za-z]))))"
)
_NOT_BARE = re.compile(r"\s*(?:\\left\s*|\\[bB]ig{1,2}l?\s*)?[('_^]")


def _labelled_bare(latex: str) -> set[str]:
    r"""The numbered and labelled heads ``latex`` writes as values (``f_1``, ``h^(1)``, ``gstar``)."""
    out: set[str] = set()
    for m in _LABELLED_NAME.finditer(latex):
        if _NOT_BARE.match(latex[m.end():]):
            continue
        name, number = m.group(1).lstrip("\\"), m.group(2) or m.group(3) or m.group(4)
        if number:
            out.add(f"{name}_{number}")
        elif m.group(5):
            out.add(name + "^" + re.sub(r"\s+", "", m.group(5)))
        else:
            out.add(name + "star")
    return out


@functools.lru_cache(maxsize=4096)
def written_bare(latex: str) -> frozenset[str]:
    r"""The accented names ``latex`` writes as values, as the parser names them (``yhat``): somewhere not
    before a bracket or a prime; and the numbered or labelled heads so written (``f_1``, ``h^(1)``, ``gstar``).
    Such a name before a bracket in the same formula (``\hat y (1 - \hat y)``, ``f_1 (1 - f_1)``) multiplies
    it, even where the notes define ``\hat y(x)`` elsewhere: nobody applies a function to an expression of its
    own value. A function of the text alone, asked at every parse of a member (speed41): remembered by it."""
    out: set[str] = _labelled_bare(latex)
    for m in _ACCENTED_NAME.finditer(latex):
        accent = re.match(r"\\(\w+)", m.group(0))
        if accent is None or accent.group(1) not in ACCENTS:
            continue
        name = (m.group(1) or m.group(2) or m.group(3)).lstrip("\\")
        if not re.match(r"\s*(?:\\left\s*|\\[bB]ig{1,2}l?\s*)?[('_^]", latex[m.end():]):
            out.add(name + ACCENTS[accent.group(1)])
    return frozenset(out)
