r"""A diagonal matrix written by its first and last entries: ``\operatorname{diag}(\mu_1, \dots, \mu_n)``.

The logistic-regression Hessian ``X^\top S X`` states its weights so (ml71a). An ellipsis in an argument list is
refused by the grammar ("its entries cannot be told one by one"), so S was never defined and the step was SKIPPED.
Here the entries can be told: the first and the last are one template written at the index 1 and at a letter
(``n``), every other token alike, each such place a subscript. :func:`diag_template` rewrites the source to
``\operatorname{diag}(\mu_i(1-\mu_i))``, the diagonal matrix over an index (documents.calls ``_diag_over_range``:
entry k is the template at i = k, over the range the notes' scope declares for i; where none is declared the step
is not read). The index letter is the first of i, j, k, l the list does not write.

A list whose first and last entries differ otherwise (``\operatorname{diag}(1, \dots, n)``, ``\operatorname{diag}(a_1,
\dots, b_n)``, ``a_0 … a_n``, a middle entry written) is left as written, and refused as before.
"""

from __future__ import annotations

import re

from verifier.latex.braces import bracket_end, split_top_level

__all__ = ["diag_template"]

_HEAD = re.compile(r"\\(?:operatorname\{diag\}|mathrm\{diag\}|text\{diag\}|diag(?![A-Za-z]))\s*\(")
_DOTS = frozenset({r"\dots", r"\ldots", r"\cdots", r"\dotsc", "..."})
_TOKEN = re.compile(r"\\[A-Za-z]+|\d+|\.\.\.|\S")
_LETTERS = ("i", "j", "k", "l")


def _template(first: str, last: str) -> str | None:
    """The entry template of a list written ``first, \\dots, last``, with its index letter, or None."""
    a, b = _TOKEN.findall(first), _TOKEN.findall(last)
    if not a or len(a) != len(b):
        return None
    apart = [k for k, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    bounds = {b[k] for k in apart}
    if not apart or len(bounds) != 1 or not next(iter(bounds)).isalpha() or len(next(iter(bounds))) != 1:
        return None
    for k in apart:
        subscript = k > 0 and (a[k - 1] == "_" or (a[k - 1] == "{" and k > 1 and a[k - 2] == "_"))
        if a[k] != "1" or not subscript:
            return None
    letter = next((x for x in _LETTERS if x not in a and x not in bounds), None)
    if letter is None:
        return None
    return " ".join(letter if k in apart else t for k, t in enumerate(a))


def diag_template(src: str) -> str:
    r"""``src`` with each ``\operatorname{diag}(E_1, \dots, E_n)`` written as ``\operatorname{diag}(E_i)`` (module
    docstring); anything else unchanged."""
    if "diag" not in src:
        return src
    out, at = [], 0
    for m in _HEAD.finditer(src):
        if m.start() < at:
            continue
        end = bracket_end(src, m.end() - 1)
        if end < 0:
            continue
        parts = [p.strip() for p in split_top_level(src[m.end() : end], lambda t, k: t[k] == ",")]
        if len(parts) != 3 or parts[1] not in _DOTS or (template := _template(parts[0], parts[2])) is None:
            continue
        out.append(src[at : m.start()] + rf"\operatorname{{diag}}({template})")
        at = end + 1
    return "".join(out) + src[at:] if out else src
