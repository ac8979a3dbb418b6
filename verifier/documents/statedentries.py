r"""Vectors and matrices the prose defines entry by entry: diagonals, sample rows, Hessians.

Notes often say in words what a vector or a weight matrix is, one entry at a time, and then use it
whole in a display: "Let the $k$-th diagonal element of $W$ be $1/\sigma_k^2$", "let $\vec y$ denote
the column vector with $i$-th coordinate $y^{(i)}$", "$\Lambda$ is diagonal with $\Lambda_{jj} =
\lambda_j$", "the vector $v$ whose $i$-th entry is $a_i b_i$". A reader takes these as definitions:
the vector whose entry i is the formula, the diagonal matrix whose entry (k, k) is the formula and
whose other entries are 0. Without them the display ``X^T W (\vec y - X\theta)`` relates names the
notes never define to the rest of the chain and can only be SKIPPED.

This module finds those sentences and turns each into a family definition, in force from the line
of its formula on like an inline definition the notes write (a context's declaration wins, a later
definition of the letter replaces it):

* a vector: ``v_q := E[i := q]``; a diagonal matrix: ``W_{q u} := \delta_{q u} (E[k := q])``, where
  q, u are index letters the document never writes (a family's index letters become indices of the
  chains that use it, so they must not be letters the notes use for something else);
* the sentence defines, it does not claim: it says "let", "define", "denote", "set", "where",
  "suppose", … before the match, or reads "… be $E$" / "$v$ denote(s) the vector …". "Note that the
  $i$-th entry of $v$ is $E$" (a claim about a v defined elsewhere) defines nothing, nor does a
  sentence with a negation ("not", "never", "no", "without") before the match;
* the vector or matrix is one plain name (``$W$``, ``$\vec y$``, ``$\mathbf{m}$``); the entry is a
  formula that parses and does not write that name; the position is an ordinal written with one
  letter (``$i$-th``, ``$i$th``, ``$i^{th}$``, ``$i^\text{th}$``, ``$k$'th``);
* a matrix is read only by its diagonal: the words "diagonal element/entry of $W$", "$W$ … the
  diagonal matrix with/whose $k$-th (diagonal) entry …", or "$W$ is diagonal with $W_{kk} = E$"
  (both subscripts one letter). "The $i$-th entry of the matrix $A$" says nothing whole about A.
* samples as the rows (columns) of a matrix: "Let the $i$-th row of $X$ be $x^{(i)}$", "define
  matrix $X$ so that its $i$-th row is $x^{(i)}$": ``x^{(q)} := (X_{q,:})^T`` (``X_{:,q}`` for
  columns), for a sample family written ``x^{(i)}`` only (a plain ``\mathbf{x}_i`` may be entry i of
  an x the notes also write alone; :mod:`verifier.documents.samples` reads those per chain);
* a Hessian the prose names: "introduce $H$ as the Hessian of $f$" with f's variable said in the
  prose ("… of $f$ with respect to $y$", "$f$ as a function of $x$") or the only plain name the notes
  apply f to (``g(z)``):
  ``H_{q u} := \partial^2 f / \partial x_q \partial x_u``; where the variable is not one name, nothing; nor
  for the Hessian "at $0$" (one point) or "of $f(z)$" with $z$ not f's variable (at another argument);
* a matrix of derivatives by its columns: "define the matrix $A'$ so that it has $k$-th column
  $\frac{\partial a}{\partial \theta_k}$" (also ``\frac{\partial}{\partial \theta_k} a``, ``\partial a /
  \partial \theta_k``, "the $k$-th column of $J$ is …"): ``A'_{q u} := \partial a_q / \partial \theta_u``
  (the ordinal's letter must be the derivative's index); the matrix may be a primed capital (spelt
  ``Aprime``, as :mod:`verifier.documents.primenames` reads it). "…, and similarly for $B'$ from $b$" in
  the same sentence defines ``B'`` from ``b`` by the same variable.

The reading is reported with each step that uses the name (:func:`reading`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verifier.documents.annotations import RESERVED, key_of_text
from verifier.documents.context import Definition, Key, display_key
from verifier.documents.dependence import until_heading
from verifier.documents.primenames import primed_name
from verifier.documents.sentences import SPACE_AFTER
from verifier.documents.symmetricprose import NEGATION, sentence_before
from verifier.latex import LatexError, parse_latex

__all__ = ["StatedEntry", "fresh_letters", "stated_entries", "stated_entries_at"]


@dataclass(frozen=True)
class StatedEntry:
    """One definition the prose states by an entry, with what the reader of its document keeps beside it
    (kept there, not in a table of this process: a folder's documents are all read before any is checked)."""

    definition: Definition
    at: int  # the offset in the text of its formula
    said: str  # how a step that uses it reports the reading
    #: for a matrix of derivatives: (the vector differentiated, the variable), the prose's statement that
    #: the vector depends on the variable
    differentiated: tuple[str, str] | None = None

# an ordinal written with one letter: $i$-th, $i$th, $i$'th, $i^{th}$, $i^\text{th}$, $i^{\rm th}$, $i\text{-th}$
_TH = r"(?:\\(?:text|mathrm|textrm|rm)\s*\{?\s*)?-?\s*th\s*\}?"
_ORD = (rf"(?:\$\s*(?P<o1>[a-z])\s*(?:\^\s*\{{?\s*{_TH}\s*\}}?|\\text\s*\{{\s*-?\s*th\s*\}})\s*\$"
        r"|\$\s*(?P<o2>[a-z])\s*\$\s*(?:-\s*|'|’)?th\b)")
# one plain name, perhaps decorated: W, \vec y, \vec{y}, \mathbf{m}, \boldsymbol\mu, \Lambda, \tilde{y}
_NAME = (r"\$\s*(?P<name>(?:\\(?:vec|mathbf|boldsymbol|bm|hat|tilde|bar|widetilde|widehat)\s*"
         r"(?:\{\s*\\?[A-Za-z]+\s*\}|\\[A-Za-z]+|\s[A-Za-z]\b))|\\?[A-Za-z]+)\s*\$")
_FORMULA = r"\$(?P<formula>[^$]+)\$"
_ENTRY = r"(?:coordinate|entry|component|element|coefficient|value)"
_VERB = r"(?:to\s+be|be|is|equals?|(?:is\s+)?equal\s+to|(?:is\s+)?given\s+by|being|:|=|to)"
_KIND = r"(?P<diagm>diagonal\s+)?(?:(?:column|row)\s+)?(?P<kind>vector|matrix)"
_WITH = r"(?:with|whose|having|that\s+has|where)\s+(?:its\s+|the\s+)?"

# "the $k$-th diagonal element of $W$ be $E$", "the $i$-th coordinate of the vector $v$ is $E$"
_OF = re.compile(
    rf"{_ORD}\s+(?P<diag>diagonal\s+)?{_ENTRY}\s+of\s+(?:the\s+{_KIND}\s+)?{_NAME}\s*,?\s*(?P<verb>{_VERB})\s*{_FORMULA}",
    re.I,
)
# "$v$ denote the column vector with $i$-th coordinate $E$", "$W$ be the diagonal matrix whose $k$-th entry is $E$"
_NAME_THE = re.compile(
    rf"{_NAME}\s*,?\s*(?P<verb>to\s+be|be|is|denotes?|as|for)\s+(?:an?|the)\s+{_KIND}\s*,?\s*{_WITH}"
    rf"{_ORD}\s+(?P<diag>diagonal\s+)?{_ENTRY}\s*(?:{_VERB}\s*)?{_FORMULA}",
    re.I,
)
# "the vector $v$ whose $i$-th entry is $E$", "a diagonal matrix $W$ with $k$-th diagonal entry $E$"
_THE_NAME = re.compile(
    rf"(?:an?|the)\s+{_KIND}\s+{_NAME}\s*,?\s*{_WITH}{_ORD}\s+(?P<diag>diagonal\s+)?{_ENTRY}\s*(?:{_VERB}\s*)?{_FORMULA}",
    re.I,
)
# "define $v$ so that its $i$-th entry is $E$", "$W$, such that its $k$-th diagonal entry is $E$"
_NAME_ITS = re.compile(
    rf"{_NAME}\s*,?\s*(?:so\s+that|such\s+that)\s+its\s+{_ORD}\s+(?P<diag>diagonal\s+)?{_ENTRY}\s*"
    rf"(?P<verb>{_VERB})\s*{_FORMULA}",
    re.I,
)
# the samples as the rows (columns) of a matrix: "Let the $i$-th row of $X$ be $x^{(i)}$", "define the matrix
# $X$ so that its $i$-th row is $x^{(i)}$", "the matrix $X$ whose $j$-th column is $x^{(j)}$"
_ROWS = (
    re.compile(rf"{_ORD}\s+(?P<part>row|column)\s+of\s+(?:the\s+(?:data\s+)?matrix\s+)?{_NAME}\s*,?\s*"
               rf"(?P<verb>{_VERB})\s*{_FORMULA}", re.I),
    re.compile(rf"{_NAME}\s*,?\s*(?:(?P<lead>to\s+be|be|is|denotes?)\s+(?:the|a)\s+(?:data\s+)?matrix\s*,?\s*)?"
               rf"(?:so\s+that\s+|such\s+that\s+)?(?:with|whose|having|its)\s+(?:its\s+)?{_ORD}\s+"
               rf"(?P<part>row|column)\s*(?P<verb>{_VERB})?\s*{_FORMULA}", re.I),
)
# "introduce $H$ as the Hessian of $f$", "let $P$ be the Hessian matrix of $g(z)$", "$H$ denotes the Hessian of $J$"
_HESSIAN = re.compile(
    rf"{_NAME}\s*,?\s*(?P<verb>to\s+be|be|is|as|denotes?|for)\s+(?:the|a)\s+Hessian(?:\s+matrix)?\s+of\s+"
    r"\$\s*(?P<f>\\?[A-Za-z]+)\s*(?:\((?P<arg>[^$()]*)\))?\s*[.,;]?\s*\$"
    # "… with respect to $y$": the variable the prose names wins over the one f is applied to (review18c)
    r"(?:\s*,?\s*(?:with\s+respect\s+to|w\.\s*r\.\s*t\.|wrt)\s+\$\s*"
    r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{?\s*)?(?P<by>\\?[A-Za-z]+)\s*\}?\s*[.,;]?\s*\$)?",
    re.I,
)
# "the Hessian of $f$ at $0$", "… evaluated at $x_0$": the Hessian at one point, not the matrix function
_AT_POINT = re.compile(r"\s*,?\s*(?:evaluated\s+)?at\b", re.I)
# a matrix by its columns, each a derivative by one entry of a variable: "define the matrix $A'$ so that it has
# $k$-th column $\frac{\partial a}{\partial \theta_k}$", "the $k$-th column of $J$ is $\partial f / \partial x_k$"
_PRIMED_NAME = r"\$\s*(?P<name>(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*[A-Z]\s*\}|[A-Z])\s*'|\\?[A-Za-z]+)\s*\$"
_COLUMNS = (
    re.compile(rf"{_ORD}\s+column\s+of\s+(?:the\s+matrix\s+)?{_PRIMED_NAME}\s*,?\s*(?P<verb>{_VERB})\s*{_FORMULA}",
               re.I),
    re.compile(rf"{_PRIMED_NAME}\s*,?\s*(?:(?P<lead>to\s+be|be|is|denotes?)\s+(?:the|a)\s+matrix\s*,?\s*)?"
               rf"(?:so\s+that\s+|such\s+that\s+)?(?:it\s+has|has|with|whose|having|its)\s+(?:its\s+|the\s+)?{_ORD}\s+"
               rf"column\s*(?P<verb>{_VERB})?\s*{_FORMULA}", re.I),
)
_VEC = r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*\\?[A-Za-z]+\s*\}|\\?[A-Za-z]+)"
_BY = r"(?P<{0}>{1})\s*_\s*\{{?\s*(?P<{2}>[a-z])\s*\}}?"
# \frac{\partial}{\partial \theta_k} a, \frac{\partial a}{\partial \theta_k}, \partial a / \partial \theta_k
_DERIVATIVE = re.compile(
    r"\s*(?:\\frac\s*\{\s*\\partial\s*\}\s*\{\s*\\partial\s*" + _BY.format("v1", _VEC, "k1")
    + r"\s*\}\s*(?P<n1>" + _VEC + r")"
    r"|\\frac\s*\{\s*\\partial\s*(?P<n2>" + _VEC + r")\s*\}\s*\{\s*\\partial\s*" + _BY.format("v2", _VEC, "k2")
    + r"\s*\}"
    r"|\\partial\s*(?P<n3>" + _VEC + r")\s*/\s*\\partial\s*" + _BY.format("v3", _VEC, "k3") + r")\s*[.,;]?\s*"
)
# "…, and similarly for $B'$ from $b$": the same derivatives of another vector
_SIMILARLY = re.compile(
    r"[^.$]{0,40}?\b(?:similarly|likewise)\s*,?\s*(?:for|define|with)?\s*"
    + _PRIMED_NAME + r"\s*(?:from|for|of|with|using)\s+\$\s*(?P<source>" + _VEC + r")\s*[.,;]?\s*\$",
    re.I,
)
# "$M_{ij}$ denotes the determinant of the minor of $A$ achieved by removing the $i$-th row and $j$-th column"
_MINOR = re.compile(
    r"\$\s*(?P<name>\\?[A-Za-z]+)\s*_\s*\{\s*(?P<a>[a-z])\s*,?\s*(?P<b>[a-z])\s*\}\s*\$\s*,?\s*"
    r"(?P<verb>denotes?|is|be|for)\s+the\s+(?:determinant\s+of\s+the\s+)?minor\s+of\s+"
    + _NAME.replace("name", "matrix") +
    r"\s*,?\s*(?:(?:achieved|obtained|formed|given|found|made|got)\s+)?by\s+(?:removing|deleting|striking\s+out"
    r"|crossing\s+out|dropping|omitting)\s+(?:the\s+|its\s+)?" + _ORD + r"\s+row\s+and\s+(?:the\s+)?"
    + _ORD.replace("o1", "c1").replace("o2", "c2") + r"\s+column",
    re.I,
)
# the variable of a function, in the prose: "$f$ as a function of $x$", "$g$ is a function of $z$"
_FUNCTION_OF = r"\$\s*{0}\s*\$[^$.]{{0,60}}?\bfunction\s+of\s+\$\s*(\\?[A-Za-z]+)\s*[.,;]?\s*\$"
_TRANSPOSED = re.compile(r"\^\s*\{?\s*(?:T|\\top|\\intercal|\\mathsf\{T\})\s*\}?\s*$")
# "$W$ is diagonal with $W_{kk} = E$", "the diagonal matrix $W$ with $W_{k,k} = E$"
_SUBSCRIPTS = (r"\$\s*(?P<head>\\?[A-Za-z]+)\s*_\s*\{\s*(?P<a>[a-z])\s*,?\s*(?P=a)\s*\}\s*=\s*(?P<formula>[^$=]+)\$")
_DIAGONAL_WITH = (r"\s*,?\s*(?:with|where|having|whose\s+(?:diagonal\s+)?(?:entries|elements)\s+are|such\s+that"
                  r"|so\s+that)\s+")
_DIAGONAL = (
    re.compile(rf"{_NAME}\s*,?\s*(?P<verb>to\s+be|be|is)\s+(?:an?\s+|the\s+)?diagonal(?:\s+matrix)?{_DIAGONAL_WITH}{_SUBSCRIPTS}",
               re.I),
    re.compile(rf"(?:an?|the)\s+diagonal\s+matrix\s+{_NAME}{_DIAGONAL_WITH}{_SUBSCRIPTS}", re.I),
)

# the words of a definition before the match, in its sentence
_DEFINING = re.compile(
    r"\b(?:let|define[sd]?|defining|denotes?|denoting|set|take|write|call|choose|put|introduce|where|suppose|"
    r"assume|consider|given)\b",
    re.I,
)
# what says a matrix is not (only) diagonal, in a sentence that writes it
_GENERAL = re.compile(r"\b(?:off|non)[-\s]?diagonal|\b(?:full|general|arbitrary|any|dense)\b|\bnot\s+(?:a\s+)?diagonal",
                      re.I)
# a sentence ends at . ! ? followed by a space (not the "." inside "$x.$"), or at a blank line
_LATIN_POOL = "qursvopgh"
_GREEK_POOL = ("kappa", "nu", "xi", "iota", "chi", "psi", "omega", "upsilon", "rho")


def fresh_letters(text: str) -> list[str]:
    r"""Index letters ``text`` never writes as a letter of their own (Latin), then Greek letters it never
    writes (``\kappa``): the index parameters of the families this module defines."""
    used = set(re.findall(r"(?<![A-Za-z\\])([a-z])(?![A-Za-z])", text))
    latin = [c for c in _LATIN_POOL if c not in used]
    greek = [g for g in _GREEK_POOL if not re.search(rf"\\{g}(?![A-Za-z])", text)]
    return latin + greek


def _latex_letter(letter: str) -> str:
    return letter if len(letter) == 1 else f"\\{letter}"


def _with_index(formula: str, letter: str, fresh: str) -> str:
    """``formula`` with the ordinal's letter written as the family's index letter ``fresh``."""
    written = fresh if len(fresh) == 1 else f"\\{fresh} "
    return re.sub(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", lambda _: written, formula)


def _defines(text: str, start: int, verb: str) -> bool:
    """Does the sentence of the match at ``start`` define (not claim), with no negation before it?"""
    clause = sentence_before(text, start, 400)
    if NEGATION.search(clause):
        return False
    last = verb.lower().split()[-1:] or [""]
    return bool(_DEFINING.search(clause)) or last[0] in ("be", "denote", "denotes")


def _key(name: str) -> Key | None:
    key = key_of_text(name)
    if key is None or key[1] or key[0] in RESERVED:
        return None
    return key


def _entry(formula: str, key: Key) -> str | None:
    """The entry's formula, cut of its trailing punctuation, where it parses and does not write the name."""
    body = formula.strip().rstrip(".,;:").strip()
    if not body or "=" in body:
        return None
    try:
        tree = parse_latex(body, functions=frozenset())
    except LatexError:
        return None
    names = {getattr(s, "name", "") for s in tree.free_symbols}
    return None if key[0] in names else body


@dataclass(frozen=True)
class _Found:
    start: int  # where the match starts (the order of the readings)
    at: int  # where the entry's formula starts (the definition holds from its line on)
    key: Key  # the vector or matrix defined (for rows and columns: the family of the samples)
    letter: str  # the ordinal's letter
    formula: str  # the entry (for rows and columns: the matrix's name)
    kind: str  # vector | diagonal | row | column | hessian | minor | jacobian
    like: str = ""  # a jacobian the notes write by the notation of another (Z' as A' from a): that one


def _entries(text: str) -> list[_Found]:
    found: list[_Found] = []
    for pattern in (_OF, _NAME_THE, _THE_NAME, _NAME_ITS):
        for m in pattern.finditer(text):
            groups = m.groupdict()
            diagonal = bool(groups.get("diag") or groups.get("diagm"))
            kind = (groups.get("kind") or "").lower()
            if (kind == "matrix" and not diagonal) or (kind == "vector" and diagonal):
                continue  # "the i-th entry of the matrix A": nothing whole
            if kind == "matrix" and not groups.get("diagm"):
                continue  # "a matrix whose k-th diagonal element is w_k": its diagonal only (review18c)
            if diagonal and _general(text, m.group("name")):
                continue  # "the off-diagonal elements of W", "let W be any matrix": not a diagonal matrix
            key = _key(m.group("name"))
            if key is not None and _defines(text, m.start(), groups.get("verb") or ""):
                found.append(_Found(m.start(), m.start("formula"), key, m.group("o1") or m.group("o2"),
                                    m.group("formula"), "diagonal" if diagonal else "vector"))
    for pattern in _DIAGONAL:
        for m in pattern.finditer(text):
            key = _key(m.group("name"))
            verb = m.groupdict().get("verb") or ""
            if key is None or _key(m.group("head")) != key or not _defines(text, m.start(), verb):
                continue
            found.append(_Found(m.start(), m.start("formula"), key, m.group("a"), m.group("formula"), "diagonal"))
    for pattern in _ROWS:
        for m in pattern.finditer(text):
            matrix, letter = _key(m.group("name")), m.group("o1") or m.group("o2")
            family = _sample(m.group("formula"), letter)
            verb = m.groupdict().get("lead") or m.group("verb") or ""
            if matrix is None or family is None or not _defines(text, m.start(), verb):
                continue
            part = m.group("part").lower()
            found.append(_Found(m.start(), m.start("formula"), family, letter, m.group("name"), part))
    for m in _MINOR.finditer(text):
        key, matrix = _key(f"{m.group('name')}"), _key(m.group("matrix"))
        row, column = m.group("o1") or m.group("o2"), m.group("c1") or m.group("c2")
        if key is None or matrix is None or {row, column} != {m.group("a"), m.group("b")} or row == column:
            continue
        if not _defines(text, m.start(), m.group("verb")):
            continue
        order = "row" if row == m.group("a") else "column"  # M_{ij} with i the removed row (or column)
        found.append(_Found(m.start(), m.start(), key, order, m.group("matrix"), "minor"))
    columns = _columns(text)
    found.extend(columns)
    found.extend(_analogous(text, columns))
    for m in _HESSIAN.finditer(text):
        key, function = _key(m.group("name")), m.group("f")
        variable = m.group("by") or _variable(text, function)
        if key is None or variable is None or not _defines(text, m.start(), m.group("verb")):
            continue
        arg = m.group("arg")
        if _AT_POINT.match(text, m.end()) or (arg is not None and _key(arg) != _key(variable)):
            continue  # at a point, or f written at another argument than its variable (review20a)
        found.append(_Found(m.start(), m.start("f"), key, variable, function, "hessian"))
    return sorted(found, key=lambda f: f.start)


def _columns(text: str) -> list[_Found]:
    r"""The matrices of derivatives the prose defines by their columns (``A'`` from ``a`` by θ), and the
    one "similarly for $B'$ from $b$" adds in the same sentence. The letter of a _Found is the variable, its
    formula the vector differentiated."""
    out: list[_Found] = []
    for pattern in _COLUMNS:
        for m in pattern.finditer(text):
            key, letter = _primed_key(m.group("name")), m.group("o1") or m.group("o2")
            d = _DERIVATIVE.fullmatch(m.group("formula"))
            verb = m.groupdict().get("lead") or m.group("verb") or ""
            if key is None or d is None or not _defines(text, m.start(), verb):
                continue
            k = next(i for i in "123" if d.group("n" + i) is not None)
            vector, variable = d.group("n" + k), d.group("v" + k)
            if d.group("k" + k) != letter or _key(vector) is None or _key(variable) is None or _key(vector) == key:
                continue
            out.append(_Found(m.start(), m.start("formula"), key, variable, vector, "jacobian"))
            also = _SIMILARLY.match(text, m.end())
            other = _primed_key(also.group("name")) if also else None
            source = also.group("source") if also else ""
            if (also and other is not None and other != key and _key(source) not in (None, other)
                    and _names_source(text, also.end(), other, source)):
                out.append(_Found(also.start(), also.start("source"), other, variable, source, "jacobian"))
    return out


def _names_source(text: str, end: int, other: Key, source: str) -> bool:
    r"""Is ``source`` (in "similarly for $B'$ from $b$") the vector ``other`` is made from: not a formula the
    sentence goes on to replace ("with $a$ replaced by $b$") or an ordinal ("with $k$-th column"), and for
    a primed capital its own lower-case letter (``B'`` from ``b``, as :func:`_analogous` reads them)."""
    if re.match(r"\s*(?:-?\s*th\b|\^|\\text|replaced|in\s+place|instead|substituted|swapped)", text[end:], re.I):
        return False
    vector = _key(source)
    return not other[0].endswith("prime") or (vector is not None and other[0] == primed_name(vector[0].upper()))


def _analogous(text: str, columns: list[_Found]) -> list[_Found]:
    r"""Primed capitals the notes write after defining some as matrices of derivatives of their lower-case
    letter (``A'`` from ``a``, "similarly for $B'$ from $b$"), up to the next heading, that they never
    define: ``Z'`` in a formula that writes ``z`` too is the same notation for z (by the same variable).
    Only where every matrix the prose defined so is a primed capital of its own vector's letter, and not
    for a primed capital the notes define or name themselves (``C' := C + c c^T``: their C')."""
    primed = [f for f in columns if f.key[0].endswith("prime")]
    if not primed or any(f.key[0] != primed_name(f.formula.strip().upper()) for f in primed):
        return []
    first = primed[0]
    done = {f.key for f in columns}
    line = text.count("\n", 0, first.at) + 1
    end = sum(len(ln) + 1 for ln in text.split("\n")[: until_heading(text, line)])
    out: list[_Found] = []
    for m in re.finditer(r"\$\$(.+?)\$\$|\$([^$]+)\$", text[:end], re.S):
        math = m.group(1) or m.group(2)
        if m.start() < first.at:
            continue
        for letter in re.findall(r"(?<![A-Za-z\\])([A-Z])\s*'(?!')", math):
            key = (primed_name(letter), ())
            if key in done or not re.search(rf"(?<![A-Za-z\\]){letter.lower()}(?![A-Za-z])", math):
                continue
            if _named_by_notes(text, letter):
                done.add(key)  # C' := C + cc^T, "let $C'$ be …": the notes' own name, not the notation
                continue
            done.add(key)
            like = f"{display_key(first.key).replace('prime', chr(39))} from {first.formula.strip()}"
            out.append(_Found(first.start, first.at, key, first.letter, letter.lower(), "jacobian", like))
    return out


def _named_by_notes(text: str, letter: str) -> bool:
    r"""Do the notes give the primed capital ``letter'`` a meaning of their own: a formula that defines it
    (``C' := C + c c^T``, ``C' = …``, ``C' \in …``) or prose that names it alone (``let $C'$ be …``)."""
    prime = rf"(?<![A-Za-z\\]){letter}\s*'(?!')"
    return re.search(rf"\$\s*{prime}\s*\$|{prime}\s*&?\s*(?::=|=|\\coloneqq|\\equiv|\\triangleq|\\in\b)",
                     text) is not None


def _primed_key(name: str) -> Key | None:
    """The key of a matrix name, a primed capital spelt as :mod:`verifier.documents.primenames` reads it."""
    bare = name.strip()
    if not bare.endswith("'"):
        return _key(bare)
    letter = re.sub(r"[^A-Z]", "", bare[:-1].replace("mathbf", "").replace("boldsymbol", "").replace("bm", ""))
    return (primed_name(letter), ()) if len(letter) == 1 else None


def _general(text: str, name: str) -> bool:
    r"""Do the notes say the matrix written ``name`` is more than its diagonal: a sentence that writes it
    and speaks of off-diagonal entries, or calls it full, general, arbitrary, dense or any matrix ("Now let
    $W$ be any $3\times 3$ matrix")? Then a diagonal the prose gives is only W's diagonal (review18c)."""
    written = re.compile(r"\$[^$]*(?<![A-Za-z\\])" + re.escape(name.strip()) + r"(?![A-Za-z])[^$]*\$")
    for sentence in SPACE_AFTER.split(text):
        if written.search(sentence) and _GENERAL.search(sentence):
            return True
    return False


def _defined_before(text: str, f: _Found) -> bool:
    r"""Do the notes define ``f``'s name before its sentence, a math span that opens with it and an equals
    sign (``$\mathbf{g} = \nabla_{\mathbf{x}} f$``, ``$$W := …$$``)? The sentence then states what an entry
    of a defined name is (a claim, perhaps a slip), it does not define the name."""
    name = (r"(?:\\(?:vec|mathbf|boldsymbol|bm)\s*\{?\s*)?\\?" + re.escape(display_key(f.key))
            + r"\s*\}?\s*(?::=|=|\\coloneqq|\\triangleq|\\equiv)")
    opens = re.compile(r"\$\$?\s*" + name)
    return opens.search(text, 0, f.start) is not None


def _introduced_again(text: str, f: _Found, found: list[_Found]) -> bool:
    r"""Does the prose after ``f``'s formula introduce its name again ("Now let $v$ be any vector",
    "let $W$ denote …"), other than by another sentence this module reads (which replaces ``f`` from
    its line on)? The reading would then hold past the point the notes give the name another meaning
    (a display definition replaces it; a sentence does not)."""
    written = (r"\$\s*(?:\\(?:vec|mathbf|boldsymbol|bm)\s*\{?\s*)?\\?" + re.escape(display_key(f.key))
               + r"\s*\}?\s*\$")
    for m in re.finditer(r"\blet\s+" + written + r"\s*(?:be|denote)\b", text[f.at :], re.I):
        end = f.at + m.end()
        if not any(g.key == f.key and g.start <= end <= g.at for g in found):
            return True
    return False


def _variable(text: str, function: str) -> str | None:
    r"""The variable of ``function`` (``f``, ``\ell``): the one the prose names ("$f$ as a function of
    $x$"), else the only plain name the notes apply it to (``g(z)``); None where that is not one name."""
    said = {m.group(1) for m in re.finditer(_FUNCTION_OF.format(re.escape(function)), text)}
    if len(said) == 1:
        return said.pop()
    if said:
        return None
    applied = set(re.findall(re.escape(function) + r"(?![A-Za-z])\s*\(\s*(\\?[A-Za-z]+)\s*\)", text))
    return applied.pop() if len(applied) == 1 else None


def _sample(formula: str, letter: str) -> Key | None:
    r"""The family a row is written as: ``x^{(i)}`` (bold or not, perhaps transposed) indexed by the
    ordinal's letter; None for anything else (``\mathbf{x}_i``, whose bare letter the notes may use)."""
    body = _TRANSPOSED.sub("", formula.strip().rstrip(".,;:").strip())
    key = key_of_text(body)
    if key is None or key[1] != (letter,) or not key[0].endswith("^()") or key[0][:-3] in RESERVED:
        return None
    return (key[0], ())


def stated_entries(text: str) -> list[Definition]:
    """The vectors, diagonal matrices, samples, Hessians and minors the prose of ``text`` defines by an
    entry (or a row, a column), each from the line of its formula on."""
    return [s.definition for s in stated_entries_at(text)]


def stated_entries_at(text: str) -> list[StatedEntry]:
    """:func:`stated_entries` with the offset in ``text`` of each definition's formula (a definition in
    the "where" sentence after a display also holds for that display: :mod:`verifier.documents.trailing`),
    its reading as a step reports it, and what a matrix of derivatives differentiates."""
    letters = fresh = fresh_letters(text)
    out: list[StatedEntry] = []
    seen: set[tuple[Key, int]] = set()
    found = _entries(text)
    for f in found:
        line = text.count("\n", 0, f.at) + 1
        need = 2 if f.kind in ("diagonal", "hessian", "minor", "jacobian") else 1
        body = f.formula.strip() if f.kind in ("row", "column", "hessian", "minor", "jacobian") else (
            _entry(f.formula, f.key))
        if body is None or (f.key, line) in seen or len(letters) < need:
            continue
        if f.kind not in ("row", "column", "jacobian") and _defined_before(text, f):
            continue  # "$\mathbf{g} = \nabla f$ … Given that the i-th entry of g is 2x_i": a claim (review18c)
        if f.kind not in ("row", "column", "jacobian") and _introduced_again(text, f, found):
            continue  # "Now let $v$ be any vector …" later: the earlier sentence is not the notes' v (review18c)
        seen.add((f.key, line))
        own, letters = letters[:need], letters[need:] or fresh  # past the pool: families share letters

        q = _latex_letter(own[0])
        pair: tuple[str, str] | None = None
        if f.kind == "diagonal":
            u = _latex_letter(own[1])
            d = Definition(f.key, f"\\delta_{{{q} {u}}}\\left({_with_index(body, f.letter, own[0])}\\right)", (),
                           tuple(own), line=line)
            what = f"the diagonal matrix whose {f.letter}-th diagonal entry is {body} (0 off the diagonal)"
        elif f.kind == "hessian":  # the letter is the function's variable
            u = _latex_letter(own[1])
            second = f"\\frac{{\\partial^2 {body}}}{{\\partial {f.letter}_{{{q}}} \\partial {f.letter}_{{{u}}}}}"
            d = Definition(f.key, second, (), tuple(own), line=line)
            what = f"the Hessian of {body} by {f.letter.lstrip(chr(92))}"
        elif f.kind == "jacobian":  # the letter is the variable, the formula the vector differentiated
            u = _latex_letter(own[1])
            entry = f"\\frac{{\\partial {body}_{{{q}}}}}{{\\partial {f.letter}_{{{u}}}}}"
            d = Definition(f.key, entry, (), tuple(own), line=line)
            vector, variable = key_of_text(body), key_of_text(f.letter)
            if vector is not None and variable is not None:
                pair = (vector[0], variable[0])
            shown = f.letter.lstrip(chr(92))
            what = (f"the matrix whose columns are the derivatives of {body.lstrip(chr(92))} by the entries of "
                    f"{shown} (entry ({own[0]}, {own[1]}) is d{body.lstrip(chr(92))}_{own[0]}/d{shown}_{own[1]})")
        elif f.kind == "minor":  # the letter says which subscript is the removed row
            u = _latex_letter(own[1])
            rows, cols = (q, u) if f.letter == "row" else (u, q)
            d = Definition(f.key, f"\\operatorname{{minor}}({body}, {rows}, {cols})", (), tuple(own), line=line)
            first, second = ("row", "column") if f.letter == "row" else ("column", "row")
            what = (f"the minor of {body}: the determinant of {body} without the {first} of the first subscript and "
                    f"the {second} of the second")
        elif f.kind == "vector":
            d = Definition(f.key, _with_index(body, f.letter, own[0]), (), tuple(own), line=line)
            what = f"the vector whose {f.letter}-th entry is {body}"
        else:
            part = f"({body}_{{{q},:}})^T" if f.kind == "row" else f"{body}_{{:,{q}}}"
            d = Definition(f.key, part, (), tuple(own), line=line)
            what = f"{f.key[0][:-3]}^({f.letter}) is {f.kind} {f.letter} of {body}, as a column vector"
        said = f"{display_key(f.key)}: {what}, " + (
            f"the notation the prose defines for {f.like} at line {line} (the notes never define it)" if f.like
            else f"as the prose at line {line} defines it")
        out.append(StatedEntry(d, f.at, said, pair))
    return out
