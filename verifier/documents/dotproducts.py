r"""``\cdot`` between two vectors: the dot product, ``\mathbf{w} \cdot \mathbf{x} = \mathbf{w}^\top \mathbf{x}``.

ML notes write the score of a linear unit as ``\mathbf{w} \cdot \mathbf{x}``, a unit of a network as
``\sigma(\mathbf{z}^{m-1} \cdot \mathbf{w}_{:,j})``, a margin as ``y_i\, \mathbf{w} \cdot \mathbf{x}_i``.
The parser reads ``\cdot`` as it reads juxtaposition (a product), and the resolver multiplies two
columns of one length entry by entry: ``\mathbf{w} \cdot \mathbf{x}`` was a vector, so
``\mathbf{w} \cdot \mathbf{x} = \mathbf{w}^\top \mathbf{x}`` was SKIPPED for shapes and the gradient
of ``\sigma(\mathbf{w} \cdot \mathbf{x})`` was the diagonal of a Jacobian, not the gradient of a
number. Between two vectors the raised dot is the dot product: that is what the notes mean.

This module writes such a product ``\langle A, B \rangle`` (the parser's inner product: the sum of
entry-wise products of two vectors of one length, whatever their orientation; of matrices it is
refused, so a wrong guess is SKIPPED, never green) and gives the reading to report with the member.

Only an unmistakable pair is read: both factors are lowercase bold letters (``\mathbf``,
``\boldsymbol``, ``\bm``, ``\vec``; a Greek letter too), each with at most a subscript and a label
superscript in brackets (``\mathbf{x}_i``, ``\mathbf{w}_{:,j}``, ``\mathbf{x}^{(i)}``,
``\mathbf{z}^{(m-1)}`` as :mod:`verifier.documents.layerletters` writes a layer), and the pair is the
whole product where it stands: nothing juxtaposed or ``\cdot``-chained before the left factor or after
the right one (``M \mathbf{w} \cdot \mathbf{x}`` is ``(M\mathbf{w}) \cdot \mathbf{x}``; ``\mathbf{a}
\cdot \mathbf{b} \cdot \mathbf{c}`` has no single meaning), a scalar coefficient written before it
with a space or ``\,`` excepted. A transposed or powered factor (``\mathbf{w}^\top \cdot \mathbf{x}``,
``\mathbf{x}^2``), a capital (a matrix), and everything else keep the parser's reading.

Some notes write ``\cdot`` for the entry-wise product (``\boldsymbol\delta = \mathbf{a} \cdot
\mathbf{b}``, a vector). Where the dot product makes a step fail (a number against a vector),
:mod:`verifier.documents.doubts` tries that reading too (:func:`as_entrywise`, reported with the step),
so such a step is not FAILED for the raised dot alone. Only where the notes show they use it
(:func:`entrywise_said`): the chain writes an entry-wise product (``\odot``, ``\circ``), or a sentence of the
prose says the raised dot is entry-wise. Without that word, the fallback excused the classic confusion of
the dot product's gradient with a Jacobian (``\partial(\mathbf{w} \cdot \mathbf{x})/\partial\mathbf{w} =
\operatorname{diag}(\mathbf{x})`` was PROVED); there a step that holds only entry-wise is SKIPPED, saying
so (``(\mathbf{a} \cdot \mathbf{b})^\top (\mathbf{a} \cdot \mathbf{b})`` transposes a vector: not FAILED).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Key, VarDecl
from verifier.documents.sentences import DOLLAR_SPAN as _MATH
from verifier.documents.sentences import SPACE_AFTER as _SENTENCES
from verifier.latex.vocabulary import HADAMARD, INNER

__all__ = ["ENTRYWISE_NOTE", "NOTE", "UNSAID_ENTRYWISE_NOTE", "as_entrywise", "declared_scalars", "dot_products",
           "entrywise_said", "note", "writes_dot"]

NOTE = r"\cdot between two vectors read as the dot product (\mathbf{a} \cdot \mathbf{b} = \mathbf{a}^\top \mathbf{b})"

ENTRYWISE_NOTE = r"\cdot between two vectors read as the entry-wise product"
# the same reading where the notes never say their dot is entry-wise: it may keep a step from FAILED, never
# make it green (doubts._alternative_readings)
UNSAID_ENTRYWISE_NOTE = ENTRYWISE_NOTE + ", which the notes do not say"

_GREEK = (r"\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|iota|kappa|lambda|mu|nu|xi|pi"
          r"|rho|sigma|tau|upsilon|phi|varphi|chi|psi|omega)")
_LETTER = r"(?:[a-z]|" + _GREEK + r")"
_BOLD = (r"\\(?:mathbf|boldsymbol|bm|vec)(?:\s*\{\s*" + _LETTER + r"\s*\}|\s*" + _GREEK + r"(?![A-Za-z])"
         r"|\s+[a-z](?![A-Za-z]))")
_GROUP = r"\{(?:[^{}]|\{[^{}]*\})*\}"
_SUB = r"_\s*(?:" + _GROUP + r"|[A-Za-z0-9])"
_LABEL = r"\^\s*\{\s*\((?:[^(){}]*)\)\s*\}"
_ATOM = r"(?:" + _BOLD + r")(?:\s*" + _SUB + r")?(?:\s*" + _LABEL + r")?(?:\s*" + _SUB + r")?"
_PAIR = re.compile(r"(?P<a>" + _ATOM + r")\s*\\cdot(?![A-Za-z])\s*(?P<b>" + _ATOM + r")")

_SPACING = re.compile(r"(?:\s|\\[,;:! ]|\\q?quad(?![A-Za-z]))*")
# the left factor starts a term: after nothing, a relation, a sign, an opening bracket, a comma
_OPENS = re.compile(r"(?:^|[=+\-(\[{,&]|\\left\s*[(\[.]|\\(?:big|Big|bigg|Bigg)l?\s*[(\[]|\\langle)$")
# ... or after one scalar coefficient that itself starts the term: a number, a plain lowercase or Greek
# letter (with a subscript); "A y \mathbf{w} \cdot \mathbf{x}" is not read (A may be a matrix)
_COEFFICIENT = re.compile(
    r"(?:^|[=+\-(\[{,&])\s*(?:\d+(?:\.\d+)?|[a-z]|" + _GREEK + r")(?:\s*" + _SUB + r")?$"
)
# ... or after a derivative operator (its operand is the whole term) or a numeric fraction
_DEEP = r"\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}"  # a group nested up to three deep
_OPERATOR = re.compile(
    r"(?:\\d?frac\s*\{\s*(?:\\partial|d)\s*\}\s*" + _DEEP
    + r"|\\nabla\s*(?:_\s*(?:" + _DEEP + r"|\\[A-Za-z]+\s*(?:\{[^{}]*\}|\\?[A-Za-z]+)|[A-Za-z]))?"
    + r"|\\d?frac\s*\{\s*\d+\s*\}\s*\{\s*\d+\s*\})$"
)
# the right factor ends a term: before nothing, a relation, a sign, a closing bracket, a comma
_CLOSES = re.compile(r"^(?:$|[=+\-)\]},&]|\\right(?![A-Za-z])|\\(?:big|Big|bigg|Bigg)r?\s*[)\]]|\\rangle|\\\\)")


def _strip_spacing_end(text: str) -> str:
    while True:
        stripped = re.sub(r"(?:\s+|\\[,;:! ]|\\q?quad)$", "", text)
        if stripped == text:
            return text
        text = stripped


def _whole_term(src: str, start: int, end: int) -> bool:
    r"""Is the pair ``src[start:end]`` a whole term (or a scalar coefficient times it)?"""
    before = _strip_spacing_end(src[:start])
    if not (_OPENS.search(before) or _COEFFICIENT.search(before) or _OPERATOR.search(before)):
        return False  # M\mathbf{w} \cdot …, \mathbf{a} \cdot \mathbf{b} \cdot …: not a pair of its own
    after = src[end:]
    after = after[_SPACING.match(after).end():]
    return bool(_CLOSES.match(after))


def declared_scalars(names: Mapping[Key, object]) -> frozenset[str]:
    """The letters a context declares scalars (``a: real``): a bold one of them is no vector."""
    return frozenset(k[0] for k, e in names.items() if isinstance(e, VarDecl) and e.kind == "scalar")


def _letter(atom: str) -> str:
    found = re.match(r"\\[A-Za-z]+\s*\{?\s*\\?([A-Za-z]+)", atom)
    return found.group(1) if found else ""


_NUM = r"[-+]?\s*\d+(?:\.\d+)?"
_TUPLE = r"(?:\\left\s*)?\(\s*" + _NUM + r"(?:\s*,\s*" + _NUM + r")+\s*(?:\\right\s*)?\)"
_TUPLES = re.compile(r"(?P<a>" + _TUPLE + r")\s*\\cdot(?![A-Za-z])\s*(?P<b>" + _TUPLE + r")")


def _tuple_dots(src: str) -> str:
    r"""``src`` with each ``(0.4, -0.3) \cdot (1, -1)`` of two tuples of numbers of one length, a whole term,
    written out as the sum of the entries' products, ``((0.4)(1) + (-0.3)(-1))`` (gaps40: read as a product of two
    columns, it could not be built)."""
    out: list[str] = []
    pos = 0
    for m in _TUPLES.finditer(src):
        a, b = (re.findall(_NUM, re.sub(r"\\(?:left|right)", "", m.group(k))) for k in ("a", "b"))
        if len(a) != len(b) or not _whole_term(src, m.start(), m.end()):
            continue
        terms = " + ".join(f"({x.replace(' ', '')})({y.replace(' ', '')})" for x, y in zip(a, b, strict=True))
        out += [src[pos : m.start()], f"({terms})"]
        pos = m.end()
    return "".join([*out, src[pos:]]) if out else src


def dot_products(src: str, scalars: frozenset[str] = frozenset()) -> str:
    r"""``src`` with each unmistakable ``\mathbf{a} \cdot \mathbf{b}`` written
    ``\langle \mathbf{a}, \mathbf{b} \rangle`` (not where a letter is one of the declared ``scalars``), and each
    ``\cdot`` of two tuples of numbers of one length written out (:func:`_tuple_dots`)."""
    if "\\cdot" not in src:
        return src
    src = _tuple_dots(src)
    out: list[str] = []
    pos = 0
    for m in _PAIR.finditer(src):
        if not _whole_term(src, m.start(), m.end()):
            continue
        if {_letter(m.group("a")), _letter(m.group("b"))} & scalars:
            continue  # a declared scalar in bold: \cdot is the ordinary product
        out.append(src[pos : m.start()])
        out.append(rf"\langle {m.group('a')}, {m.group('b')} \rangle")
        pos = m.end()
    if not out:
        return src
    out.append(src[pos:])
    return "".join(out)


def note(src: str, scalars: frozenset[str] = frozenset()) -> list[str]:
    """The reading to report for a member whose text :func:`dot_products` changes."""
    return [NOTE] if dot_products(src, scalars) != src else []


def writes_dot(latex: str) -> bool:
    r"""Does ``latex`` write a ``\cdot`` pair read as a dot product (and no ``\langle`` of its own)?"""
    return "\\langle" not in latex and dot_products(latex) != latex


_ENTRYWISE_WORD = re.compile(r"element[- ]?wise|entry[- ]?wise|component[- ]?wise|hadamard", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|no|rather than|instead of|unlike)\b", re.IGNORECASE)
# a sentence's clauses: "the element-wise product is written $\odot$; we use $\cdot$ for the dot product"
_CLAUSES = re.compile(r"[;,:]|\b(?:while|whereas|but|and)\b", re.IGNORECASE)


def _clauses(sentence: str) -> list[str]:
    """The clauses of a sentence, its inline formulas kept whole (a comma inside one splits nothing)."""
    formulas: list[str] = []

    def keep(m: re.Match[str]) -> str:
        formulas.append(m.group())
        return f"\x00{len(formulas) - 1}\x00"

    masked = _MATH.sub(keep, sentence)
    return [re.sub(r"\x00(\d+)\x00", lambda m: formulas[int(m.group(1))], c) for c in _CLAUSES.split(masked)]


def entrywise_said(text: str, members: list[str]) -> bool:
    r"""Do the notes show that their raised dot may be the entry-wise product: a member of the chain writes
    one (``\odot``, ``\circ``), or a clause of the prose writes ``\cdot`` and calls it element-wise /
    entry-wise / component-wise / Hadamard, without a negation ("$\cdot$ is not the element-wise
    product")? The word and the dot in one clause: "the element-wise product is written $\odot$; we use
    $\cdot$ for the dot product" says the dot is not entry-wise, and "$\cdot$ is the element-wise
    product, not the dot product" negates only the dot product."""
    if any("\\odot" in m or "\\circ" in m for m in members):
        return True
    for sentence in _SENTENCES.split(text):
        if "\\cdot" not in sentence or not _ENTRYWISE_WORD.search(sentence):
            continue
        for clause in _clauses(sentence):
            if "\\cdot" in clause and _ENTRYWISE_WORD.search(clause) and not _NEGATED.search(clause):
                return True
    return False


def as_entrywise(tree: sp.Basic) -> sp.Basic:
    """``tree`` with each two-argument inner product (a member :func:`writes_dot`) an entry-wise product."""
    return tree.replace(
        lambda n: isinstance(n, AppliedUndef) and n.func == INNER and len(n.args) == 2,
        lambda n: HADAMARD(*n.args),
    )
