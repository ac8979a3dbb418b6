r"""``H P^- H^\top + R`` after ``P^- = …``: P⁻ is the name the notes define, not P to the power -Hᵀ.

The Kalman note defines ``P^- = F F^\top`` and then writes ``S = H P^- H^\top + R``: the lone sign followed by an
operand was read as a power, and the step SKIPPED as "powers with vector exponents … are not supported" (fresh33).
A letter the notes write with a lone sign superscript right before ``=`` is that name wherever they write it
(documents.signnames)."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.signnames import as_sign_names, sign_names
from verifier.results import Verdict


def test_a_defined_sign_name_is_braced_everywhere() -> None:
    names = sign_names("Predict: $P^- = A A^\\top$, then $S = H P^- H^\\top + R$ and $P^+_{11} = 1$.")
    assert names == {("P", "-"), ("P", "+")}
    assert as_sign_names("H P^- H^\\top + R", names) == "H P^{-} H^\\top + R"
    assert as_sign_names("e^-x + P^{-}", names) == "e^-x + P^{-}"


def test_the_product_is_checked() -> None:
    steps = doc_steps("""
    # Update

    Let $a$, $b$, $u$ be numbers and $P^- = a + b$.

    $$u P^- u = u^2 \\cdot (a + b).$$
    """)
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message
