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
(documents.wordedchanges.changed_in_words): "After one update, $w$ becomes $2.2$", "Now flip the sign of $z$", "If
we negate $z$" — a sentence between the two that writes the name alone in inline math beside a word of change
("becomes", "update", "flip", "negate", "double", "increase", "replace", …) leaves the FAILED SKIPPED too (sound48).

Such code ends the stated value for every chain after it, green or not (:func:`changed_since`, called where
check._held leaves out the values renewed or restated since): "Take $w = 2$." then a code cell ``w = 3`` (``w +=
1``, ``w.sub_(…)``, ``w.data -= …``, R's ``w <- …``) and ``2w = 4`` was PROVED at the old value (sound49). Only code
assigning the stated name ends it (``x = np.linspace(…)`` ends no w), and not code assigning the stated number itself
(``w = 2.0`` after "$w = 2$"); so does a change said in words (documents.wordedchanges.changed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from verifier.documents.codecomputed import code_spans
from verifier.documents.sources import CELL_MARKER, document_kind, read_notebook
from verifier.documents.wordedchanges import changed, changed_in_words
from verifier.results import StepResult, Verdict

__all__ = ["changed_since", "kept_for_code", "updated_in_code"]

_FROM = re.compile(r"\(line (\d+)\)")

def _identifiers(name: str) -> set[str]:
    r"""The identifiers code may write for the LaTeX name ``name``: ``w_{02}`` → w02, w; ``\theta`` → theta."""
    plain = re.sub(r"\\(?:mathbf|boldsymbol|bm|vec|mathrm|hat|bar|tilde)\s*", "", name)
    whole = re.sub(r"[\\{}\s_^]", "", plain)
    base = re.sub(r"[\\{}\s]", "", re.split(r"[_^]", plain)[0])
    return {x for x in (whole, base) if re.fullmatch(r"[A-Za-z]\w*", x)}


_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)")


@lru_cache(maxsize=4096)
def _changes(code: str, names: frozenset[str], number: str = "") -> bool:
    """Does ``code`` assign one of ``names`` (``z = …``, ``z += …``, ``z[0] = …``, ``a, z = …``, ``z.data -= …``,
    ``z.sub_(…)``, R's ``z <- …``) — other than to the number ``number`` itself (``w = 2.0`` after "$w = 2$": the
    prose's value, written again in code)?"""
    same = float(number) if _NUMBER.fullmatch(number.strip()) else None
    for n in names:
        # in place: w.sub_(…), w.data.add_(…) (a tensor's own methods ending in _)
        if re.search(rf"(?<![\w.]){re.escape(n)}(?:\.data)?\.[a-z]+_\(", code):
            return True
        if re.search(rf"(?<![\w.]){re.escape(n)}(?:\.data)?\.fill\(", code) or _binds(code, n):
            return True  # numpy's w.fill(3.0); a loop, an annotated, chained or walrus binding (sound50)
        target = rf"(?<![\w.]){re.escape(n)}(?:\.data)?\s*(?:\[[^\]\n]*\])?"
        if re.search(rf"^[ \t]*{target}\s*<<?-(?!-)", code, re.M):  # R: w <- w + 1
            return True
        for m in re.finditer(rf"^[ \t]*(?:[\w.\[\], \t]*,\s*)?{target}\s*(?:,[^=\n]*)?(?P<op>[-+*/@%]|//|\*\*)?="
                             rf"(?!=)(?P<right>[^\n#]*)", code, re.M):  # fmt: skip
            right = m.group("right").strip().rstrip(";")
            if m.group("op") or not (_same_numbers(right, number) if same is None else
                                     (_NUMBER.fullmatch(right) and float(right) == same)
                                     or _same_numbers(right, number)):  # torch.tensor(2.0, …) (fresh57)  # fmt: skip
                return True
    return False


def _binds(code: str, name: str) -> bool:
    """Does ``code`` bind ``name`` other than by a plain assignment: ``for w in …`` (the loop leaves w at its last
    value), ``for i, w in …``, ``w: float = 3.0``, ``b = w = 3.0``, ``(w, b) = …``, ``(w := 3.0)``?"""
    n = re.escape(name)
    own = rf"(?<![\w.]){n}(?![\w.(\[])"
    if re.search(rf"^[ \t]*(?:async\s+)?for\s+[^\n:]*?{own}[^\n:]*?\s+in\b", code, re.M):
        return True
    if re.search(rf"^[ \t]*{own}\s*:\s*[\w.\[\], ]+=(?!=)", code, re.M):
        return True
    if re.search(rf"^[ \t]*[\w.\[\], ]+=(?!=)\s*{own}\s*=(?!=)", code, re.M):
        return True
    if re.search(rf"^[ \t]*\((?:[^()\n]*,\s*)?{own}\s*(?:,[^()\n]*)?\)\s*=(?!=)", code, re.M):
        return True
    return re.search(rf"{own}\s*:=", code) is not None


# a literal array in code: np.array([[1., 1.], [0., 1.]]), [1.0, 2.0], torch.tensor([1, 2]) (numbers and brackets only),
# with keyword arguments after them: torch.tensor(2.0, requires_grad=True), np.array([1, 2], dtype=float) (fresh57)
_ARRAY = re.compile(r"^(?:(?:np|numpy|jnp|torch)\.(?:array|asarray|tensor)\s*\()?(?P<body>[\[\]\d\s.,eE+-]*?)"
                    r"(?:,\s*[A-Za-z_]\w*\s*=\s*[\w.]+)*\s*\)?$")
_NUMBERS = re.compile(r"-?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|-?\.\d+")


def _same_numbers(right: str, value: str) -> bool:
    """Is the code's right side ``right`` a literal array of exactly the numbers of the stated vector or matrix
    ``value``, in order (``np.array([[1., 1.], [0., 1.]])`` after "$F = \\begin{pmatrix} 1 & 1 \\\\ 0 & 1
    \\end{pmatrix}$": the notebook computes with the numbers it stated; lead49)? Only the first statement of a line."""
    m = _ARRAY.match(right.split(";")[0].strip())
    if m is None or not value:
        return False
    mine = [float(x) for x in _NUMBERS.findall(m.group("body"))]
    stated = [float(x) for x in _NUMBERS.findall(re.sub(r"\\(?:begin|end)\{[a-z]*\}", " ", value))]
    return bool(mine) and mine == stated


@dataclass(frozen=True)
class _Piece:
    """A piece of the notes' code: between a statement on line s and a step on line t when ``s < first`` and
    ``last < t``; ``code`` None where it is a notebook code cell that could not be read (it may assign anything)."""

    first: int
    last: int
    code: str | None


def _code_cells(path: str) -> dict[int, str] | None:
    """The code cells of the notebook at ``path`` by number (from 1, as the loaded text's markers), or None."""
    try:
        nb = read_notebook(Path(path).read_text(encoding="utf-8"))
        return {k: str(c.get("source", "")) for k, c in enumerate(nb.get("cells", []), start=1)
                if c.get("cell_type") == "code"}  # fmt: skip
    except Exception:  # noqa: BLE001 - a notebook that cannot be read again: its code cells unknown
        return None


@lru_cache(maxsize=8)
def _pieces(text: str, source: str, path: str, stamp: float) -> tuple[_Piece, ...]:
    """Every piece of code of the notes (``text`` as read, a notebook's with its cell markers; ``source`` with its
    code blocks): each code block by its lines, and — in a notebook — each code cell the loaded text does not show,
    placed at the line of the next cell it shows (``stamp``: the file's time, part of the cache key only)."""
    del stamp
    code = source or text
    out = [_Piece(code.count("\n", 0, start) + 1, code.count("\n", 0, len(code[:end].rstrip())) + 1, block)
           for start, end, block in code_spans(code)]  # fmt: skip
    if not path or document_kind(path) != "notebook":
        return tuple(out)
    shown = [(text.count("\n", 0, m.start()) + 1, int(m.group(1))) for m in CELL_MARKER.finditer(text)]
    cells = _code_cells(path)
    for (_, before), (at, after) in pairwise(shown):
        for k in range(before + 1, after):
            if cells is None or k in cells:
                out.append(_Piece(at, at - 1, None if cells is None else cells[k]))
    return tuple(out)


def updated_in_code(name: str, stated: int, step: int, text: str, source: str = "", path: str = "",
                    number: str = "") -> bool:  # fmt: skip
    """May the notes' code assign ``name`` between the line ``stated`` and the line ``step`` (module docstring)?
    ``text``: the notes as read (a notebook's with its cell markers); ``source``: with their code blocks;
    ``number``: the value stated (code assigning that number again changes nothing)."""
    if not 0 < stated < step:
        return False
    try:
        stamp = Path(path).stat().st_mtime if path and document_kind(path) == "notebook" else 0.0
    except OSError:
        stamp = -1.0
    pieces = [p for p in _pieces(text, source, path, stamp) if stated < p.first and p.last < step]
    if not pieces:
        return False
    names = frozenset(_identifiers(name))
    return any(p.code is None or _changes(p.code, names, number) for p in pieces)


def changed_since(values: Sequence[tuple[str, str, int]], line: int, text: str, source: str = "",
                  path: str = "") -> list[tuple[str, str, int]]:  # fmt: skip
    """``values`` (name, number, line stated) with those left out that the notes' code assigns (or may assign) after
    their statement and before a chain on ``line`` (:func:`updated_in_code`), or that the prose changes in words
    there (documents.wordedchanges): the chain is not read at them (a step at the old value was PROVED, sound49)."""
    return [v for v in values if not updated_in_code(v[0], v[2], line, text, source, path, v[1])
            and not changed(v[0], v[2], line, text)]


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
        name, _, number = h.partition("=")
        name, at = name.strip(), int(found.group(1)) if found else 0
        if found and (updated_in_code(name, at, step, text, source, path, number.strip())
                      or changed_in_words(name, at, step, text)):  # fmt: skip
            return skipped
    return judged
