r"""A stated value the notes' code or words may change before a step: no exact input of it.

documents.exactdata (a polynomial of values stated as data) and documents.exactslips (a worked number off by a sign
or one digit) call a worked number FAILED at the values the notes state, each stated once. The notes' code is not
read (documents.codeprose blanks it; a notebook's code cells are dropped when it is loaded), so an update made in
code between the statement and the step was unseen: "Take $z = 0.5$, so $\tanh(z) = 0.462$." then a code cell
``z = -z`` and "$$\tanh(z) = -0.462$$" was FAILED "its sign flipped" (sound48), though right for the new z. The
value the step is read at may be another one there: the FAILED stays the worked-number policy's SKIPPED.

This module owns that question (:func:`updated_in_code`): between the line stating a value and the step, a fenced
code block (or ``verbatim``/``lstlisting``/``minted``) whose code assigns the name (as an identifier: ``z``,
``theta`` for ``\theta``, ``w02`` or ``w`` for ``w_{02}``; ``=``, ``+=``, …, a tuple or an entry on the left), or —
in a notebook — a code cell between the statement's cell and the step's that does so (read from the notebook file
where it can be; a code cell that cannot be read counts as one that may assign). The prose may say the same
(:func:`changed_in_words`): "After one update, $w$ becomes $2.2$", "Now flip the sign of $z$", "If we negate $z$" —
a sentence between the two that writes the name alone in inline math beside a word of change ("becomes",
"update", "flip", "negate", "double", "increase", "replace", …) leaves the FAILED SKIPPED too (sound48).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from verifier.documents.codecomputed import code_blocks
from verifier.documents.sentences import SPACE_AFTER
from verifier.documents.sources import CELL_MARKER, document_kind, read_notebook
from verifier.results import StepResult, Verdict

__all__ = ["changed_in_words", "kept_for_code", "updated_in_code"]

_FROM = re.compile(r"\(line (\d+)\)")
_CHANGE = re.compile(r"\b(?:becomes?|became|updat\w*|flip\w*|negat\w*|doubl\w*|halv\w*|increas\w*|decreas\w*|"
                     r"reset\w*|replac\w*|chang\w*|shift\w*|perturb\w*|nudg\w*|rescal\w*|scal(?:e|es|ed|ing)\b|"
                     r"set(?:s|ting)?\s+\$[^$]*\$\s+to\b)", re.I)


def _identifiers(name: str) -> set[str]:
    r"""The identifiers code may write for the LaTeX name ``name``: ``w_{02}`` → w02, w; ``\theta`` → theta."""
    plain = re.sub(r"\\(?:mathbf|boldsymbol|bm|vec|mathrm|hat|bar|tilde)\s*", "", name)
    whole = re.sub(r"[\\{}\s_^]", "", plain)
    base = re.sub(r"[\\{}\s]", "", re.split(r"[_^]", plain)[0])
    return {x for x in (whole, base) if re.fullmatch(r"[A-Za-z]\w*", x)}


def _assigns(code: str, names: set[str]) -> bool:
    """Does ``code`` assign one of ``names`` (``z = …``, ``z += …``, ``z[0] = …``, ``a, z = …``)?"""
    for n in names:
        target = rf"(?<![\w.]){re.escape(n)}\s*(?:\[[^\]\n]*\])?"
        if re.search(rf"^[ \t]*(?:[\w.\[\], \t]*,\s*)?{target}\s*(?:,[^=\n]*)?(?:[-+*/@%]|//|\*\*)?=(?!=)", code,
                     re.M):  # fmt: skip
            return True
    return False


@lru_cache(maxsize=8)
def _code_cells(path: str, stamp: float) -> dict[int, str] | None:
    """The code cells of the notebook at ``path`` by number (from 1, as the loaded text's markers), or None."""
    del stamp  # part of the cache key only (a notebook edited while watched)
    try:
        nb = read_notebook(Path(path).read_text(encoding="utf-8"))
        return {k: str(c.get("source", "")) for k, c in enumerate(nb.get("cells", []), start=1)
                if c.get("cell_type") == "code"}  # fmt: skip
    except Exception:  # noqa: BLE001 - a notebook that cannot be read again: its code cells unknown
        return None


def _cell_of(text: str, line: int) -> int | None:
    """The notebook cell (its marker's number) holding ``line`` (1-based) of the loaded text."""
    at = len("\n".join(text.split("\n")[: line - 1]))
    found = [int(m.group(1)) for m in CELL_MARKER.finditer(text) if m.start() <= at]
    return found[-1] if found else None


def updated_in_code(name: str, stated: int, step: int, text: str, source: str = "", path: str = "") -> bool:
    """May the notes' code assign ``name`` between the line ``stated`` and the line ``step`` (module docstring)?
    ``text``: the notes as read (a notebook's with its cell markers); ``source``: with their code blocks."""
    if not 0 < stated < step:
        return False
    names = _identifiers(name)
    lines = (source or text).split("\n")
    region = "\n".join(lines[stated:step - 1])
    if any(_assigns(code, names) for code in code_blocks(region)):
        return True
    if not path or document_kind(path) != "notebook":
        return False
    first, last = _cell_of(text, stated), _cell_of(text, step)
    if first is None or last is None or last - first < 2:
        return False
    try:
        stamp = Path(path).stat().st_mtime
    except OSError:
        stamp = -1.0
    cells = _code_cells(path, stamp) if stamp >= 0 else None
    shown = {int(m.group(1)) for m in CELL_MARKER.finditer(text)}
    between = [k for k in range(first + 1, last) if k not in shown]
    if cells is None:
        return bool(between)
    return any(_assigns(cells.get(k, ""), names) for k in between)


def changed_in_words(name: str, stated: int, step: int, text: str) -> bool:
    """Does a sentence of ``text`` after the line ``stated`` and before the step on line ``step`` (its display) write
    ``name`` alone in inline math beside a word of change (module docstring)?"""
    lines = text.split("\n")
    if not 0 < stated < step <= len(lines):
        return False
    region = "\n".join([*lines[stated:step - 1], lines[step - 1].split("$$")[0]])
    plain = re.sub(r"[\s{}]", "", name)
    for sentence in SPACE_AFTER.split(region):
        if _CHANGE.search(sentence) is None:
            continue
        if any(re.sub(r"[\s{}]", "", m.group(1)) == plain for m in re.finditer(r"(?<!\$)\$([^$]+)\$", sentence)):
            return True
    return False


def kept_for_code(skipped: StepResult | None, judged: StepResult | None, hypotheses: Sequence[tuple[str, str]],
                  step: int, text: str, source: str = "", path: str = "") -> StepResult | None:  # fmt: skip
    """``judged`` (the worked-number policy's verdict after exactdata and exactslips), or ``skipped`` (the policy's
    SKIPPED) where ``judged`` is a FAILED read at a stated value the notes' code or words may change before the
    step."""
    if judged is None or skipped is None or judged.verdict is not Verdict.FAILED or \
            skipped.verdict is not Verdict.SKIPPED:  # fmt: skip
        return judged
    for h, where in hypotheses:
        found = _FROM.search(where)
        name, at = h.partition("=")[0].strip(), int(found.group(1)) if found else 0
        if found and (updated_in_code(name, at, step, text, source, path) or changed_in_words(name, at, step, text)):
            return skipped
    return judged
