r"""``\cancelto{v}{X}`` (the cancel package: X struck through with an arrow to v) is read as X, as written (fresh69).

Like ``\cancel{X}``, a decoration: the member stays what was written, and the claim that X becomes v is the
notes' to justify (the step is checked with X; where the notes state the value that makes X = v, it holds). It
was "unsupported command \cancelto": the step SKIPPED, a wrong one too.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.latex.decorations import undecorate
from verifier.results import Verdict


def test_cancelto_keeps_what_is_struck() -> None:
    assert undecorate(r"-2 + \mu \cancelto{0}{a}") == r"-2 + \mu {a}"
    assert undecorate(r"\cancelto{0}{\frac{1}{n}} + 1") == r"{\frac{1}{n}} + 1"


@pytest.mark.parametrize(("rhs", "verdict"), [("x^2", Verdict.PROVED), ("x^2 + 1", Verdict.FAILED)])
def test_a_step_with_cancelto_is_checked(rhs: str, verdict: Verdict) -> None:
    got = doc_steps(
        rf"""
        ```verify
        x: real
        ```
        $$
        x^2 + \cancelto{{0}}{{(x - x)}} = {rhs}
        $$
        """
    )
    assert [s.verdict for s in got] == [verdict]
