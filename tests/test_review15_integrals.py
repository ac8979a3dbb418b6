r"""The variable of an integral is bound in what the notes write inside it, but a name defined with the
notes' own ``y`` (``z := w y``) carries that ``y`` into ``\int z\,dy``: taken for a constant of the
integral, ``\int z\,dy = z\int 1\,dy`` was PROVED though ``\int w y\,dy \ne w y \int dy``
(documents.integrals). Such an integral is not read."""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")


def test_a_definition_that_uses_the_variable_is_no_constant() -> None:
    (step,) = doc_steps("```verify\nz := w y\n```\n\n$$\n\\int z \\, dy = z \\int 1 \\, dy\n$$\n")
    assert step.verdict.value not in GREEN
    assert "dy" in step.message


def test_a_definition_free_of_the_variable_is_still_a_constant() -> None:
    (step,) = doc_steps("```verify\nz := w x\n```\n\n$$\n\\int z \\, dy = z \\int 1 \\, dy\n$$\n")
    assert step.verdict.value == "PROVED"
