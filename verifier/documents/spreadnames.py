r"""Names the prose calls a standard deviation or a variance: "where $\sigma$ is the standard deviation",
"$\sigma^2$ the variance", "with standard deviation $\sigma$" (or a noise level, a scale, a width: sound44).

``\sigma`` means the logistic sigmoid by default (:mod:`verifier.documents.functions`), and
``\sigma^{-1}(y)`` its inverse, the logit (:mod:`verifier.documents.inverses`). Where the prose says
σ is a spread, neither is what the notes mean: ``\sigma^{-1}(x - \mu)`` is ``(x - \mu)/\sigma``, and a
``\sigma(x)`` there is no sigmoid (read as one, a wrong ``d\sigma(x)/dx = \sigma(x)(1 - \sigma(x))``
next to "σ the standard deviation" was PROVED). This module owns that prose and where it holds: the
section of the sentence (from its heading to the next heading of the same or a higher level, as a size
order's: :func:`verifier.documents.sizeorder.section_of`), before and after the sentence ("$$…$$ where
$\sigma$ is the standard deviation" explains the display above it). A later section that uses σ as the
sigmoid keeps it. What the readings do with it:

* :func:`verifier.documents.inverses.inverse_value` reads ``\sigma^{-1}(…)`` as the power times the
  bracket, as it does for a σ the notes write as a quantity;
* :meth:`verifier.documents.calls._Calls.apply` refuses the registry's sigmoid for ``\sigma(…)`` (a
  ResolveError: the step is SKIPPED saying why), unless the notes define σ as a function themselves.

The convention :data:`SPREAD` + name is set on the scope of every chain in such a section
(:func:`spread_conventions`, called by the reader's ``scope_for``).
"""

from __future__ import annotations

import functools
import re

from verifier.documents.sizeorder import section_of

__all__ = ["SPREAD", "spread_conventions", "spread_sites"]

#: scope convention: ``SPREAD + "sigma"`` → the prose's words and line ("the standard deviation (line 3)")
SPREAD = "spread "

_PREFIX = r"(?:(?:sample|population|noise|marginal|prior|posterior)\s+)?"
_ROLE = _PREFIX + r"(?P<role>standard\s+deviation|variance|noise\s+level)(?!s)"
# "$\sigma$ is the noise scale / the width / the bandwidth" (sound44): after the name only ("we scale $\sigma(z)$")
_WORDED = _PREFIX + r"(?P<role>standard\s+deviation|variance|noise\s+level|scale|width|bandwidth)(?!s)"
_NOT_A_SCALAR = r"(?!\s*(?:-\s*)?(?:vector|matrix|matrices|tensor|function))"
_NAME = r"\$\s*(?P<name>\\?[A-Za-z]+)\s*(?:\^\s*(?:2|\{\s*2\s*\}))?\s*\$"
# "$\sigma$ is the standard deviation", "$\sigma^2$ the variance", "let $\sigma$ denote the standard deviation"
_AFTER = re.compile(
    rf"{_NAME}\s*,?\s+(?:(?:is|denotes?|be|means|stands\s+for|as|for)\s+)?(?:the|a|an|its|their|our)\s+"
    rf"{_WORDED}\b{_NOT_A_SCALAR}",
    re.I,
)
# "with standard deviation $\sigma$", "the variance $\sigma^2$"
_BEFORE = re.compile(rf"\b{_ROLE}\s+(?:of\s+[^$.\n]{{0,30}}\s+)?{_NAME}", re.I)


@functools.lru_cache(maxsize=8)
def spread_sites(text: str) -> tuple[tuple[str, str, int, int, int], ...]:
    """Each name the prose of ``text`` calls a standard deviation or variance: (name without its backslash,
    the role's words, the sentence's line, the first and last lines of its section), 1-based."""
    lines = text.split("\n")
    out = []
    for pattern in (_AFTER, _BEFORE):
        for m in pattern.finditer(text):
            line = text.count("\n", 0, m.start("name")) + 1
            first, last = section_of(lines, line)
            role = " ".join(m.group("role").lower().split())
            out.append((m.group("name").lstrip("\\"), role, line, first, last))
    return tuple(sorted(out, key=lambda s: s[2]))


def spread_conventions(text: str, line: int) -> dict[str, str]:
    """The :data:`SPREAD` conventions of the names the prose calls a spread in the section of ``line``."""
    out: dict[str, str] = {}
    for name, role, at, first, last in spread_sites(text):
        if first <= line <= last:
            out.setdefault(SPREAD + name, f"the {role} (line {at})")
    return out
