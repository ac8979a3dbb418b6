r"""``|\mathbf{x} - \mathbf{b}|_2^2``: single bars with a norm's subscript are that norm.

Notes write the p-norm with single bars as often as with double ones (``|x|_2``, ``|w|_1``), and a
Markdown table turns every ``\|`` of its cells into ``|`` (GitHub's rule for pipes inside a table),
so ``\|\mathbf{x} - \mathbf{b}\|_2^2`` in a cheat-sheet table reaches the reader as single bars. The
parser reads ``|…|`` as an absolute value, which takes no subscript: the member did not parse and the
step was SKIPPED. A reader takes ``|v|_2`` for the 2-norm (for a scalar both are ``|v|``), so this
module owns that rewriting, tried by :func:`verifier.documents.readings.read_member` only after the
member as written fails to parse, and reported with the step. Only the subscripts 1, 2, ∞ and F
(Frobenius) count: ``|A|_{ij}`` is no norm.
"""

from __future__ import annotations

import re

__all__ = ["bar_norm"]

_BAR_NORM = re.compile(r"(?<![\\|])\|(?!\|)(?P<body>[^|$]{1,200}?)(?<!\\)\|_(?P<sub>\{\s*(?:1|2|\\infty|F)\s*\}|[12F])")


def bar_norm(text: str, placeholders: dict[str, str]) -> tuple[str, str] | None:
    """``text`` with each ``|…|_p`` written ``\\|…\\|_p`` and the note to report, or None."""
    del placeholders
    if "|_" not in text:
        return None
    out, n = _BAR_NORM.subn(lambda m: rf"\|{m.group('body')}\|_{m.group('sub')}", text)
    if not n:
        return None
    return out, "|…|_p read as the p-norm ‖…‖_p (single bars with a norm's subscript)"
