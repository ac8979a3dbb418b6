r"""A label written as an index and then as a vector: ``L = -\log p_y``, then ``\frac{\partial L}{\partial z} = p - y``.

Cross-entropy notes write the loss of the true class as ``-\log p_y`` (y the class: an index of p) and its gradient
as ``p - y`` (y the one-hot label of that class). Read literally, the index y is subtracted from every entry of p,
and the right gradient failed "at y = 1" (gaps69; a false alarm). Which entry is hot is the notes' choice, and the
one-hot reading is not checked here: :func:`label_as_index` names the doubt, and the step is SKIPPED (never green).
Only where the step writes the difference of the index and the very vector it indexes (``p - y``, ``y - p``: the
one-hot gradient of a log-softmax, either sign) — ``p + y`` fails read either way, and a y the notes never use as an
index keeps the literal reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["label_as_index"]

# infer's report of a name read as an index because it subscripts a vector (documents.infer)
_INDEX = re.compile(r"inferred ([A-Za-z]): an index [^;()]*\(a subscript of ([A-Za-z])\)")


def label_as_index(texts: Sequence[str], message: str) -> str | None:
    """Why a FAILED step whose members subtract an inferred index from the vector it subscripts, or that vector from
    it (``p - y`` after ``p_y``), is not FAILED; None where no member does."""
    for name, vector in _INDEX.findall(message):
        before = rf"(?<![_^\\A-Za-z]){vector}\s*-\s*{name}(?![_^A-Za-z])"  # p - y
        after = rf"(?<![_^\\A-Za-z]){name}\s*-\s*{vector}(?![_^A-Za-z])"  # y - p
        near = f"{before}|{after}"
        if any(re.search(near, t) for t in texts):
            return (f"{name} is an index here (a subscript of {vector}, {vector}_{name}) and is subtracted from "
                    f"{vector} or {vector} from it: the one-hot label of class {name} is meant, a reading not checked "
                    "here")
    return None
