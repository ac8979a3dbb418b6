r"""Which derivative layouts a chain's ∇ admits.

``\nabla_X f`` of a scalar by a matrix is the gradient: the matrix of ∂f/∂X_ij, shaped as X, in
every text that writes ∇. The numerator layout (its transpose) is how some notes write
``\frac{\partial f}{\partial X}``, never ∇; offering it to a ∇ by a matrix turns the most common
slip of matrix calculus, a missing transpose (``\nabla_A tr(AB) = B``), green. A ∇ by a vector
keeps the other layout: some texts (e.g. a row-gradient convention) write ∇_x f as a row.

Prose can say which layout a ∂-derivative means: "(same shape as $W$)" just before
``\frac{\partial f}{\partial W} = …`` or "in denominator layout" (:func:`says_gradient_layout`);
the numerator layout is then not another reading of the chain either.

A layout is also a convention of the whole notes, stated once at the top ("We use the numerator
layout throughout."): :func:`stated_layouts` finds the sentences that name one layout and affirm it
(no negation, no question, no "if"); the last before a chain holds for it (``reader.layout_said``).
A stated denominator layout is then the chain's convention, a stated numerator layout the only other
reading it gets; read only in the few lines before a chain, a layout stated at the top of the notes
let the other layout turn a missing transpose green (redteam7).

A ``\frac{\partial L}{\partial W}`` by a matrix, the layout unstated, is still read in both layouts (the
step is not FAILED when it holds transposed), but one that holds *only* transposed is the most common
slip of backprop (``x\delta^T`` for ``\delta x^T``): it is not green unless the notes say numerator
layout (:func:`derivative_by_matrix`, documents.doubts). A row gradient by a *vector*
(``\partial J/\partial\theta = (\hat y - y)^T``) is how chain-rule notes write it, and stays green. A ∇ by a
vector is still read in both layouts, but one that holds *only* as a row is not green unless the notes say
numerator layout (:func:`writes_nabla`): no notes in the corpus or the probes write ∇_x f as a row, and
``(\sigma(q^T h) - 1) q^T`` for ``\nabla_h`` is the missing transpose (review22a).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Any

from verifier.documents.context import VarDecl
from verifier.documents.generic import derivatives_in
from verifier.documents.infer import names_in
from verifier.latex import Component

# \nabla_X, \nabla_{X}, \nabla_{\mathbf{X}}, \nabla_{W_2}, \nabla_\Theta: the variable's name
_NABLA = re.compile(r"\\nabla\s*_\s*(?:\{\s*)?(?:\\(?:mathbf|bm|boldsymbol|mathit|mathrm)\s*\{?\s*)?\\?([A-Za-z]+)")


# \partial W, \partial \mathbf{W}, \partial W_{ij}: a name a chain differentiates by (or differentiates)
_PARTIAL = re.compile(r"\\partial\s*(?:\{\s*)?(?:\\(?:mathbf|bm|boldsymbol|mathit|mathrm)\s*\{?\s*)?\\?([A-Za-z]+)")
_DENOMINATOR = re.compile(r"\b(?:denominator|gradient)[-\s]+layout\b", re.IGNORECASE)
# "… use the denominator layout; these notes use the numerator layout": both named, the words decide nothing
_NUMERATOR = re.compile(r"\b(?:numerator|jacobian)[-\s]+layout\b", re.IGNORECASE)
# "same shape as $W$", "the same dimensions as $\mathbf{W}$", "same size as $W$"
_SAME_SHAPE = re.compile(
    r"\bsame\s+(?:shape|size|dimensions?|dimensionality)\s+as\s+\$\s*"
    r"(?:\\(?:mathbf|bm|boldsymbol|mathit|mathrm)\s*\{?\s*)?\\?([A-Za-z]+)(?![A-Za-z])"
    # … but not "as $W^\top$" (the numerator layout's shape): the name is not followed by a transpose
    r"(?!\s*\}?\s*(?:'|\^\s*\{?\s*(?:\\top|\\intercal|\\mathsf\s*\{\s*T\s*\}|\\mathrm\s*\{\s*T\s*\}|T(?![A-Za-z]))))",
    re.IGNORECASE)

# "a gradient has the shape of the thing we differentiate by", "the derivative of $L$ by a matrix has the same
# shape as that matrix", "Gradients have the shape of the variable", "the gradients have the shapes of $Q$ and
# $K$" (fresh15): said of gradients in general (or of the names listed), not of one name with "same … as"
_SHAPED_AS_VARIABLE = re.compile(
    r"\b(?:gradients?|derivatives?)\b[^.!?]{0,80}?\b(?:has|have|having|with|takes?)\s+(?:the\s+)?(?:same\s+)?"
    r"(?:shapes?|sizes?|dimensions?)\s+(?:of|as)\s+(?:(?:that|the|its|their|what)\s+(?:matrix|matrices|vector|"
    r"variables?|parameters?|thing|things|quantity|argument|input|one)\b|(?P<names>\$[^.!?]{1,60}))",
    re.IGNORECASE)
# … but not denied ("it does not have the same shape as the variable") nor of its transpose ("the shape of the
# variable's transpose", "… of the variable transposed"): the numerator layout's rows (review24e)
_SHAPE_DENIED = re.compile(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)
_SHAPE_TRANSPOSED = re.compile(r"(?:'s)?\s*(?:transposed?\b|\$?\s*\^)", re.IGNORECASE)
_LISTED = re.compile(r"\$\s*(?:\\(?:mathbf|bm|boldsymbol)\s*\{?\s*)?\\?([A-Za-z]+)\s*\}?\s*\$")

# a sentence of the prose: up to . ! ? or a blank line (";" does not end it: "… the denominator layout; we do
# not."); documents.noisemodel reads the prose by the same sentences
# not sentences.SENTENCE: any stop mark ends it ("x.y" too), and the mark is kept in the sentence
SENTENCE = re.compile(r"[^.!?\n]*(?:\n(?!\s*\n)[^.!?\n]*)*[.!?]?")
# what keeps a sentence that names a layout from stating it: a negation, a hedge, a contrast
_NOT_STATED = re.compile(
    r"\b(?:not|never|no|nor|without|unlike|instead|rather|whereas|if|would|could|may|might|can|should|some|other|"
    r"others|many|most|also|comparison|alternatively|next|later|previous|earlier|preceding|switch(?:es|ed)?)\b|n't"
    r"|\b(?:we|was|were|had)\s+used\b"
    # … or of another part of the notes: "in Section 4", "in Chapter 2" (review18c)
    r"|\b(?:section|chapter|appendix|lecture|part)\s+\d",
    re.IGNORECASE)
# who speaks: a layout is the notes' own only where the sentence speaks for them ("We use …", "I will be
# adhering to …", "These notes write …", "Throughout, …"); "The Matrix Cookbook uses the denominator layout."
# or "In the denominator layout the result is transposed." is a remark about a layout, not a statement (review18c)
_VOICE = re.compile(
    r"\b(?:we|(?-i:I)|us|our|ours|let's|these\s+notes|this\s+(?:course|document|text|book|chapter|tutorial|lecture|note))\b",
    re.IGNORECASE)
# "Throughout, derivatives are in the denominator layout." speaks for the notes; "The Matrix Cookbook uses the
# denominator layout throughout." speaks of another text (a third person that uses, writes, follows it)
_THROUGHOUT = re.compile(r"\bthroughout\b", re.IGNORECASE)
_THIRD_PERSON = re.compile(r"\b(?:uses|writes|adopts|follows|prefers|employs|chooses)\b", re.IGNORECASE)
# a sentence naming both layouts is read clause by clause: "We use the numerator layout, not the denominator
# layout", "Unlike the Matrix Cookbook, which uses the denominator layout, we use the numerator layout" (redteam8)
_CLAUSE_SPLIT = re.compile(r"[,;:()—–]|(?=\b(?:unlike|whereas|while|which|but|rather\s+than|instead\s+of)\b)",
                           re.IGNORECASE)
# "Unlike some texts," "Unlike the Matrix Cookbook,": a sentence's opening clause that sets another text aside
_UNLIKE_LEAD = re.compile(r"\s*unlike\b[^,;:]*,", re.IGNORECASE)
# "We do not use the denominator layout": the notes' voice denying one layout states the other
_DENIED = re.compile(r"\b(?:we|(?-i:I)|these\s+notes)\s+(?:do\s+not|don't|never|will\s+not|won't)\s+"
                     r"(?:use|adopt|follow|write|work\s+in)\b", re.IGNORECASE)


def stated_layouts(text: str) -> list[tuple[int, str]]:
    """(line, layout) of each sentence of ``text`` that states a layout ("numerator" or "denominator"),
    in order; line: the 1-based line the sentence ends on. A sentence states one where it names exactly
    one layout ("We use the numerator layout throughout.", "I will be adhering to the denominator-layout
    convention."); one that names both, negates ("we do not"), hedges ("if", "would", "may"), contrasts
    ("unlike", "some texts", "for comparison"), speaks of another part ("in the next chapter", "in
    Section 4", "we used … earlier"), asks, or does not speak for the notes ("The Matrix
    Cookbook uses the denominator layout.": no we, I, our, these notes, throughout) states nothing."""
    out: list[tuple[int, str]] = []
    for m in SENTENCE.finditer(text):
        sentence = m.group(0)
        if sentence.rstrip().endswith("?"):
            continue
        said = {_stated(c) for c in _clauses(sentence)} - {""}  # one clause speaks, the other is set aside
        if len(said) == 1:
            out.append((text.count("\n", 0, m.end()) + 1, said.pop()))
    return out


def _clauses(sentence: str) -> list[str]:
    """A sentence that names both layouts, clause by clause; one that names one layout, whole (its
    hedges and its voice may stand in another clause: "Later, in Section 4, we use …", "Throughout, …")."""
    both = _DENOMINATOR.search(sentence) and _NUMERATOR.search(sentence)
    if both:
        return _CLAUSE_SPLIT.split(sentence)
    # "Unlike some texts, we use the denominator layout": a leading contrast that names no layout sets
    # another text aside; the rest speaks for the notes (redteam9: read whole, it stated nothing)
    lead = _UNLIKE_LEAD.match(sentence)
    if lead and not _DENOMINATOR.search(lead.group(0)) and not _NUMERATOR.search(lead.group(0)):
        return [sentence[lead.end() :]]
    return [sentence]


def _stated(clause: str) -> str:
    """The layout one clause states for the notes, or "" (see :func:`stated_layouts`); "We do not use the
    denominator layout" states the numerator one (there are two)."""
    denominator, numerator = _DENOMINATOR.search(clause), _NUMERATOR.search(clause)
    if bool(denominator) == bool(numerator):
        return ""
    if _DENIED.search(clause) and not _NOT_STATED.search(_DENIED.sub("", clause)):
        return "numerator" if denominator else "denominator"
    voiced = _VOICE.search(clause) or (_THROUGHOUT.search(clause) and not _THIRD_PERSON.search(clause))
    if _NOT_STATED.search(clause) or not voiced:
        return ""
    return "denominator" if denominator else "numerator"


def variables(latexes: Iterable[str]) -> set[str]:
    r"""The names written after ``\partial`` or as ``\nabla``'s subscript in ``latexes``."""
    return {m.group(1) for latex in latexes for rx in (_PARTIAL, _NABLA) for m in rx.finditer(latex)}


def says_gradient_layout(prose: str, names: Collection[str]) -> bool:
    r"""Does ``prose`` say a derivative by a matrix is shaped as its variable: "denominator layout",
    "gradient layout", or "same shape (size, dimensions) as $W$" of one of ``names`` (the names the
    chain differentiates by)? A shape said of another name says nothing about this chain."""
    if _DENOMINATOR.search(prose):
        if _NUMERATOR.search(prose):
            return False  # a contrast of the two layouts settles neither here
        # "We do not use the denominator layout." names it to deny it (redteam8)
        return not any(_stated(c) == "numerator" for m in SENTENCE.finditer(prose) for c in _clauses(m.group(0)))
    if any(m.group(1) in names for m in _SAME_SHAPE.finditer(prose)):
        return True
    for m in _SHAPED_AS_VARIABLE.finditer(prose):
        if _SHAPE_DENIED.search(m.group(0)) or _SHAPE_TRANSPOSED.match(prose, m.end()):
            continue
        listed = m.group("names")
        if listed is None or any(n.group(1) in names for n in _LISTED.finditer(listed)):
            return True
    return False


# \nabla_{W[i,:]}, \nabla_{W_{i,:}}, \nabla_{\mathbf{W}_{:,j}}, \nabla_{w_{\cdot j}}: ∇ by a row or column of the
# matrix, a vector, whose gradient some notes write as a row and some as a column (trust14)
_SLICED = re.compile(r"\s*\}?\s*(?:\[[^\]]*(?::|\\cdot)|_\s*\{[^{}]*(?::|\\cdot))")


def writes_nabla(latexes: Iterable[str], scope: Any) -> bool:
    r"""Does one of ``latexes`` write ``\nabla`` by a vector: not by a name ``scope`` reads as a matrix (that is
    :func:`derivative_by_matrix`'s, with its symmetric matrices), nor by a row or column of a matrix
    (``\nabla_{W[i,:]}``, whose gradient notes write in the slice's own shape)? Notes write ∇ by a vector as
    a column (``\nabla_\theta R = (\partial R/\partial\theta)^\top``); where only the numerator layout
    makes such a step hold, it is the missing transpose, not a convention (review22a)."""
    for latex in latexes:
        for m in re.finditer(r"\\nabla(?![A-Za-z])", latex):
            sub = _NABLA.match(latex, m.start())
            if sub is None:
                return True
            matrix = any(isinstance(e, VarDecl) and e.kind == "matrix" and key[0] == sub.group(1)
                         for key, e in scope.names.items())  # fmt: skip
            if not matrix and not _SLICED.match(latex, sub.end()):
                return True
    return False


def gradient_by_matrix(latexes: Iterable[str], scope: Any, symmetric: Collection[str] = ()) -> bool:
    r"""Does one of ``latexes`` take ∇ by a name ``scope`` reads as a matrix, other than one the notes
    call ``symmetric`` (``\nabla_\Sigma \log\det\Sigma = \Sigma^{-1}`` of a covariance: at the
    symmetric matrices the notes mean, the gradient and its transpose agree)?"""
    names = {m.group(1) for latex in latexes for m in _NABLA.finditer(latex)
             if not _SLICED.match(latex, m.end())} - set(symmetric)
    if not names:
        return False
    return any(isinstance(e, VarDecl) and e.kind == "matrix" and key[0] in names for key, e in scope.names.items())


def derivative_by_matrix(
    trees: Iterable[Any], scope: Any, symmetric: Collection[str] = (), kinds: Collection[str] = ("matrix",)
) -> bool:
    r"""Does one of the parsed ``trees`` take a derivative (``\partial`` or ``\nabla``) *by* a name
    ``scope`` reads as a matrix (the variable, not what is differentiated: ``\partial(U^T v)/\partial v`` is
    by a vector), other than one the notes call ``symmetric`` (there a gradient and its transpose agree)?
    A scalar's derivative by a matrix read in numerator layout is the transpose of the matrix's shape:
    the reading that turns a missing transpose green (see the module's docstring). With ``kinds``
    ``("vector", "matrix")``: by any name another layout reads differently."""
    # by a row, column or entry of a matrix (Component: W[i,:], W_{:,j}) is by a vector or a number (review22a)
    names = {n for tree in trees for _expr, var in derivatives_in(tree) if not isinstance(var, Component)
             for n in names_in(var)} - set(symmetric)  # fmt: skip
    if not names:
        return False
    return any(isinstance(e, VarDecl) and e.kind in kinds and key[0] in names for key, e in scope.names.items())
