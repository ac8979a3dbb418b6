r"""A bold subscript on a quantity is a parameter label, not an index: ``\pi^{(i)}_{\bm{\theta}}``.

Notes that abbreviate a model's output at a sample write the parameters it depends on as a bold
subscript: ``\pi^{(i)}_{\bm\theta}`` for ``\pi(\mathbf{x}^{(i)} \mid \bm\theta)``, ``p_{\mathbf{w}}``,
``\hat{y}_{\boldsymbol\beta}``. Parsed as written, the subscript is an index (entry θ of π^{(i)}),
and the derivation by θ that follows cannot be read at all (an index that is a vector). An index
is a plain letter or number; a bold letter is a vector or a matrix, and a vector in a subscript
names *which* quantity is meant, the way ``J_{\text{reg}}`` does.

This module owns that reading: :func:`as_labels` writes such a subscript as a text label
(``\pi^{(i)}_{\text{theta}}``, one name for the parser, its sample superscript kept) wherever a
single-letter or Greek name carries it and is not applied (``f_{\bm\theta}(x)`` is left alone: a
labelled *function* is :mod:`verifier.documents.labelled`'s, defined in the notes), nor taken an
expectation over (``E_{\bm x}[…]``). A context names the labelled quantity the same way as the notes
(its names are read through :func:`as_labels` too). :func:`label_note` is the reading reported.
"""

from __future__ import annotations

import re

from verifier.latex.vocabulary import GREEK_ALTERNATION

__all__ = ["as_labels", "label_note", "quantities"]

_NAME = r"(?P<name>(?<![\\A-Za-z])[A-Za-z]|\\(?:" + GREEK_ALTERNATION + r")(?![A-Za-z]))"
_SUP = r"(?:\^\s*(?:\{[^{}]*\}|[^\s{}\\]))"
_BOLD = r"\\(?:bm|mathbf|boldsymbol)\s*(?:\{\s*(?P<a>\\?[A-Za-z]+)\s*\}|(?P<b>\\[A-Za-z]+|[A-Za-z]))"
_SITE = re.compile(
    _NAME
    + r"(?P<sup>\s*"
    + _SUP
    + r")?\s*_\s*(?:\{\s*"
    + _BOLD
    + r"\s*\}|"
    + _BOLD.replace("<a>", "<c>").replace("<b>", "<d>")
    + r")"
)
_APPLIED = re.compile(r"\s*" + _SUP + r"?\s*(?:\(|\\left|\\big|\\Big)")


def _label(m: re.Match[str]) -> str:
    return (m.group("a") or m.group("b") or m.group("c") or m.group("d")).lstrip("\\")


def _text(label: str) -> str:
    # a one-letter text subscript is a letter to the parser (an index): a word is one name
    return label + "label" if len(label) == 1 else label


def _applied(src: str, m: re.Match[str]) -> bool:
    return _APPLIED.match(src, m.end()) is not None


def _expectation(src: str, m: re.Match[str]) -> bool:
    return m.group("name") == "E" and src[m.end() :].lstrip().startswith("[")


def quantities(text: str) -> frozenset[tuple[str, str]]:
    r"""(name, label) of every bold-subscripted name ``text`` writes as a quantity somewhere (not
    applied to a bracket): ``\pi^{(i)}_{\bm\theta}(1 - \pi^{(i)}_{\bm\theta})`` multiplies then."""
    return frozenset((m.group("name"), _label(m)) for m in _SITE.finditer(text)
                     if not _applied(text, m) and not _expectation(text, m))  # fmt: skip


def as_labels(src: str, known: frozenset[tuple[str, str]] = frozenset()) -> str:
    r"""``src`` with every bold subscript of a quantity written as a text label
    (``\pi^{(i)}_{\bm{\theta}}`` → ``\pi^{(i)}_{\text{theta}}``). A name applied to a bracket
    (``f_{\bm\theta}(x)``) is left alone unless ``src`` or the notes (``known``, :func:`quantities`)
    write it as a quantity elsewhere."""
    if "_" not in src or not re.search(r"\\(?:bm|mathbf|boldsymbol)", src):
        return src
    known = known | quantities(src)

    def one(m: re.Match[str]) -> str:
        if _expectation(src, m) or (_applied(src, m) and (m.group("name"), _label(m)) not in known):
            return m.group(0)  # E_{\mathbf{x}}[…]: an expectation over x; f_{\bm\theta}(x): a function
        return f"{m.group('name')}{m.group('sup') or ''}_{{\\text{{{_text(_label(m))}}}}}"

    return _SITE.sub(one, src)


def label_note(src: str, known: frozenset[tuple[str, str]] = frozenset()) -> list[str]:
    """The reading, for a member whose text :func:`as_labels` changes."""
    if as_labels(src, known) == src:
        return []
    labels = sorted({_label(m) for m in _SITE.finditer(src) if not _expectation(src, m)})
    return [f"the bold subscript {', '.join(labels)} read as a label (which parameters the quantity is of), "
            "not an index"]  # fmt: skip
