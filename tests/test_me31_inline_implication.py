r"""``$f(x) = x^2 e^{x} \Rightarrow f'(x) = (2x + x^2)e^{x}$``: one inline formula, a definition, an arrow, and
the claim it implies. The claim was checked (the arrow separates chains) but the definition was not
learned (the inline reading split the whole formula at its ``=``), so a wrong derivative was SKIPPED
"f is not defined in the notes". Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")


@pytest.mark.parametrize("arrow", [r"\Rightarrow", r"\implies", r"\Longrightarrow", r"\;\Rightarrow\;"])
@pytest.mark.parametrize(("rhs", "verdicts"), [(r"(2x + x^2)e^{x}", GREEN), (r"(2x + x^2)e^{2x}", ("FAILED",))])
def test_the_definition_before_the_arrow_is_learned(arrow: str, rhs: str, verdicts: tuple[str, ...]) -> None:
    r = doc_steps(f"1. $f(x) = x^2 e^{{x}} {arrow} f'(x) = {rhs}$\n")[-1]
    assert r.verdict.value in verdicts, r.message
