r"""Families of i.i.d. samples the prose states, read under 𝔼: "$x_1, \dots, x_n$ i.i.d. with mean $\mu$ and
variance $\sigma^2$" (gaps60).

Under the linear-functional reading of 𝔼 (documents.expectation) every expectation of a product of samples is an
atom of its own, so the steps of a bias or Bessel-correction derivation (``\mathbb{E}[\bar x^2] = \frac{\sigma^2}{n}
+ \mu^2``, ``\mathbb{E}[\sum_i (x_i - \bar x)^2] = (n - 1)\sigma^2``) were SKIPPED "it also needs facts about
𝔼[x_1^2], 𝔼[x_1·x_2], …" — the facts the sentence that introduces the samples states. independence.py reads pairs
of plain names and leaves families by an index ("𝔼[X_i X_j] holds for i ≠ j only"); this module owns the family:

* :func:`iid_families`: a sentence that calls samples independent ("i.i.d.", ``\stackrel{iid}{\sim}``,
  "independent", "drawn independently") and writes them as a family by an index (``x_1, \dots, x_n``, ``X_1, \ldots,
  X_n``, or ``w_i`` alone), with their first two moments in the same sentence: "with mean $\mu$ and variance
  $\sigma^2$" ("mean zero"), or a normal law whose second argument is written as a square or 1 (``\mathcal N(\mu,
  \sigma^2)``: the variance; ``\mathcal N(\mu, s)`` could be a standard deviation and is not read), or a Bernoulli
  law (every moment p). Not read: a law whose parameter writes an index (``X_i \sim \mathrm{Bernoulli}(p_i)``:
  independent, not identically distributed), a sentence that denies, supposes or conditions ("not", "were", "if",
  "conditionally", "given"), bold or vector samples (their moments are matrices), a statement after the chain or in
  another section; the latest statement of a name before the chain wins.
* :func:`family_moment`: the expectation (without a subscript) of a product of powers of the family's entries at
  the instance (x_1, x_2, x_3 for n = 3), and of its parameters, is the product of each entry's moment
  (independence) with the same moment for every entry (identically distributed): 𝔼[x] = μ, 𝔼[x²] = σ² + μ², a normal
  law's higher moments from its two; a higher moment of a law given by its two moments alone is one unknown of the
  family (the same for every entry), never a number.
* :func:`family_statistic`: Var and Cov of polynomials in one family's entries, by 𝔼[Y²] − 𝔼[Y]² and 𝔼[YZ] −
  𝔼[Y]𝔼[Z] under the same moments (``\operatorname{Var}(\bar x) = \frac{\sigma^2}{n}``).

A product that writes any other random name (𝔼[x_1 y], a weight, a name the family's statement does not give) keeps
its atom: nothing says how it relates to the samples. Each step read so reports the reading and where it was stated.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sympy as sp

from verifier.documents.infer import names_in
from verifier.documents.sentences import INLINE_FORMULA, SENTENCE_END, formula_text
from verifier.documents.sizeorder import section_of
from verifier.documents.values import ResolveError, is_matrix
from verifier.latex import LatexError
from verifier.latex.vocabulary import GREEK_ALTERNATION

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver

__all__ = [
    "IID",
    "SAMPLED",
    "Family",
    "families_at",
    "family_moment",
    "family_parameters",
    "family_statistic",
    "iid_families",
]

#: how a FAILED step says the family's moments settled every expectation it writes (documents.expectation): the
#: sides are then known numbers of the stated law, and a lone display of them is no equation between unknowns
SAMPLED = "the samples' stated moments"
#: scope.conventions key: the families stated before the chain's line, as :func:`families_at` writes them
IID = "iid families"
_FIELD, _RECORD = "\x1f", "\x1e"

_CUE = re.compile(r"\bi\.\s?i\.\s?d\.?|\biid\b|\bindependent(?:ly)?\b", re.IGNORECASE)
# a sentence that denies, supposes or conditions its independence says nothing the chain may use
_DENIED = re.compile(
    r"\b(?:not|never|no|neither|nor|without|unless|if|suppose|were|would|whether|dependent|"
    r"correlated|conditional(?:ly)?|given\s+(?:the|a|an|that|\$))\b|n't\b",
    re.IGNORECASE,
)
# x_1, \dots, x_n \stackrel{iid}{\sim} …, \overset{\text{i.i.d.}}{\sim}: the cue written in the formula
_MATH_CUE = re.compile(r"\\(?:stackrel|overset)\s*\{[^$]{0,16}?(?:iid|i\.\s?i\.\s?d)", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[,;:]|\b(?:but|while|whereas)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;]")
_NAME = rf"(?:[A-Za-z]|\\(?:{GREEK_ALTERNATION})(?![A-Za-z]))"
_SUB = r"_\s*(?:\{\s*[A-Za-z0-9]\s*\}|[A-Za-z0-9])"
# x_1, \dots, x_n (x_1, x_2, \ldots, x_n); then perhaps "\stackrel{iid}{\sim} \mathcal N(…)" in the same formula
_LISTED = re.compile(
    rf"^\s*(?P<name>{_NAME})\s*{_SUB}\s*,\s*(?:(?P=name)\s*_\s*\{{?\s*2\s*\}}?\s*,\s*)?"
    rf"\\(?:l|c)?dots\s*,\s*(?P=name)\s*_\s*\{{?\s*(?P<size>[A-Za-z0-9])\s*\}}?\s*(?P<rest>.*)$",
    re.S,
)
_ONE_INDEXED = re.compile(rf"^\s*(?P<name>{_NAME})\s*_\s*\{{?\s*(?P<i>[ijkt])\s*\}}?\s*(?P<rest>.*)$", re.S)
_MEAN = re.compile(r"\bmean\s+(?:\$(?P<m>[^$]+)\$|\\\((?P<mp>.+?)\\\)|(?P<zero>zero)\b)", re.IGNORECASE)
_VARIANCE = re.compile(r"\bvariance\s+(?:\$(?P<v>[^$]+)\$|\\\((?P<vp>.+?)\\\)|(?P<one>one)\b)", re.IGNORECASE)
_NORMAL = re.compile(
    r"\\mathcal\s*\{?\s*N\s*\}?\s*(?:\\left\s*)?\(\s*(?P<m>[^,()]+?)\s*,\s*(?P<v>[^,()]+?)\s*"
    r"(?:\\right\s*)?\)"
)
_BERNOULLI = re.compile(
    r"\\(?:mathrm|operatorname|text)\s*\{\s*Bern(?:oulli)?\s*\}\s*(?:\\left\s*)?\(\s*"
    r"(?P<p>[^,()]+?)\s*(?:\\right\s*)?\)"
)
# a normal law's second argument read as its variance: a square or the number 1 (N(μ, s) may give a deviation)
_VARIANCE_WRITTEN = re.compile(r"^(?:1|[^{}]*\^\s*\{?\s*2\s*\}?)$")
_ZERO_MEAN = "0"
# a law whose parameter carries an index (X_i ~ Bernoulli(p_i)): independent, not identically distributed
_INDEXED_PARAMETER = re.compile(r"_\s*\{?\s*[ijklmnt]\b")


@dataclass(frozen=True)
class Family:
    """Samples the prose states i.i.d.: their name, first two moments (LaTeX), law and line."""

    name: str
    mean: str
    variance: str
    law: str  # "normal", "bernoulli" or "moments" (the first two alone)
    line: int
    size: str = ""  # n of x_1, …, x_n: a count, no random quantity


# "i.i.d." and "e.g." end no sentence (the stop is blanked, the offsets kept)
_ABBREVIATION = re.compile(r"\b(?:i\.\s?i\.\s?d|e\.\s?g|i\.\s?e)\.", re.IGNORECASE)


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in SENTENCE_END.finditer(_ABBREVIATION.sub(lambda a: a.group(0)[:-1] + " ", text)):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _stated(prose: str, in_math: bool) -> bool:
    """Does the sentence ``prose`` (its formulas blanked) call something independent (or a formula of it, ``in_math``:
    ``\\stackrel{iid}{\\sim}``, with no denial in the sentence), in clauses (from the last , ;
    : "but" "while" before each cue to the next , ;) none of which denies, supposes or conditions it ("Given i.i.d.
    draws …, the estimate would be …": the supposition is another clause's)?"""
    cues = list(_CUE.finditer(prose))
    for cue in cues:
        starts = [m.end() for m in _CLAUSE_START.finditer(prose, 0, cue.start())]
        end = _CLAUSE_END.search(prose, cue.end())
        if _DENIED.search(prose[starts[-1] if starts else 0 : end.start() if end else len(prose)]):
            return False
    return bool(cues) or (in_math and not _DENIED.search(prose))


def _law(rest: str, prose: str) -> tuple[str, str, str] | None:
    """(mean, variance, law) from the family's own formula after it (``\\sim \\mathcal N(…)``) or the prose up to
    the next family of the sentence."""
    for source in (rest, prose):
        if (m := _NORMAL.search(source)) and _VARIANCE_WRITTEN.match(m.group("v").strip()):
            return m.group("m").strip(), m.group("v").strip(), "normal"
        if m := _BERNOULLI.search(source):
            p = m.group("p").strip()
            return p, rf"{p}\left(1 - {p}\right)", "bernoulli"
    mean, variance = _MEAN.search(prose), _VARIANCE.search(prose)
    if mean and variance:
        m = mean.group("m") or mean.group("mp") or _ZERO_MEAN
        return m.strip(), (variance.group("v") or variance.group("vp") or "1").strip(), "moments"
    return None


@functools.lru_cache(maxsize=16)
def iid_families(text: str) -> tuple[Family, ...]:
    """Every family of samples the prose of ``text`` states i.i.d. with its moments (module docstring)."""
    out: list[Family] = []
    for start, end in _sentences(text):
        sentence = text[start:end]
        prose = INLINE_FORMULA.sub(lambda f: " " * len(f.group(0)), sentence)
        if not _stated(prose, bool(_MATH_CUE.search(sentence))):
            continue
        found = []
        for m in INLINE_FORMULA.finditer(sentence):
            written = _LISTED.match(formula_text(m)) or _ONE_INDEXED.match(formula_text(m))
            if written is not None:
                found.append((m, written))
        for k, (m, written) in enumerate(found):
            until = found[k + 1][0].start() if k + 1 < len(found) else len(sentence)
            law = _law(written.group("rest"), sentence[m.end() : until])
            if law is not None and not any(_INDEXED_PARAMETER.search(x) for x in law[:2]):
                line = text.count("\n", 0, start + m.start()) + 1
                size = written.groupdict().get("size") or ""
                out.append(Family(written.group("name"), *law, line, size if size.isalpha() else ""))
    return tuple(out)


def families_at(text: str, line: int) -> str:
    """The :data:`IID` convention for a chain at ``line``: the latest statement of each family before it, in a
    section holding it ("" for none)."""
    lines = text.split("\n")
    latest: dict[str, Family] = {}
    for f in iid_families(text):
        first, last = section_of(lines, f.line)
        if f.line < line and first <= line <= last:
            latest[f.name] = f
    return _RECORD.join(_FIELD.join((f.name, f.mean, f.variance, f.law, str(f.line), f.size)) for f in latest.values())


def family_parameters(convention: str, parse: Callable[[str], sp.Basic]) -> set[str]:
    """The names the moments of the :data:`IID` ``convention``'s families write (μ, σ): the notes give them in words,
    so a step whose one side writes them after 𝔼 took the samples out is no relation the checker cannot see."""
    out: set[str] = set()
    for record in filter(None, convention.split(_RECORD)):
        for latex in record.split(_FIELD)[1:3]:
            try:
                out |= names_in(parse(latex))
            except LatexError:
                continue
    return out


@dataclass(frozen=True)
class _Read:
    """A family at one instance: its entries' symbols, its parameters' symbols, its two moments' values."""

    family: Family
    entries: frozenset[sp.Symbol]
    parameters: frozenset[sp.Symbol]
    mean: sp.Expr
    variance: sp.Expr


def _value(resolver: Resolver, latex: str) -> sp.Expr | None:
    try:
        value = resolver.value(resolver.parse(latex), {})
    except (LatexError, ResolveError):
        return None
    return None if is_matrix(value) or not isinstance(value, sp.Expr) else value


def _entries(resolver: Resolver, name: str) -> frozenset[sp.Symbol]:
    """The samples of the family ``name`` at the instance: the entries of the vector x (x_i read at an index), and
    the numbered names x_1, x_2 the chain writes (each a scalar of its own)."""
    out: set[sp.Symbol] = set()
    for (base, raw), variable in resolver.instance.variables.items():
        if base != name:
            continue
        if not raw and getattr(resolver.scope.names.get((base, raw)), "kind", "") == "vector":
            out |= set(variable.symbols)
        elif len(raw) == 1 and raw[0].isdigit() and int(raw[0]) >= 1 and len(variable.symbols) == 1:
            out |= set(variable.symbols)
    return frozenset(out)


def _read(resolver: Resolver) -> list[_Read]:
    out = []
    for record in filter(None, resolver.scope.conventions.get(IID, "").split(_RECORD)):
        name, mean, variance, law, line, size = record.split(_FIELD)
        try:
            symbol = resolver.parse(name)
        except LatexError:
            continue
        if size and (size, ()) in resolver.instance.variables:
            continue  # n of x_1, …, x_n read as a number apart from the entries' count: the family is not this one
        entries = _entries(resolver, str(symbol))
        if not entries:
            continue  # not the chain's family
        # a moment the chain does not write (μ of 𝔼[Σ(x_i − x̄)²] = (n − 1)σ²) is one unknown number of the family
        book = resolver.functionals
        m = _value(resolver, mean)
        m = book.atom(("E", "", ("iid", name, 1)), f"𝔼[{name}_i]", constant_for="", kind="mean") if m is None else m
        v = _value(resolver, variance)
        v = (
            book.atom(("Var", "", ("iid", name)), f"Var({name}_i)", positive=True, constant_for="", kind="Var")
            if v is None
            else v
        )
        parameters = frozenset((m.free_symbols | v.free_symbols) - entries)
        out.append(_Read(Family(name, mean, variance, law, int(line), size), entries, parameters, m, v))
    return out


def _moment(resolver: Resolver, read: _Read, k: int) -> sp.Expr:
    """𝔼[x^k] of one entry of the family."""
    mu, var = read.mean, read.variance
    if k == 1:
        return mu
    if read.family.law == "bernoulli":
        return mu  # x^k = x for x in {0, 1}
    if k == 2:
        return var + mu**2
    if read.family.law == "normal":  # 𝔼[(μ + σZ)^k] with 𝔼[Z^j] = (j − 1)!! for even j
        return sp.Add(*(sp.binomial(k, j) * mu ** (k - j) * var ** sp.Rational(j, 2) * _double_factorial(j - 1)
                        for j in range(0, k + 1, 2)))  # fmt: skip
    book = resolver.functionals
    shown = f"𝔼[{read.family.name}_i^{k}]"
    return book.atom(("E", "", ("iid", read.family.name, k)), shown, constant_for="", kind="moment")


def _double_factorial(n: int) -> int:
    return math.prod(range(n, 0, -2)) if n > 0 else 1


def _note(read: _Read) -> str:
    f = read.family
    return (
        f"{f.name}_1, …, {f.name}_n read i.i.d. with mean {f.mean} and variance {f.variance} "
        f"(stated at line {f.line}): 𝔼 of a product of samples is the product of their moments"
    )


def _moment_of(resolver: Resolver, read: _Read, term: sp.Expr) -> sp.Expr | None:
    """𝔼[term] of a product of powers of the family's entries and of its parameters; None for any other factor."""
    value: sp.Expr = sp.Integer(1)
    for base, power in term.as_powers_dict().items():
        if base in read.entries and isinstance(power, sp.Integer) and power > 0:
            value *= _moment(resolver, read, int(power))
        elif base.free_symbols <= read.parameters:
            value *= base**power  # a moment of the law is a number
        else:
            return None
    return value


def family_moment(resolver: Resolver, term: sp.Expr) -> sp.Expr | None:
    """The expectation of ``term`` (a product, its numbers taken out) under a family of the chain's scope, where
    every factor is a power of one family's entry or writes only its parameters; None otherwise."""
    for read in _read(resolver):
        if (value := _moment_of(resolver, read, term)) is not None:
            resolver._note(_note(read))
            return value
    return None


def family_statistic(resolver: Resolver, name: str, args: list[sp.Expr]) -> sp.Expr | None:
    """Var(Y) or Cov(Y, Z) of polynomials in one family's entries (and its parameters) by their moments; None
    otherwise."""
    if name not in ("Var", "Cov") or len(args) != (1 if name == "Var" else 2):
        return None
    first, second = args[0], args[-1]
    for read in _read(resolver):
        both = _expectation_of(resolver, read, first * second)
        a, b = _expectation_of(resolver, read, first), _expectation_of(resolver, read, second)
        if both is not None and a is not None and b is not None:
            resolver._note(_note(read))
            return sp.expand(both - a * b)
    return None


def _expectation_of(resolver: Resolver, read: _Read, e: sp.Expr) -> sp.Expr | None:
    total: sp.Expr = sp.Integer(0)
    for term in sp.Add.make_args(sp.expand(e)):
        number, rest = term.as_coeff_Mul()
        value = _moment_of(resolver, read, rest)
        if value is None:
            return None
        total += number * value
    return total
