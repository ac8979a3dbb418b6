r"""A divergence written between two calls of a distribution family: the value its bare name stands for (fresh57).

"$$\mathrm{KL}\bigl(\mathcal{N}(\mu, \sigma^2)\,\|\,\mathcal{N}(0, 1)\bigr) = -\log\sigma + \frac{\sigma^2 + \mu^2 -
1}{2}$$ … $$\frac{\partial\,\mathrm{KL}}{\partial \sigma} = -\frac{1}{\sigma} + \sigma$$": the definition's head
takes a divergence of two names (``\operatorname{KL}(p \,\|\, q)``, documents.definitions), not of two calls of a
family, so nothing was learned and every derivative of KL after it was SKIPPED ("KL is not defined in the
notes"), a wrong one too. The divergence of two members of a family is a value of their parameters, and the
bare name the notes go on to differentiate is that value. This module owns which left sides are such a
divergence (:func:`divergence_head`: a head — ``\mathrm{KL}``, ``\operatorname{JS}``, ``D_{\mathrm{KL}}``,
``D_{KL}``, ``D`` — and in plain or sized brackets two family calls, documents.distributionnames' ``FAMILY_CALL``,
around one divergence bar ``\|``, ``\parallel``, ``\Vert`` or ``||``); the reader then learns the right side as
the value of the bare head. A call of the divergence with other arguments later reads as it did before.
"""

from __future__ import annotations

import re

from verifier.documents.distributionnames import FAMILY_CALL

__all__ = ["divergence_head"]

_WORD = r"\\(?:mathrm|operatorname|text|textrm|mathsf)\s*\{\s*[A-Za-z]+\s*\}"
_HEAD = r"(" + _WORD + r"|[A-Z]\s*_\s*(?:\{\s*(?:" + _WORD + r"|[A-Za-z]+)\s*\}|[A-Za-z])|D)"
_OPEN = r"(?:\\(?:left|[bB]igg?l?)\s*)?\("
_CLOSE = r"(?:\\(?:right|[bB]igg?r?)\s*)?\)"
_SPACE = r"(?:\s|\\[,;:!])*"
_BAR = r"(?:\\\||\\parallel\b|\\Vert\b|\|\|)"
_DIVERGENCE = re.compile(r"\s*" + _HEAD + r"\s*" + _OPEN + _SPACE + FAMILY_CALL + _SPACE + _BAR + _SPACE
                         + FAMILY_CALL + _SPACE + _CLOSE + r"\s*")


def divergence_head(lhs: str) -> str | None:
    r"""The head of ``lhs`` when it is a divergence between two calls of a family
    (``\mathrm{KL}\bigl(\mathcal{N}(\mu, \sigma^2)\,\|\,\mathcal{N}(0, 1)\bigr)`` → ``\mathrm{KL}``), or None."""
    m = _DIVERGENCE.fullmatch(lhs)
    return None if m is None else m.group(1)
