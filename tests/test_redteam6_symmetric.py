"""A false FAILED found by redteam6: "with $A$ symmetric" (the adjective after the name, no verb) states
the hypothesis as "$A$ is symmetric" does; the expansion of a quadratic form holds under it."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_GOOD = (Verdict.PROVED, Verdict.PASSED)


def test_with_a_symmetric_is_read_as_the_hypothesis() -> None:
    steps = doc_steps(
        r"""
        The quadratic form $\mathbf{v}^T A \mathbf{v}$ with $A$ symmetric:

        $$(\mathbf{v} + \mathbf{u})^T A (\mathbf{v} + \mathbf{u})
        = \mathbf{v}^T A \mathbf{v} + 2\mathbf{u}^T A \mathbf{v} + \mathbf{u}^T A \mathbf{u}$$

        $$(\mathbf{v} + \mathbf{u})^T A (\mathbf{v} + \mathbf{u})
        = \mathbf{v}^T A \mathbf{v} + \mathbf{u}^T A \mathbf{v} + \mathbf{u}^T A \mathbf{u}$$
        """,
        "notes.md",
    )
    assert steps[0].verdict in _GOOD, steps[0].message
    assert "symmetric, as the notes say" in steps[0].message
    assert steps[1].verdict is Verdict.FAILED, steps[1].message
