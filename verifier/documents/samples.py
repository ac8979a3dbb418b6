r"""Samples and the data matrix: ``\mathbf{x}_i`` as sample i, and X as the matrix of the samples' rows.

ML notes number their samples two ways, ``\mathbf{x}^{(i)}`` and ``\mathbf{x}_i`` (Bishop's
``\mathbf{x}_n``), and then state the same quantity over all samples in matrix form: ``\sum_i
(\sigma(\mathbf{w}^\top\mathbf{x}_i) - y_i)\mathbf{x}_i = X^\top(\sigma(X\mathbf{w}) - \mathbf{y})``.
A reader takes X to be the data matrix whose row i is sample i, and **y** the vector of the labels
y_i, though few notes say so in a formula. This module owns those two readings:

* :func:`sample_names` finds bold lower-case names the notes write with a one-letter subscript and
  never alone (``\mathbf{x}_i`` but no ``\mathbf{x}``): such a subscript numbers samples, each a
  vector, and :func:`as_samples` writes them as ``\mathbf{x}^{(i)}``, the form the inference and the
  resolver read as the rows of a matrix (documents.infer, documents.values.entry_of). Where the notes
  also write ``\mathbf{x}`` alone, ``\mathbf{x}_i`` may be its entry and is left alone.
* :func:`data_matrix` pairs a sample family ``x^{(i)}`` with the capital X written in another member
  of the chain (and a label family ``y^{(i)}`` with **y**), so that doubts may try the chain with X
  read as that family's matrix: the samples are its rows, or its columns where the prose says so
  ("the columns of $\mathbf{X}$ are the observations"). It is a reading, tried only where the
  literal one fails (X and the samples are then unrelated names) and reported with the step; a step
  that fails under it stays FAILED or SKIPPED as the other readings decide, never green.
* :func:`sample_rows` reads the chain alone, where the notes also write ``\mathbf{x}`` elsewhere: a
  bold ``\mathbf{x}_i`` that the chain (with the definitions it reaches) never writes alone, beside the
  bold or annotated capital X it writes, is defined as ``(X_{i,:})^\top`` for that chain (a column of X
  where the prose says so), reported with the step; a failure under it is SKIPPED (:func:`unsure`),
  as the notes may mean other vectors by it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, Key, Scope, VarDecl
from verifier.documents.scoping import Uses
from verifier.documents.stackedsamples import said_columns
from verifier.latex import LatexError
from verifier.latex.vocabulary import GREEK_ALTERNATION, TRANSPOSE
from verifier.results import StepResult, Verdict

__all__ = ["SAMPLE", "as_samples", "column_letters", "data_matrix", "rows_denied", "sample_names", "sample_note",
           "sample_rows", "stated_rows", "unsure", "unsure_under", "with_called_bodies"]

#: the words of the chain-local reading, in the step's message (what :func:`unsure` looks for)
SAMPLE = "a sample of the data matrix"

_BOLD = r"\\(?:mathbf|boldsymbol|bm)\s*\{\s*([a-z])\s*\}"
# \mathbf{x}_i, \mathbf{x}_{i}, \mathbf{x}_n: one letter subscript (a digit or a word is a label)
_SUBSCRIPTED = re.compile(_BOLD + r"\s*_\s*(?:\{\s*([a-z])\s*\}|([a-z])(?![A-Za-z]))")
_ANY = re.compile(_BOLD)
# the same for a bold Greek letter, ``\boldsymbol{\mu}_k`` (k-means' centres, a mixture's means: lead63), read as
# samples like the Latin ones (sample_names, as_samples); the row/column sentences stay about Latin letters
_GREEK_LETTERS = "|".join(g for g in GREEK_ALTERNATION.split("|") if g.islower())  # \Sigma_k: a matrix, no sample
_GREEK = r"\\(?:mathbf|boldsymbol|bm)\s*\{\s*(?P<greek>\\(?:" + _GREEK_LETTERS + r"))\s*\}"
_SAMPLE = re.compile(rf"(?:{_BOLD}|{_GREEK})" r"\s*_\s*(?:\{\s*(?P<braced>[a-z])\s*\}|(?P<bare>[a-z])(?![A-Za-z]))")
_ANY_SAMPLE = re.compile(rf"{_BOLD}|{_GREEK}")
_FAMILY = "^()"
# "column of $X^T$", "columns of $\mathbf{X}^\top$", "of $X'$": a column of the transpose is a row (review18c)
_NOT_TRANSPOSED = r"(?!\s*\}?\s*(?:\^|'))"
_COLUMNS = re.compile(
    r"columns\s+of\s+\$?\s*(?:\\(?:mathbf|textbf|boldsymbol|bm)\s*\{?\s*)?([A-Z])\b" + _NOT_TRANSPOSED +
    # "Let $X$ have columns …", "$X$, whose columns are …", "$\mathbf{X}$ with columns …"
    r"|\$\s*(?:\\(?:mathbf|textbf|boldsymbol|bm)\s*\{?\s*)?([A-Z])\s*\}?\s*\$\s*,?\s*(?:has|have|with|whose)\s+columns\b"
)
# "$\mathbf{x}_i$ is the $i$-th column of $X$", "each column of $\mathbf{X}$ is …": one column, a sample
# only where the clause writes the sample itself
_ONE_COLUMN = re.compile(r"\bcolumn\s+of\s+\$?\s*(?:\\(?:mathbf|textbf|boldsymbol|bm)\s*\{?\s*)?([A-Z])\b"
                         + _NOT_TRANSPOSED)
# a clause: up to . ; ! ? or a blank line
_CLAUSE = re.compile(r"[^.;!?\n]*(?:\n(?!\s*\n)[^.;!?\n]*)*")
# columns that are no samples: "the columns of $X$ are the features"
_NOT_SAMPLES = re.compile(r"\b(?:features?|variables?|attributes?|predictors?|covariates?|dimensions?|coordinates?)\b",
                          re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|never|no|nor)\b|n't", re.IGNORECASE)
_ROWS = re.compile(r"\brows?\b", re.IGNORECASE)
_ROWS_OF = re.compile(r"\brows\s+of\s+\$?\s*(?:\\(?:mathbf|textbf|boldsymbol|bm)\s*\{?\s*)?([A-Z])\b")
# what a denial of the rows must speak of: the samples ("The rows of $X$ are not the samples")
_SAMPLE_WORD = re.compile(r"\b(?:samples?|observations?|examples?|data\s+points?|instances?|records?|inputs?)\b",
                          re.IGNORECASE)
_CLAUSE_COLON = re.compile(r"[^.;:!?\n]*(?:\n(?!\s*\n)[^.;:!?\n]*)*")
# after a bold name: a subscript (perhaps after a transpose), or a sample superscript ^{(i)}
_SUBSCRIPT_OR_SAMPLE = re.compile(r"\s*(?:(?:\^\s*\{?\s*(?:\\top|T|\\intercal)\s*\}?\s*)?_|\^\s*\{\s*\()")


_SENTENCE = re.compile(r"[^.!?\n]*(?:\n(?!\s*\n)[^.!?\n]*)*")
_ROW_WORD = re.compile(r"\b(?:rows?|columns?)\b", re.I)
# the capital of the data matrix in an inline formula: $X$, $X \in …$, $\mathbf{X}$
_CAPITAL = re.compile(r"\$\s*(?:\\(?:mathbf|textbf|boldsymbol|bm)\s*\{\s*)?([A-Z])\b")


@functools.lru_cache(maxsize=16)  # a pure function of the notes' text, asked per chain and per reading
def column_letters(text: str) -> frozenset[str]:
    r"""The capitals ``text`` says have the samples as columns: "the columns of $\mathbf{X}$ are the
    observations", "Let $X$ have columns $\mathbf{x}_i$", "$\mathbf{x}_i$ is the $i$-th column of $X$"
    (one column: only with the bold sample of the same letter in its clause). A clause that calls the
    columns features (variables, dimensions) without writing the sample, or negates, says nothing."""
    out: set[str] = set()
    for m in _CLAUSE.finditer(text):
        clause = m.group(0)
        if "column" not in clause or _NEGATION.search(clause) or _ROWS.search(clause):
            continue  # "the columns of $X$ are the features …, and the samples … are its rows": not columns
        samples = {g.group(1).upper() for g in _SUBSCRIPTED.finditer(clause)}
        for c in _COLUMNS.finditer(clause):
            letter = c.group(1) or c.group(2)
            if letter in samples or not _NOT_SAMPLES.search(clause):
                out.add(letter)
        out |= {c.group(1) for c in _ONE_COLUMN.finditer(clause) if c.group(1) in samples}
    return frozenset(out | said_columns(text))  # "… whose columns are the examples $x^{(i)}$" (stackedsamples)


@functools.lru_cache(maxsize=16)  # a pure function of the notes' text, asked per chain and per reading
def rows_denied(text: str) -> frozenset[str]:
    r"""The capitals ``text`` says do *not* have the samples as rows: "The rows of $X$ are not the
    samples" (a clause, up to . ; : ! ?, that speaks of the rows of X and of the samples, and negates;
    "The rows of $X$ are not normalised" denies nothing)."""
    out: set[str] = set()
    for m in _CLAUSE_COLON.finditer(text):
        clause = m.group(0)
        if _NEGATION.search(clause) and _SAMPLE_WORD.search(clause):  # "not normalised" denies nothing (review18c)
            out |= {r.group(1) for r in _ROWS_OF.finditer(clause)}
    # "the samples $\mathbf{x}_i$ are the columns of $X$, not its rows", "$X$ is the d×n matrix whose columns are
    # the $\mathbf{x}_i$": however the columns are said, samples in the columns are not rows (redteam8)
    for m in _CLAUSE.finditer(text):
        clause = m.group(0)
        if not re.search(r"\bcolumns?\b", clause, re.I) or _NOT_SAMPLES.search(clause):
            continue
        samples = {g.group(1).upper() for g in _SUBSCRIPTED.finditer(clause)}
        out |= {c.group(1) for c in _CAPITAL.finditer(clause) if c.group(1) in samples}
    return frozenset(out)


@functools.lru_cache(maxsize=16)  # a pure function of the notes' text, asked per chain and per reading
def stated_rows(text: str) -> frozenset[str]:
    r"""``{"X", "x"}`` for each sentence of ``text`` that says the samples are rows (or columns) of a
    matrix: the word row/column, an inline capital ``$X…$`` and a bold ``\mathbf{x}_i`` of the same
    letter ("Let $X$ have rows $\mathbf{x}_i^T$", "the $i$-th row of $\mathbf{X}$ is $\mathbf{x}_i^\top$").
    Such notes relate X to the samples in so many words (documents.guesses reads that)."""
    out: set[str] = set()
    # a sentence about columns relates X only where the data-matrix reading reads X by its columns
    columns = column_letters(text)
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0)
        words = {w.lower().rstrip("s") for w in _ROW_WORD.findall(sentence)}
        if not words:
            continue
        lowers = {g.group(1) for g in _SUBSCRIPTED.finditer(sentence)}
        for c in _CAPITAL.finditer(sentence):
            if c.group(1).lower() in lowers and (words == {"row"} or c.group(1) in columns):
                out |= {c.group(1), c.group(1).lower()}
    return frozenset(out)


def sample_names(text: str) -> frozenset[str]:
    r"""Bold lower-case names written with a one-letter subscript and never alone in ``text``."""
    subscripted = {_letter(m) for m in _SAMPLE.finditer(text)}
    if not subscripted:
        return frozenset()
    alone = {_letter(m) for m in _ANY_SAMPLE.finditer(text) if not _SUBSCRIPT_OR_SAMPLE.match(text, m.end())}
    return frozenset(subscripted - alone)


def _letter(m: re.Match[str]) -> str:
    r"""The letter a match of :data:`_SAMPLE` or :data:`_ANY_SAMPLE` writes bold: ``x``, or ``\mu``."""
    return m.group(1) or m.group("greek")


def as_samples(src: str, names: frozenset[str]) -> str:
    r"""``src`` with each sample ``\mathbf{x}_i`` of ``names`` written ``{\mathbf{x}^{(i)}}``."""
    if not names:
        return src

    def one(m: re.Match[str]) -> str:
        if _letter(m) not in names:
            return m.group(0)
        bold = m.group(0)[: m.group(0).index("}") + 1]
        return "{" + bold + "^{(" + (m.group("braced") or m.group("bare")) + ")}}"

    return _SAMPLE.sub(one, src)


def sample_note(src: str, names: frozenset[str]) -> list[str]:
    """The reading to report for a member where :func:`as_samples` changed something."""
    found = sorted({_letter(m) for m in _SAMPLE.finditer(src) if _letter(m) in names})
    return [f"\\mathbf{{{n}}}_i read as sample i, a vector (\\mathbf{{{n}}} is never written alone)" for n in found]


def data_matrix(
    members: Sequence[Sequence[sp.Basic]], text: str = "", defined: frozenset[str] = frozenset()
) -> tuple[str, dict[sp.Basic, sp.Basic]] | None:
    r"""X read as the matrix of the samples ``x^{(i)}`` (row i; column i where ``text``, the notes, say
    the columns of X are the samples) and **y** as the labels ``y^{(i)}``, where a member writes the
    family and another member the matrix (or vector), and no member both. ``members``: each member's
    trees. The mapping replaces the matrix's symbol by the family's (transposed for columns). A name
    in ``defined`` (a family ``x^()`` the notes define, e.g. as the rows of X in prose, or a matrix W
    they define) is left as the notes define it: it is neither paired nor replaced."""
    columns = column_letters(text)
    denied = rows_denied(text)
    families: set[str] = set()
    symbols: dict[str, list[sp.Symbol]] = {}
    where_family: dict[str, set[int]] = {}
    where_symbol: dict[str, set[int]] = {}
    for k, trees in enumerate(members):
        for t in trees:
            for node in t.atoms(sp.Indexed):
                label = node.base.label
                if isinstance(label, sp.Symbol) and label.name.endswith(_FAMILY) and len(node.indices) == 1:
                    families.add(label.name)
                    where_family.setdefault(label.name, set()).add(k)
            for s in t.atoms(sp.Symbol):
                if len(s.name) == 1:
                    symbols.setdefault(s.name, []).append(s)
                    where_symbol.setdefault(s.name, set()).add(k)
    mapping: dict[sp.Basic, sp.Basic] = {}
    notes = []
    for name in sorted(families - defined):
        letter = name[: -len(_FAMILY)]
        if len(letter) != 1:
            continue
        for partner in (letter.upper(), letter) if letter.islower() else ():
            if partner not in symbols or partner in defined or where_family[name] & where_symbol[partner]:
                continue
            family: sp.Basic = sp.Symbol(name, commutative=symbols[partner][0].is_commutative)
            if partner in denied and partner not in columns:
                continue  # "the rows of $X$ are not the samples": no row reading (and no column said)
            by_columns = partner in columns and partner != letter
            if by_columns:
                family = TRANSPOSE(family)
            for s in symbols[partner]:
                mapping[s] = family
            what = "entry i" if partner == letter else ("column i" if by_columns else "row i")
            notes.append(f"{letter}^{{(i)}} as {what} of {partner}")
            break
    if not mapping:
        return None
    return "the data matrix (" + ", ".join(notes) + ")", mapping


def with_called_bodies(
    trees: list[sp.Basic], scope: Scope, parse: Callable[[str], sp.Basic]
) -> list[sp.Basic]:
    r"""``trees`` (one member's) and the bodies of the notes' functions they call or name, and of the functions
    those bodies call in turn: what the member writes for :func:`data_matrix`. ``J(\theta)`` with ``J(\theta) :=
    \frac12\sum_i (\theta^T x^{(i)} - y^{(i)})^2`` writes the samples; restated as ``\frac12(X\theta - y)^T(X\theta
    - y)`` with the design matrix X, the reading pairs X with them as it does when a member writes the sum itself."""
    out = list(trees)
    seen: set[str] = set()
    todo = list(trees)
    while todo:  # through every body reached: J_\lambda(\theta) := J(\theta) + … writes J's samples too (lead61)
        tree = todo.pop()
        # J(\theta), or J bare where the notes define J(\theta) := … (\nabla_\theta J)
        for name in [c.func.__name__ for c in tree.atoms(AppliedUndef)] + [s.name for s in tree.atoms(sp.Symbol)]:
            entry = scope.names.get((name, ()))
            if name in seen or not isinstance(entry, Definition) or not entry.is_function or not entry.body:
                continue
            seen.add(name)
            try:
                body = parse(entry.body)
            except LatexError:
                continue  # a body the parser cannot read pairs nothing
            out.append(body)
            todo.append(body)
    return out


def sample_rows(uses: Uses, scope: Scope, bold: frozenset[Key], matrices: frozenset[Key], text: str) -> list[Key]:
    """Add to ``scope`` the row (or column) reading of each bold ``x_i`` beside its bold capital X the
    chain writes (``uses``: the chain and the definitions it reaches); return the keys defined."""
    columns = column_letters(text)
    denied = rows_denied(text)
    out: list[Key] = []
    for base, counts in sorted(uses.subscripted.items()):
        capital = base.upper()
        if len(base) != 1 or not base.islower() or counts != {1} or base in uses.bare or base in uses.called:
            continue
        key = (base, ())
        if key not in bold or key in scope.names or any(k[0] == base for k in scope.names):
            continue  # not a bold sample, or the notes (or a context) say what it is
        if capital in uses.called or (capital not in uses.bare and uses.subscripted.get(capital) != {2}):
            continue  # the chain writes the matrix X, whole or by its entries X_ij
        entry = scope.names.get((capital, ()))
        if entry is not None and not (isinstance(entry, VarDecl) and entry.kind == "matrix"):
            continue
        if (capital, ()) not in bold and (capital, ()) not in matrices:
            continue
        index = "i"  # the family's parameter (x_n, x_k in the chain are the same family)
        if capital in denied and capital not in columns:
            continue  # "the rows of $X$ are not the samples"
        part, slot = ("column", f":,{index}") if capital in columns else ("row", f"{index},:")
        body = rf"(\mathbf{{{capital}}}_{{{slot}}})^\top" if part == "row" else rf"\mathbf{{{capital}}}_{{{slot}}}"
        scope.names[key] = Definition(key, body, (), (index,), None, False, 0)
        scope.inferred[key] = (f"{base}_{index}: {part} {index} of {capital}, as a column vector ({SAMPLE} "
                               f"{capital}; the {part}s of a data matrix are its samples)")  # fmt: skip
        out.append(key)
    return out


def unsure_under(r: StepResult, reading: str, why: str) -> StepResult:
    """``r`` SKIPPED with ``why`` where it is FAILED under a reading whose words (``reading``) its message
    names: a reading a failure may not rest on (this one's, documents.sampleentries', documents.droppedindex')."""
    if r.verdict is not Verdict.FAILED or reading not in (r.message or ""):
        return r
    return r.skipped(why)


def unsure(r: StepResult) -> StepResult:
    """A FAILED step read with the data-matrix reading becomes SKIPPED with the reason."""
    return unsure_under(r, SAMPLE, "fails with the bold sample read as a row of the data matrix, but the notes may "
                                   "mean other vectors by it: not called FAILED")
