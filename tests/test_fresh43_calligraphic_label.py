r"""``\mathcal{L}_q(p) = …``: a calligraphic loss labelled by a subscript is a function the notes define (fresh43).

documents.labelled read ``J_\lambda(\theta)``, ``L_S(h)`` as labelled functions, but not a calligraphic head:
``\mathcal{L}_q(p) = \frac{1 - p^q}{q}`` was never learned, so "\mathcal{L} appears on one side only" and a
wrong ``\partial \mathcal{L}_q / \partial p`` was SKIPPED ("not defined in the notes"). Every example is
written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = """# A loss with a power

$$
\\mathcal{L}_a(p) = \\frac{1 - p^a}{a}
$$

Its slope is $$\\frac{\\partial \\mathcal{L}_a}{\\partial p} = -p^{a - 1}.$$
"""


def test_a_calligraphic_labelled_function_is_learned() -> None:
    assert verdicts_by_line(_NOTE)[7] == ["PROVED"]


def test_a_wrong_slope_of_it_fails() -> None:
    assert verdicts_by_line(_NOTE.replace("= -p^{a - 1}", "= -a p^{a - 1}"))[7] == ["FAILED"]
