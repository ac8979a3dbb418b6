r"""A function the notes define with the variance as a parameter: ``\ell(\mu, \sigma^2) = …``.

Gaussian likelihoods are written as functions of σ², and their derivatives by it
(``\frac{\partial \ell}{\partial \sigma^2}``, read by the parser as (∂/∂σ)/(2σ), σ > 0). The
definition's head is read as a function of σ itself (σ² is its square: same function, σ > 0), so
its body is learned and the derivative can be checked. A call written elsewhere with arguments
(``\ell(\hat\mu, \hat\sigma^2)``) would put the argument in σ's place, not in σ²'s, so the head is
read so only where the notes call the function with arguments nowhere after it — up to where they define
the name anew (a later section's ``\ell(p) = …``: its calls are that function's).
"""

from __future__ import annotations

import re

__all__ = ["variance_head"]

_SQUARED_PARAM = re.compile(r"(?<=[(,])\s*(\\?[A-Za-z]+)\s*\^\s*(?:2|\{\s*2\s*\})\s*(?=[,)])")
_HEAD = re.compile(r"^\s*(?P<head>[^()]+?)\s*\(")


def _squeezed(head: str) -> str:
    """``head`` without its spaces and braces: ``\\ell(\\mu,\\sigma^{2})`` is the head ``\\ell(\\mu, \\sigma^2)``."""
    return re.sub(r"[\s{}]+", "", head)


def variance_head(head_text: str, text: str, line: int) -> tuple[str, str] | None:
    r"""``f(\mu, \sigma^2)`` → (``f(\mu, \sigma)``, the note reporting it) when a parameter is a
    squared name and the notes write no other call of ``f`` after line ``line``; else None."""
    if _SQUARED_PARAM.search(head_text) is None:
        return None
    head = _HEAD.match(head_text)
    if head is None:
        return None
    name = head.group("head").strip()
    calls = re.compile(re.escape(name) + r"\s*(?:\\left\s*|\\[bB]ig{1,2}l?\s*)?\(")
    param = r"\s*\\?[A-Za-z]+\s*(?:\^\s*\{?\s*2\s*\}?)?\s*"  # p, \mu, \sigma^2: a parameter, not a point
    anew = re.compile(
        r"(?<![\\A-Za-z])(?P<head>" + re.escape(name) + r"\s*\(" + param + r"(?:," + param + r")*\))\s*"
        r"(?:=|:=|\\coloneqq|\\triangleq)"
    )
    own = _squeezed(head_text)
    for row in text.split("\n")[line:]:
        if (m := anew.search(row)) is not None and _squeezed(m.group("head")) != own:
            break  # ℓ(p) = … in a later section: the calls after it are that function's (lead62)
        if calls.search(row):
            return None  # a call; the same head written again too ("Expanding, ℓ(μ, σ²) = …": review62)
    plain = _SQUARED_PARAM.sub(lambda m: m.group(1), head_text)
    squared = ", ".join(m.group(1) for m in _SQUARED_PARAM.finditer(head_text))
    return plain, f"{name} read as a function of {squared} (its parameter is the square, {squared} > 0)"
