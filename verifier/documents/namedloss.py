r"""A bare ``J`` in a part whose prose names which of the notes' losses the part is about.

Homework solutions define several losses with one letter and a label (``J`` for the cross-entropy in
part (a), ``J_{pair-loss}(h, t, Q) = …`` in part (e)) and then, in the answer to part (e), write
``\frac{\partial J}{\partial h}`` with the label dropped. The question of the part says which loss it
means ("computing the partial derivatives of $J_{pair-loss}$ with respect to $h$"); read literally,
``J`` is the earlier unlabelled ``J`` of part (a), a different quantity, and the step is misread.

This module owns that reading (:func:`named_loss`): on a line, a bare letter ``J`` (any one letter)
is the labelled loss ``J_{label}`` when

* the label is words (hyphenated, in ``\text``, or a label word of :mod:`verifier.latex.subwords`):
  ``r_{uij}`` is a run of index letters;
* the line's *part* (:mod:`verifier.documents.parts`), from its start to the line, writes
  ``J_{label}`` (in its prose or its inline math: the question names it);
* it names exactly one labelled loss with that letter (two, and which one a bare J means is not said);
* the notes define ``J_{label}`` before the line (a definition learned from the notes: a loss that is
  only named is no reading), the part names it on a line other than that definition's, and its body
  does not write the bare ``J`` (``J_{reg}(w) = J(w) + \lambda\|w\|^2`` is built from the bare J,
  which then means the other loss);
* the part does not define the bare ``J`` itself before the line (a definition in the part wins), and a
  context does not declare it.

The loss is read at the parameters it was defined with (``J`` is ``J_{pair-loss}(h, t, Q)``): the
answer writes the same names. The reading is reported with the step (``scope.inferred``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verifier.documents.context import Definition, Key
from verifier.documents.parts import part_of
from verifier.latex.subwords import is_label_word

__all__ = ["named_loss"]

#: a letter with a label of words below it: J_{neg-sample}, J_{\text{skip-gram}}, L_{\mathrm{hinge}}
_LABELLED = re.compile(
    r"(?<![A-Za-z\\])(?P<letter>[A-Za-z])\s*_\s*\{\s*(?P<wrap>\\(?:text|mathrm|textrm|operatorname)\s*\{\s*)?"
    r"(?P<label>[A-Za-z]{3,}(?:-[A-Za-z]{3,})*)\s*\}?\s*\}"
)


def named_loss(
    lines: list[str], line: int, note_definitions: Iterable[Definition], declared: Iterable[Key]
) -> tuple[Key, Definition | None, str] | None:
    """``(key, alias, note)`` when the bare name ``key`` on ``line`` is read as the labelled loss its part
    names: ``alias`` defines it as that loss at its own parameters, ``note`` says so with the step. An
    ``alias`` None: the part defines the labelled loss itself and names it nowhere else, so the bare name
    may be either loss; it is set aside (``note`` says why)."""
    start = part_of(lines, line)[0]
    part = "\n".join(lines[start - 1 : line - 1])
    named: dict[str, set[str]] = {}
    mentioned: dict[tuple[str, str], set[int]] = {}  # the lines of the part that write each labelled loss
    for m in _LABELLED.finditer(part):
        if not (m.group("wrap") or "-" in m.group("label") or is_label_word(m.group("label"))):
            continue  # r_{uij}: a run of index letters, not a label
        named.setdefault(m.group("letter"), set()).add(m.group("label"))
        mentioned.setdefault((m.group("letter"), m.group("label")), set()).add(start + part.count("\n", 0, m.start()))
    if not named:
        return None
    defs = sorted(note_definitions, key=lambda d: d.line)
    taken = set(declared)
    for letter, labels in sorted(named.items()):
        key: Key = (letter, ())
        if len(labels) != 1 or key in taken:
            continue
        if any(d.key == key and start <= d.line <= line for d in defs):
            continue  # the part defines the bare letter itself
        label = next(iter(labels))
        loss = [d for d in defs if d.key == (f"{letter}_{label}", ()) and d.line < line]
        if not loss:
            continue
        d = loss[-1]
        if re.search(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z_])", d.body):
            continue  # the loss is built from the bare letter (J + λ‖w‖²): J is the other loss
        if not mentioned[(letter, label)] - {d.line}:
            if d.line >= start:  # the part defines J_{label} and then writes J: which loss is not said (redteam10)
                return key, None, (f"{letter}: this part defines {letter}_{{{label}}} (line {d.line}) and writes "
                                   f"{letter} bare; which loss {letter} means is not said")
            continue  # only its own definition, in an earlier part, names it
        call = f"{letter}_{{{label}}}" + (f"({', '.join(d.params)})" if d.is_function and d.params else "")
        note = (f"{letter}: the loss {letter}_{{{label}}} that this part names (line {start}), defined at line "
                f"{d.line}")
        return key, Definition(key, call, line=d.line), note
    return None
