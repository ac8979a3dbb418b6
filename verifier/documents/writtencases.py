r"""Whether a member writes a case split over the step's free indices itself.

``\frac{\partial p_i}{\partial s_j} = \begin{cases} p_i(1 - p_i), & i = j \\ -p_i p_j, & i \neq j
\end{cases}`` states every case: when one case fails, the step is wrong, not "a case split the
notes may assume" (the reason :mod:`verifier.documents.steps` gives a step that holds at some index
assignments only, where the notes may have meant a case they did not write).
"""

from __future__ import annotations

import re

__all__ = ["writes_index_cases"]

_CASES = re.compile(r"\\begin\{(?:d|r)?cases\*?\}(.*?)\\end\{(?:d|r)?cases\*?\}", re.S)


def writes_index_cases(latexes: tuple[str, ...], free: set[str]) -> bool:
    r"""Whether one of ``latexes`` holds a ``cases`` environment whose conditions compare free indices
    (``& i = j``, ``& i \neq j``, ``\text{if } i = j``)."""
    if not free:
        return False
    letters = "|".join(re.escape(f) for f in sorted(free, key=len, reverse=True))
    condition = re.compile(rf"(?<![\w\\])({letters})\s*(?:=|\\neq?|\\not=|!=)\s*\\?({letters}|\w+)(?!\w)")
    for latex in latexes:
        for body in _CASES.findall(latex):
            for row in re.split(r"\\\\", body):
                if "&" in row and condition.search(row.split("&", 1)[1]):
                    return True
    return False
