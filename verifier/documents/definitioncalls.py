r"""The left side of a definition written as a call: ``f(x)``, ``J(\mathbf{w})``, ``p(y; \lambda)``.

:class:`verifier.documents.definitions._Definitions` learns a function the notes define from the head and the
parameters of the call on the left. This module owns reading that call: the patterns of a head and its parameters
(``CALL``, and ``DEFINED_CALL`` whose parameters may be entries ``w_i``; ``SQUARED`` for ``\sigma^2``), the call as
the context's grammar reads it (:func:`call_text`: sized brackets dropped, parameters after ``;`` and a divergence's
``\|`` read as commas; :func:`word_head`: a bare word's head spelled as an operator name), and the head's name as
the function registry spells it (:func:`head_name`).
"""

from __future__ import annotations

import re

from verifier.documents.claims import unwrapped
from verifier.documents.labelledheads import DECORATED_HEAD

# a parameter: a name, or a bold one (J(\mathbf{w}), L(\boldsymbol{\theta}) in LaTeX notes; also
# unbraced, L(\boldsymbol\beta), f(\mathbf x): TeX takes the next token as the argument)
_PARAM = (r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*(?:\{\s*\\?[A-Za-z]+\s*\}|\\[A-Za-z]+|\s[A-Za-z](?![A-Za-z]))"
          r"|\\?[A-Za-z]+)")
# a definition's head may also take a name with one letter subscript, p(w_i) = \frac{1}{\sqrt{2\pi}}e^{-w_i^2/2}
# (the density of each entry; its parameter is the entry: documents.subscriptparams)
_ENTRY_PARAM = _PARAM.removesuffix(")") + r"(?:_(?:[A-Za-z]|\{\s*[A-Za-z]\s*\}))?)"
# the square of a name on the left of a definition: \sigma^2, \sigma^{2}, an estimate's \hat{\sigma}^2 (fresh66)
SQUARED = re.compile(r"(" + DECORATED_HEAD + r"|\\?[A-Za-z]+)\s*\^\s*(?:2|\{\s*2\s*\})")
# J, \ell, J_{\text{reg}} (documents.labelled; J_{\mathrm{reg}} alike), \mathcal{L}, \operatorname{loss}
# … and \hat f, \tilde\sigma, f^{(2)} (documents.labelledheads), f_{\text{1}} (documents.labelled)
_HEAD = (r"((?:\\(?:mathcal|mathscr|operatorname|mathrm|text|textrm)\s*\{\s*[A-Za-z]+\s*\}|" + DECORATED_HEAD
         + r"|\\?[A-Za-z]+)(?:_\{\\(?:text|textrm|mathrm|mathsf|textsf|textnormal)\{[A-Za-z0-9]+\}\})?)")
CALL = re.compile(_HEAD + r"\s*\(\s*" + _PARAM + r"(?:\s*,\s*" + _PARAM + r")*\s*\)")
DEFINED_CALL = re.compile(_HEAD + r"\s*\(\s*" + _ENTRY_PARAM + r"(?:\s*,\s*" + _ENTRY_PARAM + r")*\s*\)")
# \left( … \right) and \big( … \big) around a function's parameters: the same brackets
_SIZED = re.compile(r"\\(?:left|right|[bB]ig{1,2}[lr]?)\s*(?=[()])"
                    r"|\\!\s*(?=(?:\\left\s*)?\()")  # f\!\left(x\right): a negative space tightens the call (fresh59)
_CALL_TEXT = re.compile(r"(?P<head>[^()]+?)\s*\((?P<params>[^()]*)\)")
#: a call whose head is a bare word of several letters (``Attention(K, Q, V)``), not a command
_BARE_WORD = re.compile(r"^\s*([A-Za-z]{2,})\s*(?=\()")
_SPACING = re.compile(r"\\[,;:!]|\\(?:quad|qquad)\b")
_DIVERGENCE_BAR = re.compile(r"\\\||\\parallel\b|\\Vert\b")


def word_head(call: str) -> str:
    r"""``Attention(K, Q, V)``: a function named by a bare word, as notes write it (the parser reads it
    as a call of that name), spelled ``\operatorname{Attention}(K, Q, V)`` for the context's grammar,
    which reads a bare word as a product of letters."""
    m = _BARE_WORD.match(call)
    return call if m is None else f"\\operatorname{{{m.group(1)}}}{call[m.end(1):]}"


def head_name(call: re.Match[str]) -> str:
    r"""The name of a definition's head as the function registry spells it: ``\operatorname{softmax}``
    → softmax, ``\ell`` → ell (``\mathcal{L}`` stays a name of its own)."""
    return unwrapped(call.group(1)).lstrip("\\")


def call_text(latex: str) -> str:
    r"""The left side of a definition as a call ``f(x, \theta)``: ``f\left(x; \theta\right)`` drops the
    sized brackets, and parameters after a ``;`` (``p(y; \lambda)``: y the variable, λ a parameter of
    the family) are parameters as much as the others (the parser reads the call so too)."""
    text = _SIZED.sub("", latex.strip())
    m = _CALL_TEXT.fullmatch(text)
    if m is None:
        return text
    params = _SPACING.sub("", m.group("params"))
    if _DIVERGENCE_BAR.search(params) and len(_DIVERGENCE_BAR.findall(params)) == 1:
        # \operatorname{KL}(p \,\|\, q): a divergence's two arguments (as latex.rewrite._lone_bar reads them)
        return f"{m.group('head')}({_DIVERGENCE_BAR.sub(',', params)})"
    if ";" not in params:
        return text
    return f"{m.group('head')}({params.replace(';', ',')})"
