r"""The likelihood of independent samples: ``p(\mathbf{y}|X;w)`` as the product of the notes' ``p(y_i|X;w)``.

Maximum-likelihood notes define the density of one sample, ``p(y_i \mid X; w) = \mathcal{N}(\ldots)``,
say the samples are independent ("since the examples are taken independently, the full likelihood
of the data will look like a product of the density functions") and go on with the likelihood of
them all: ``\log p(\mathbf{y} \mid X; w) = \log \prod_{i=1}^n \mathcal{N}(\ldots)``. Read literally,
``p(\mathbf{y}|X;w)`` is an opaque quantity nobody defines (:mod:`verifier.latex.probability`) and
the step was SKIPPED, though the prose says what it is.

This module owns that reading, and only it (:func:`joint_likelihoods`):

* the prose says the samples are independent ("independent", "independently", "i.i.d.") before
  the joint is written;
* the notes define the family of one sample, a conditional written with an index (the parser's
  ``p(y_|X;w)`` indexed by i), and write the joint: the same conditional without the index
  (``p(y|X;w)``), which nothing defines;
* the notes write the range of that index (``\prod_{i=1}^{n}``, ``\sum_{i=1}^{n}``), the first from
  the family's definition on (a product over i before it is about other data): the joint is the
  product of the family over it, in force from the family's definition on.

A step that then fails is a step that contradicts what the prose states (the samples' likelihood
is the product of theirs); every step read so reports the reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import sympy as sp

from verifier.documents.context import ContextError, Definition, Key, parse_definition
from verifier.documents.fixedparams import written_conditionals
from verifier.documents.sentences import MARK_OR_BLANK, WORD_STOP
from verifier.documents.symmetricprose import NEGATION
from verifier.latex import LatexError

__all__ = ["joint_likelihoods"]

_INDEPENDENT = re.compile(r"\bindependent(?:ly)?\b|\bi\.\s?i\.\s?d\.?|\biid\b", re.IGNORECASE)
# "independent" that is not about the samples: the inputs of a regression, linearly independent columns,
# a quantity independent of a name
# (review18c: "The noise is independent of the inputs" is about the noise; "of each other" is about the samples)
_OTHER_SENSE = re.compile(r"\blinearly\s+independent\b|\bindependent(?:ly)?\s+(?:variables?\b|of\s+\$"
                          r"|of\s+(?!each\s+other|one\s+another|(?:the\s+)?others?\b)(?:the\s+)?[A-Za-z])",
                          re.IGNORECASE)
# a clause that asks or supposes against the facts ("Is it reasonable …?", "If the samples were independent, …
# would …"): no statement (review18c)
_HYPOTHETICAL = re.compile(r"\b(?:were|would|whether)\b", re.IGNORECASE)
# the clause of a match: from the last , ; : . ! ? (or "but", "while") before it to the next . ; ! ?
_CLAUSE_START = re.compile(r"[.;:!?,]|\n\s*\n|\b(?:but|while|whereas)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;!?]\s|[;!?]|\n\s*\n")
# a clause that says independence of the features (naive Bayes), not of the samples (or denies it: NEGATION)
_OF_FEATURES = re.compile(r"\b(?:features?|attributes?|covariates?|dimensions?|coordinates?|components?|pixels?|"
                          r"words?)\b", re.IGNORECASE)


def _says_independent(text: str) -> bool:
    """Does ``text`` say the samples are independent: an "independent(ly)" or "i.i.d." whose clause neither
    negates ("We do not assume …", "not i.i.d.") nor is about the features, in a sentence that does not ask
    ("…?") or suppose against the facts ("If they were independent, … would …")?"""
    text = _OTHER_SENSE.sub(" ", text)
    for m in _INDEPENDENT.finditer(text):
        before = text[: m.start()]
        start = max((c.end() for c in _CLAUSE_START.finditer(before)), default=0)
        end = _CLAUSE_END.search(text, m.end())
        clause = text[start : end.start() if end else len(text)]
        sentence_end = MARK_OR_BLANK.search(text[m.end() :])
        asked = sentence_end is not None and sentence_end.group(0) == "?"
        about_samples = not NEGATION.search(clause) and not _OF_FEATURES.search(clause)
        if about_samples and not asked and not _HYPOTHETICAL.search(_sentence_of(text, m.start())):
            return True
    return False


def _sentence_of(text: str, at: int) -> str:
    """The sentence of ``text`` around ``at`` (between . ! ? or blank lines)."""
    starts = list(WORD_STOP.finditer(text[:at]))
    end = MARK_OR_BLANK.search(text[at:])
    return text[starts[-1].end() if starts else 0 : at + end.end() if end else len(text)]


def _product_bounds(text: str, index: str, start: int) -> tuple[str, str] | None:
    r"""The bounds of the first ``\prod_{index=lo}^{hi}`` or ``\sum_{index=lo}^{hi}`` the notes write
    from ``start`` on (the family's definition: a product over other samples before it is another data
    set), as LaTeX: the range of the samples."""
    pat = re.compile(r"\\(?:prod|sum)\s*_\s*\{\s*" + re.escape(index) + r"\s*=\s*([^{}]+?)\s*\}\s*\^\s*"
                     r"(\{[^{}]+\}|\\?[A-Za-z0-9]+)")
    m = pat.search(text, start)
    if m is None:
        return None
    hi = m.group(2)
    return m.group(1), hi[1:-1] if hi.startswith("{") else hi


def joint_likelihoods(
    text: str,
    definitions: Iterable[Definition],
    known: Callable[[Key], bool],
    parse: Callable[[str], sp.Basic],
) -> list[tuple[Definition, str]]:
    """Definitions of the joints of independent samples (see the module docstring), each with the
    reading to report."""
    families = {d.key[0]: d for d in definitions
                if not d.key[1] and len(d.index_params) == 1 and "|" in d.key[0] and not d.is_function}  # fmt: skip
    if not families:
        return []
    written = written_conditionals(text, parse)
    out: list[tuple[Definition, str]] = []
    for name, (latex, at) in written.items():
        family = next((f for f in families if f.replace("_", "") == name and f != name), None)
        if family is None or name in families or known((name, ())):
            continue
        if not _says_independent(text[:at]):
            continue
        d = families[family]
        index = d.index_params[0]
        member = next((lx for nm, (lx, _) in written.items() if nm == f"{family}[{index}]"), None)
        line_start = sum(len(x) + 1 for x in text.split("\n")[: d.line - 1])
        bounds = _product_bounds(text, index, line_start)
        if member is None or bounds is None:
            continue
        body = rf"\prod_{{{index}={bounds[0]}}}^{{{bounds[1]}}} {member}"
        try:
            joint = parse_definition(latex, body, d.line)
        except ContextError:
            continue
        try:
            parse(body)
        except LatexError:
            continue
        out.append((joint, f"{name} read as the product of the notes' {family} over "
                           f"{index} = {bounds[0]}..{bounds[1]} (line {d.line}): the prose says the samples are "
                           "independent"))  # fmt: skip
    return out
