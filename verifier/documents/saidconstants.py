r"""The names the prose calls constant: "Let $a$ be a constant", "for any constants $a$ and $b$", "$c$ is fixed".

In notes about random quantities a constant does not vary: its variance is 0. documents.expectation reads a
variance (or covariance) as an opaque atom, and gaps55 made a step FAILED where its sides differ by a nonzero factor
times a variance, "> 0 for every non-degenerate distribution" (``\operatorname{Var}(2X) = 2\operatorname{Var}(X)``).
Of a name the prose calls constant the variance may be 0, and ``\operatorname{Var}(3a) = 3\operatorname{Var}(a)``
then holds: that rule does not apply to it (sound56). This module owns finding those names in the notes' text
(:func:`constant_names`, put in ``scope.conventions[CONSTANT]`` by documents.lineconventions); it is read only to
withhold that FAILED, never to make a step green.
"""

from __future__ import annotations

import re

__all__ = ["CONSTANT", "constant_names"]

#: scope.conventions key: the names the prose calls constant, joined by commas
CONSTANT = "said constant"

_MATH = r"\$([^$]{1,40})\$"
_WORD = r"(?:constants?|deterministic|non-?random|fixed\s+(?:numbers?|scalars?|values?))"
# "a constant $c$", "any constants $a$ and $b$", "a deterministic $c$" (the names in the math after it, and in a
# second formula joined by "and")
_BEFORE = re.compile(_WORD + r"\s*" + _MATH + r"(?:\s*(?:,|and)\s*" + _MATH + ")?")
# "$c$ is a constant", "let $a$ be a constant", "$a, b$ are constants", "$c$ is a fixed number"
_AFTER = re.compile(_MATH + r"\s*(?:is|be|are)\s+(?:an?\s+|some\s+)?(?:(?:known|given|real)\s+)?" + _WORD + r"\b")
# a letter, or a Greek letter's name (not \in, \times; \mathbb{R} gives no R: a command's argument is skipped)
_NAME = re.compile(r"\\(alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|iota|kappa|lambda|mu|nu|xi|"
                   r"pi|rho|sigma|tau|upsilon|phi|varphi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Phi|Psi|"
                   r"Omega)(?![A-Za-z])|\\[A-Za-z]+(?:\{[^{}]*\})?|([A-Za-z])")


def constant_names(text: str) -> str:
    """The plain names (letters, Greek names without the backslash) the prose of ``text`` calls constant, joined by
    commas; '' when there are none. Only a formula of names and commas is read (``$c > 0$`` gives c)."""
    out: dict[str, None] = {}
    for m in (*_BEFORE.finditer(text), *_AFTER.finditer(text)):
        for math in filter(None, m.groups()):
            for greek, letter in _NAME.findall(math):
                if greek or letter:
                    out.setdefault(greek or letter)
    return ",".join(out)
