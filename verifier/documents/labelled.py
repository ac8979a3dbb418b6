r"""A subscript that labels a function the notes define: ``J_\lambda(\theta)``, ``L_S(h)``.

Notes name variants of one function by a subscript: the regularised cost ``J_\lambda(\theta) = … +
\frac{\lambda}{2}\|\theta\|^2``, the empirical risk ``L_S(h)`` of a sample ``S``, an operator with its
parameter ``\operatorname{prox}_\lambda(x)`` (the name then ``prox_lambda``, latex.rewrite), a kernel by its
smoothness ``k_{3/2}(r)`` (a fraction of digits, the name then ``k_3over2``). Parsed alone,
``J_\lambda(\theta)`` is entry λ of ``J(\theta)`` (or ``J_\lambda`` times θ), and the definition is
never learned. A reader takes the subscript for part of the name when the notes *define* the
function with it and the subscript is no index there: it is not a parameter, and the body never
writes it as a subscript (``f_k(x) = w_k^T x`` is a family of functions indexed by k, left alone).

This module owns that reading: :func:`function_labels` finds such definitions in the notes, and
:func:`relabel` writes each labelled name as a text label (``J_{\text{lambda}}``), the form the
parser already reads as one name (``J_{\text{reg}}``; a one-letter label becomes the word ``Slabel``,
as a one-letter text subscript is a letter to the parser), everywhere in the notes, so the definition,
its calls (``\nabla_\theta J_\lambda(\theta)``) and the name alone (``\partial J_\lambda/\partial\theta``)
are one function.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from verifier.documents.familyparameters import ParameterLabel, with_parameter
from verifier.documents.labelledheads import numbered_head, written_bare
from verifier.latex.vocabulary import GREEK_ALTERNATION

__all__ = ["function_labels", "label_notes", "relabel", "written_bare"]

# \mathcal{L}_q(p), \mathscr{L}_\lambda(\theta): a calligraphic loss labelled by a subscript (fresh43)
_NAME = (r"(?P<name>(?<![\\A-Za-z])[A-Za-z]|\\(?:" + GREEK_ALTERNATION
         + r")|\\operatorname\{[A-Za-z]{2,}\}|\\(?:mathcal|mathscr)\{[A-Z]\})")
_SUB = r"(?P<sub>\{\s*\\?[A-Za-z]+\s*\}|\\[A-Za-z]+|[A-Za-z]|\{\s*\d{1,2}\s*\}|\d(?![\d.])|\{\s*\d\s*/\s*\d\s*\})"
# k_{3/2}(r): a fraction of digits (a Matérn kernel's ν) — no index is a fraction; its word for the parser
_FRACTION = re.compile(r"(\d)\s*/\s*(\d)")
LABELLED_DEFINITION = re.compile(
    _NAME + r"_" + _SUB + r"\s*(?:\\left\s*)?\((?P<params>[^()$]*?)(?:\\right\s*)?\)\s*&?\s*"  # &= in align
    r"(?::=|=|\\coloneqq|\\triangleq|\\equiv)(?P<body>[^$]{1,400}?)(?=\$|\\\\|\n\n|\\q?quad\b|\\end\{|$)"
)


# the big operator right before a match: \sum_k, \sum_{k=1}^{K}, \prod_{j}
SUMMED = re.compile(r"\\(?:sum|prod)\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+)\s*)?"
                     r"(?:\^\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+)\s*)?$")


def bare_label(sub: str) -> str:
    """A label without its braces, spaces and leading backslash (``{(2)}`` → ``(2)``, ``\\ell`` → ``ell``)."""
    return re.sub(r"\s+", "", sub.strip("{} ").lstrip("\\"))


_GREEK = re.compile(r"(?:" + GREEK_ALTERNATION + r")")
_BOLD_OPEN = r"\\(?:mathbf|boldsymbol|bm)\s*\{\s*"


def _sub_pattern(sub: str) -> tuple[str, bool]:
    r"""The regex of label ``sub`` as the notes write it, and whether it may go unbraced: a Greek letter
    is a command (``\lambda``, ``_\lambda``), a longer word is letters in braces (``L_{MSE}``: unbraced,
    ``L_MSE`` is ``L_M`` times SE), a single letter either way."""
    if len(sub) > 1 and _GREEK.fullmatch(sub):
        return r"\\" + sub, True
    if sub.isdigit():  # f_1 but not f_12 when the label is 1
        return sub + r"(?!\d)", len(sub) == 1
    if (m := _FRACTION.fullmatch(sub)) is not None:  # k_{3/2}, k_{3 / 2}
        return m.group(1) + r"\s*/\s*" + m.group(2), False
    return sub, len(sub) == 1


# one parameter of a definition: a name (a letter or a command, maybe decorated, bold, sub- or superscripted);
# ``y_i (\delta_{ij} - p_j) = …`` in a chain writes an expression there: a product, not a definition
_PARAMETER = re.compile(
    r"\s*(?:\\(?:mathbf|boldsymbol|bm|hat|tilde|bar|vec|mathrm|mathit)\s*\{?\s*)?(?:\\[A-Za-z]+|[A-Za-z])\s*\}?"
    r"(?:\s*[_^]\s*(?:\{[^{}]*\}|[A-Za-z0-9]|\\[A-Za-z]+))*\s*'*\s*"
)


def names_only(params: str) -> bool:
    """Does ``params`` (between a definition's brackets) list names only (or nothing)?"""
    return all(_PARAMETER.fullmatch(p) for p in re.split(r"[,;]", params)) or not params.strip()


def function_labels(text: str) -> set[tuple[str, str]]:
    """(name, label) of each function the notes define with a label subscript, as written
    (``("J", "lambda")`` for ``J_\\lambda(\\theta) = …``)."""
    out: set[tuple[str, str]] = set()
    indexed: set[tuple[str, str]] = set()  # defined elsewhere as a family by that index (ctx49)
    for m in LABELLED_DEFINITION.finditer(text):
        if not names_only(m.group("params")):
            continue  # y_i (\delta_{ij} - p_j) = …: an expression in the brackets, a product
        if SUMMED.search(text, max(0, m.start() - 40), m.start()):
            continue  # \sum_k p_k(T) = 1: a term under a sum, no definition (ctx49)
        sub = bare_label(m.group("sub"))
        if sub in {p.strip().lstrip("\\") for p in re.split(r"[,;]", m.group("params"))}:
            continue  # f_x(x): not a label
        if sub in ("T", "top", "intercal", "prime"):
            continue
        if sub.isdigit():  # f_1(x) = x^3: the first of the notes' functions (read17), never x_1(a + b)
            if numbered_head(m.group("name"), m.group("params")):
                out.add((m.group("name").lstrip("\\"), sub))
            continue
        token = _sub_pattern(sub)[0]
        # the function's own name in the body (\log h_w(x) = (1 - h_w(x))x, a claim read as a definition) is no
        # family index: only another name's subscript is (f_k(x) = w_k^T x)
        own = (r"(?<![\\A-Za-z])" + re.escape(m.group("name")) + r"\s*_\s*(?:\{\s*" + token + r"\s*\}|" + token
               + r"(?![A-Za-z]))")
        body = re.sub(own, " ", m.group("body"))
        if re.search(r"_\s*(?:\{[^{}]*(?<![A-Za-z\\])" + token + r"(?![A-Za-z])|" + token + r"(?![A-Za-z]))",
                     body):  # fmt: skip
            indexed.add((m.group("name").lstrip("\\"), sub))
            continue  # f_k(x) = w_k^T x: k indexes a family
        out.add((m.group("name").lstrip("\\"), sub))
    return out - indexed


def relabel(latex: str, labels: set[tuple[str, str]]) -> str:
    r"""``latex`` with each labelled name written ``J_{\text{lambda}}`` (one name for the parser)."""
    for name_sub in labels:
        name, sub = name_sub
        # a lone letter not inside a word — but \frac{dk_{3/2}}{dr} writes the d of the derivative against it
        head = (r"\\" + re.escape(name) if len(name) > 1 else r"(?:(?<![\\A-Za-z])|(?<=\{d))" + name)
        head = r"(?P<head>" + _BOLD_OPEN + head + r"\s*\}|" + head + r")\s*"  # \boldsymbol{\delta}_o (namesubscripts)
        token, unbraced = _sub_pattern(sub)
        pattern = head + r"_(?:\{\s*" + token + r"\s*\}" + (r"|" + token if unbraced else "") + r")(?![A-Za-z])"
        # a one-letter text subscript is that letter for the parser (an index): L_S becomes L_Slabel
        word = sub if len(sub) > 1 or sub.isdigit() else sub + "label"  # f_1: f_{\text{1}} (latex.tokenizer)
        word = _FRACTION.sub(r"\1over\2", word)  # k_{3/2}: k_{\text{3over2}} (latex.tokenizer)
        if isinstance(name_sub, ParameterLabel):  # S_1(3) of S_\lambda(x): the family at λ = 1 (familyparameters)
            latex = with_parameter(latex, name_sub, word)
        latex = re.sub(pattern, lambda m, w=word: m.group("head") + r"_{\text{" + w + "}}", latex)
    return latex


def label_notes(latex: str, labels: set[tuple[str, str]], quantities: Collection[tuple[str, str]] = (),
                capitals: Collection[tuple[str, str]] = (), stated: Collection[tuple[str, str]] = ()) -> list[str]:
    """The readings :func:`relabel` makes in ``latex``, as reported with a step (``quantities``: the labels
    that are quantities of the notes, documents.namesubscripts; ``capitals``: capital letters written only as
    subscripts, documents.capitallabels; ``stated``: names given a number beside their bare name's,
    documents.statedlabels)."""
    out = []
    for name, sub in sorted(labels):
        if relabel(latex, {(name, sub)}) != latex:
            shown = re.sub(r"^(?:operatorname|mathcal|mathscr)\{(\w+)\}$", r"\1", name)
            if (name, sub) in quantities:
                out.append(f"{shown}_{sub} read as one name: {sub} is a quantity of the notes, not an index (a label)")
                continue
            if (name, sub) in stated:
                out.append(f"{shown}_{sub} read as one name: the notes give both {shown}_{sub} and {shown} a number, "
                           "and a number has no entries (a label, not an index)")
                continue
            if (name, sub) in capitals:
                out.append(f"{shown}_{sub} read as one name: the notes write {sub} only as a subscript or alone, never "
                           "in an expression, a range or a size (a label, not an index)")
                continue
            out.append(f"{shown}_{sub} read as one name: the notes define the function {shown}_{sub}(…) and "
                       f"{sub} indexes nothing there (a label)")  # fmt: skip
    return out
