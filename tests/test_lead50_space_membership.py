r""""For $a, b \in \mathbb{R}^2$" quantifies over a whole space: it restricts nothing (lead50).

A lone equation between undeclared names is read as a rewriting — checked for every value — only when the sentence
before it says nothing of its names (documents.samenames). A sentence stating that the names range over a whole
real space (``\in \mathbb{R}``, ``\mathbb{R}^2``, ``\mathbb{R}^{m \times n}``) says the equation is claimed for all
of them: the strongest cue of an identity there is, not a hypothesis. A wrong expansion after it was SKIPPED
("nothing says it is an identity"); it is FAILED now, and the right one PROVED. A part of a space (``\mathbb{R}_+``,
``(0, 1)``, ``\{0, 1\}``) is still a hypothesis the reading does not take.
"""

from __future__ import annotations

from support import doc_steps


def _verdicts(note: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(note)]


_VECTORS = r"""
For $a, b \in \mathbb{R}^2$ the squared norm of the sum expands as

$$(a_1 + b_1)^2 + (a_2 + b_2)^2 = a_1^2 + a_2^2 + b_1^2 + b_2^2 + {CROSS}$$
"""

_SCALARS = r"""
For $u, v \in \mathbb{R}$ we can write

$$(u + v)^2 - (u - v)^2 = {RIGHT}$$
"""


def test_wrong_expansion_over_a_whole_space_is_failed() -> None:
    assert _verdicts(_VECTORS.replace("{CROSS}", r"a_1 b_1 + a_2 b_2")) == ["FAILED"]


def test_right_expansion_over_a_whole_space_is_proved() -> None:
    assert _verdicts(_VECTORS.replace("{CROSS}", r"2 a_1 b_1 + 2 a_2 b_2")) == ["PROVED"]


def test_scalars_in_the_real_line_too() -> None:
    assert _verdicts(_SCALARS.replace("{RIGHT}", "2 u v")) == ["FAILED"]
    assert _verdicts(_SCALARS.replace("{RIGHT}", "4 u v")) == ["PROVED"]


def test_part_of_a_space_is_still_a_hypothesis() -> None:
    """√(u²v²) = uv holds for u, v ≥ 0 only: after "u, v ∈ ℝ₊" it is no mistake."""
    note = "For $u, v \\in \\mathbb{R}_{+}$ we can write\n\n$$\\sqrt{u^2 v^2} + u = u v + \\sqrt{u^2}$$\n"
    assert _verdicts(note) != ["FAILED"]
