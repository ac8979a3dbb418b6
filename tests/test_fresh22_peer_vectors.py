r"""A vector named y that the notes annotate together with another vector is no label (documents.peervectors).

"For $x, y \in \mathbb{R}^2$ and $k(x, y) = (x^\top y + 1)^2$": y is a second input of a kernel, a peer of x.
The one-hot reading of labels (y or t, inferred vectors) made a wrong expansion pass — with y one-hot,
``y_1 y_2 = 0`` and the dropped cross term ``2 x_1 x_2 y_1 y_2`` vanished: a planted mistake reported PASSED
(kernel feature-map homework). A label annotated alone keeps the reading. (The wrong step is SKIPPED, not
FAILED: a lone equation between undeclared quantities may be one the notes solve.)"""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.peervectors import annotated_with_peer
from verifier.results import Verdict

_NOTES = "For ${said}$ and the kernel $k(x, y) = (x^\\top y + 1)^2$:\n\n$${step}$$\n"
_WRONG = "(x_1 y_1 + x_2 y_2)^2 = x_1^2 y_1^2 + x_2^2 y_2^2 + x_1 x_2 y_1 y_2"
_RIGHT = "(x_1 y_1 + x_2 y_2)^2 = x_1^2 y_1^2 + x_2^2 y_2^2 + 2 x_1 x_2 y_1 y_2"


def _verdict(said: str, step: str) -> tuple[Verdict, str]:
    notes = _NOTES.replace("{said}", said).replace("{step}", step)
    steps = [s for ch in check_text(notes, "notes.md").chains for s in ch.result.steps]
    return steps[-1].verdict, steps[-1].message or ""


@pytest.mark.parametrize("said", ["x, y \\in \\mathbb{R}^2", "\\mathbf{x}, \\mathbf{y} \\in \\mathbb{R}^2",
                                  "y, x \\in \\mathbb{R}^{2}"])
def test_a_dropped_cross_term_is_not_green(said: str) -> None:
    # FAILED or SKIPPED ("nothing says it is an identity"): never green through y one-hot
    verdict, message = _verdict(said, _WRONG)
    assert verdict in (Verdict.FAILED, Verdict.SKIPPED), message
    assert "one-hot" not in message


def test_the_right_expansion_is_proved() -> None:
    verdict, message = _verdict("x, y \\in \\mathbb{R}^2", _RIGHT)
    assert verdict is Verdict.PROVED, message


@pytest.mark.parametrize(("text", "said"), [
    ("For $x, y \\in \\mathbb{R}^d$", True),
    ("Let $\\mathbf{u}, \\mathbf{t} \\in \\mathbb{R}^n$", True),
    ("For $y \\in \\{0, 1\\}^K$ one-hot and $x \\in \\mathbb{R}^d$", False),
    ("Labels $y, t \\in \\{0, 1\\}^K$", False),
    ("with $\\hat{y}, y \\in \\mathbb{R}^K$", False),
])
def test_annotated_with_a_peer(text: str, said: bool) -> None:
    assert annotated_with_peer(text, "y" if "y" in text else "t") is said
