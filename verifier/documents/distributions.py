r"""Distributions the notes state: ``\epsilon \sim \mathcal{N}(0, \sigma^2)`` read as facts about ε.

Notes on regression and the bias-variance decomposition state a noise model once, in the prose or
a display (``the error is normally distributed: $\epsilon \sim \mathcal{N}(0, \sigma^2)$``), and
their derivations then use what it says: ``\mathbb{E}[\epsilon] = 0``,
``\mathbb{E}[\epsilon^2] = \sigma^2``. Under the linear-functional reading of 𝔼
(:mod:`verifier.documents.expectation`) those steps are SKIPPED for want of the facts; a reader of
the notes takes them from the statement. This module owns that statement and what it gives, and
nothing more:

* **Which statements.** ``NAME \sim \mathcal{N}(MEAN, VAR)`` where NAME is the whole left side of
  ``\sim`` (a plain name, no subscript: ``\epsilon_i \sim …`` speaks of entries; spacing before it, as in
  ``u = \frac{z}{r} g, \qquad z \sim …``, is no part of it: gaps55), MEAN is a number
  or a plain name, and VAR is univariate as written: a square (``\sigma^2``) or the number 1. A
  second parameter written otherwise (``\sigma``, ``\Sigma``, ``4``) may be a standard deviation or
  a covariance matrix: not read.
* **What it gives.** The name is a *scalar* from the statement's line on (a univariate normal): an
  annotation site for :mod:`verifier.documents.anew`, so ``\epsilon \in \mathbb{R}^n`` of an earlier
  section is retired there, as a new ``\in`` annotation would be. Where the name had no earlier
  annotation nothing is added (inference reads it as a scalar anyway). And two hypotheses, the
  mean and the second moment (``𝔼[ε] = μ``, ``𝔼[ε²] = σ² + μ²``: the variance is
  ``𝔼[ε²] − 𝔼[ε]²``), for the chains after the statement that write an expectation and use the
  name (directly or through a definition of the notes); each step reports them ("under the
  hypothesis … (stated at line N)"). A chain that writes no 𝔼 or never reaches the name is left
  alone, so a statement cannot turn an unrelated step SKIPPED.
* **Higher moments, where the chain writes them.** A normal's moments are all known:
  ``𝔼[X^k] = \sum_{j \text{ even}} \binom{k}{j} μ^{k-j} σ^j (j-1)!!`` (``3σ^4`` for k = 4 and a zero mean).
  For a power 3 … 8 of the name that the chain writes inside an expectation, that moment is a hypothesis
  too (Stein's identity ``𝔼[X^4] = σ^2 𝔼[3X^2] = 3σ^4``: fresh49); a Bernoulli variable's powers are itself.
* **Bernoulli.** ``m \sim \mathrm{Bernoulli}(q)`` (also ``\operatorname{Bern}``, ``\text{Bernoulli}``)
  gives ``𝔼[m] = q`` and ``𝔼[m²] = q`` (m is 0 or 1): dropout's masks, a Bernoulli policy's action.
  A parameter written as a number outside [0, 1] (``\mathrm{Bernoulli}(2)``) states nothing (sound54).
* **Not read.** Independence (``𝔼[εf̂] = 𝔼[ε]𝔼[f̂]``): the notes rarely say between which symbols, so a
  step that needs it stays SKIPPED with that reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import sympy as sp

from verifier.documents.anew import Site
from verifier.documents.context import Definition, Key, Scope
from verifier.documents.infer import names_and_functions, names_in
from verifier.latex import LatexError, parse_latex
from verifier.latex.braces import group_after, split_top_level
from verifier.latex.functionals import Expectation

__all__ = [
    "STATED",
    "Statement",
    "hypotheses_for",
    "only_stated",
    "paragraph_start",
    "reached_names",
    "scalar_sites",
    "statements_of",
    "written_powers",
]

# spacing before the name: "u = …, \qquad z \sim …" states z (gaps55)
_SPACING = r"(?:(?:\\q?quad\b|\\[,;:!]|~)\s*)*"
# the name: the whole left side of \sim (after the formula's start, a column, a comma or a row break)
_HEAD = re.compile(
    r"(?:^|(?<=[$&,]))\s*" + _SPACING + r"(\\(?:mathbf|boldsymbol|bm|textbf)\s*\{\s*\\?[A-Za-z]+\s*\}|\\?[A-Za-z]+)"
    r"\s*\\sim\s*\\mathcal\s*\{?\s*N\s*\}?\s*(?:\\left\s*)?\(",
    re.M,
)
# m \sim \mathrm{Bernoulli}(q), z \sim \operatorname{Bern}(1 - p): a 0/1 variable, its mean the parameter
_BERNOULLI = re.compile(
    r"(?:^|(?<=[$&,]))\s*" + _SPACING + r"(\\(?:mathbf|boldsymbol|bm|textbf)\s*\{\s*\\?[A-Za-z]+\s*\}|\\?[A-Za-z]+)"
    r"\s*\\sim\s*(?:\\(?:mathrm|operatorname|text|textrm)\s*\{\s*(?:Bernoulli|Bern)\s*\}|Bernoulli|Bern)"
    r"\s*(?:\\left\s*)?\(",
    re.M,
)
#: how a hypothesis from a stated distribution says where it comes from
STATED = "stated at line"
_SQUARE = re.compile(r"^\\?[A-Za-z]+\s*\^\s*\{?\s*2\s*\}?$")
_PLAIN = re.compile(r"^(?:\\?[A-Za-z]+|-?\d+(?:\.\d+)?)$")
MOST_POWER = 8  # the highest moment a stated distribution gives as a hypothesis


@dataclass(frozen=True)
class Statement:
    r"""``name \sim \mathcal{N}(mean, variance)`` at ``line`` (1-based), as written (LaTeX)."""

    line: int
    name: str
    mean: str
    variance: str
    paragraph: int = 0  # the first line of its paragraph: the model the paragraph states holds there
    bernoulli: bool = False  # name \sim \mathrm{Bernoulli}(mean): 0 or 1, so 𝔼[m²] = 𝔼[m] = mean

    @property
    def written(self) -> str:
        """The statement as LaTeX (what a hypothesis says it comes from)."""
        if self.bernoulli:
            return rf"{self.name} \sim \mathrm{{Bernoulli}}({self.mean})"
        return rf"{self.name} \sim \mathcal{{N}}({self.mean}, {self.variance})"

    @property
    def hypotheses(self) -> tuple[str, ...]:
        """The mean and the second moment, as LaTeX equations (none for a mean that is not a number or
        a plain name: ``f(\\mathbf{x})`` is read only through a definition of the notes)."""
        m = self.mean.strip()
        if self.bernoulli:  # m² = m for a 0/1 variable
            return (rf"\mathbb{{E}}[{self.name}] = {m}", rf"\mathbb{{E}}[({self.name})^2] = {m}")
        if not _PLAIN.match(m):
            return ()
        second = self.variance if _is_zero(m) else f"{self.variance} + ({m})^2"
        return (rf"\mathbb{{E}}[{self.name}] = {m}", rf"\mathbb{{E}}[({self.name})^2] = {second}")


    @property
    def variance_hypothesis(self) -> str:
        """Its variance, as a LaTeX equation (a chain that writes a variance reads it: ``\\mathrm{Var}(y) =
        \\sigma^2`` of a noise model reduces to the noise's variance; lead64)."""
        if self.bernoulli:
            m = self.mean.strip()
            return rf"\mathrm{{Var}}({self.name}) = ({m})(1 - ({m}))"
        return rf"\mathrm{{Var}}({self.name}) = {self.variance}"

    def moments(self, powers: Iterable[int]) -> tuple[str, ...]:
        """The moments 𝔼[name^k] for the ``powers`` k (3 … 8), as LaTeX equations (none for a mean that
        is not a number or a plain name, nor a variance other than a square or 1)."""
        m = self.mean.strip()
        if not _PLAIN.match(m):
            return ()
        out = []
        for k in sorted(p for p in set(powers) if 3 <= p <= MOST_POWER):
            if self.bernoulli:
                out.append(rf"\mathbb{{E}}[({self.name})^{{{k}}}] = {m}")
                continue
            sd = self.variance[: self.variance.rindex("^")].strip() if self.variance != "1" else "1"
            terms = [rf"{sp.binomial(k, j) * sp.factorial2(j - 1)} ({m})^{{{k - j}}} ({sd})^{{{j}}}"
                     for j in range(0, k + 1, 2) if not (_is_zero(m) and j < k)]
            out.append(rf"\mathbb{{E}}[({self.name})^{{{k}}}] = {' + '.join(terms) or '0'}")
        return tuple(out)


def _is_zero(text: str) -> bool:
    return re.fullmatch(r"0(?:\.0*)?", text) is not None


def statements_of(text: str) -> list[Statement]:
    r"""Every univariate normal and Bernoulli the text states for a plain name, in document order."""
    out: list[Statement] = []
    for m in _HEAD.finditer(text):
        found = group_after(text, m.end())
        if found is None:
            continue
        parts = [p.strip() for p in split_top_level(found[0], lambda s, k: s[k] == ",")]
        if len(parts) != 2 or not parts[0] or not parts[1]:
            continue
        mean, variance = parts
        if not (_SQUARE.match(variance) or variance == "1"):
            continue
        line = text.count("\n", 0, m.start(1)) + 1
        out.append(Statement(line, m.group(1).strip(), mean, variance, paragraph_start(text, line)))
    for m in _BERNOULLI.finditer(text):
        found = group_after(text, m.end())
        if found is None:
            continue
        parts = [p.strip() for p in split_top_level(found[0], lambda s, k: s[k] == ",")]
        if len(parts) != 1 or not parts[0] or not _possible_mean(parts[0]):
            continue
        line = text.count("\n", 0, m.start(1)) + 1
        out.append(Statement(line, m.group(1).strip(), parts[0], "", paragraph_start(text, line), bernoulli=True))
    return sorted(out, key=lambda s: s.line)


def _possible_mean(text: str) -> bool:
    """Can ``text``, a Bernoulli's parameter, be a 0/1 variable's mean? Not a number written below 0 or above 1
    (``\\mathrm{Bernoulli}(2)``, a slip: its facts proved 𝔼[C³] = 2, sound54); a name or any other formula can."""
    m = re.fullmatch(r"\s*(-?)\s*(\d+(?:\.\d*)?|\.\d+)\s*", text)
    return m is None or ((not m.group(1) or float(m.group(2)) == 0) and float(m.group(2)) <= 1)


def paragraph_start(text: str, line: int) -> int:
    """The first line of the paragraph (lines up to a blank one) that holds ``line``."""
    lines = text.split("\n")
    k = line
    while k > 1 and lines[k - 2].strip():
        k -= 1
    return k


def scalar_sites(
    statements: Iterable[Statement], sites: Iterable[Site], key_of: Callable[[str], Key | None]
) -> list[Site]:
    """A scalar annotation at each statement of a name that an earlier annotation made a vector or
    matrix (the name is read anew from there: :mod:`verifier.documents.anew`)."""
    earlier = list(sites)
    out: list[Site] = []
    for s in statements:
        key = key_of(s.name)
        if key is None:
            continue
        before = [e.line for e in earlier if e.key == key and e.line < s.line]
        if before and any(e.key == key and e.line == max(before) and e.dims != () for e in earlier):
            # from the paragraph that states the model: "$y = f + \epsilon$; $\epsilon \sim …$" is one model
            out.append(Site(max(s.paragraph, max(before) + 1), key, ()))
    return out


def hypotheses_for(
    statements: Iterable[Statement], line: int, names: set[str], writes_expectation: bool,
    key_of: Callable[[str], Key | None], powers: dict[str, set[int]] | None = None,
    variances: frozenset[str] = frozenset(),
) -> list[tuple[str, str]]:
    """The hypotheses (LaTeX equation, where it comes from) for a chain at ``line`` that writes an
    expectation (``writes_expectation``) and reaches ``names`` (its names and those of the notes'
    definitions it uses): the latest statement before the chain of each name it reaches, with the higher
    moments of the ``powers`` the chain writes of it (:func:`written_powers`), and its variance where a variance the
    chain writes reaches it (``variances``: the names those variances' arguments reach)."""
    if not writes_expectation:
        return []
    latest: dict[Key, Statement] = {}
    for s in statements:
        key = key_of(s.name)
        if key is not None and s.line < line:
            latest[key] = s
    out: list[tuple[str, str]] = []
    for key, s in latest.items():
        if key[1] or key[0] not in names:
            continue
        where = rf"{STATED} {s.line}: ${s.written}$"
        variance = (s.variance_hypothesis,) if key[0] in variances else ()
        for h in s.hypotheses + s.moments((powers or {}).get(key[0], set())) + variance:
            # a hypothesis naming what the chain never reaches (σ of 𝔼[ε²] = σ² in 𝔼[y] = f) says nothing
            # about it, and its names could not be read there
            if _names_of(h) - {key[0]} <= names:
                out.append((h, where))
    return out


def written_powers(trees: Iterable[sp.Basic]) -> dict[str, set[int]]:
    """The integer powers (3 … 8) of plain names written inside the expectations of ``trees``."""
    out: dict[str, set[int]] = {}
    for t in trees:
        for e in t.atoms(Expectation) if isinstance(t, sp.Basic) else ():
            for p in sp.expand(e.args[0]).atoms(sp.Pow):
                if isinstance(p.base, sp.Symbol) and p.exp.is_Integer and 3 <= int(p.exp) <= MOST_POWER:
                    out.setdefault(p.base.name, set()).add(int(p.exp))
    return out


def _names_of(equation: str) -> set[str]:
    out: set[str] = set()
    for side in equation.split(" = "):
        try:
            out |= names_in(parse_latex(side, functions=frozenset()))
        except LatexError:
            return {"?"}
    return out


def reached_names(trees: Iterable[sp.Basic], scope: Scope, parse: Callable[[str], sp.Basic]) -> set[str]:
    """The names the trees write, and those of the definitions in ``scope`` they use (transitively)."""
    todo = [t for t in trees if isinstance(t, sp.Basic)]
    seen: set[str] = set()
    while todo:
        tree = todo.pop()
        for name in names_and_functions(tree):
            if name in seen:
                continue
            seen.add(name)
            d = scope.names.get((name, ()))
            if isinstance(d, Definition) and d.body and not d.builtin:
                try:
                    todo.append(parse(d.body))
                except LatexError:
                    continue
    return seen


def only_stated(hypotheses: Iterable[tuple[str, str]]) -> bool:
    """Do all the hypotheses come from stated distributions or a context's ``given:``? Then none of
    them names a special case (``where $a = 0$ is the linear case``,
    :func:`verifier.documents.hypotheses.special_case`): a zero mean is what the notes assume of the noise
    everywhere after it, and a context's hypothesis is what its author declares."""
    found = list(hypotheses)
    return bool(found) and all(where.startswith(STATED) or where == "context" for _, where in found)
