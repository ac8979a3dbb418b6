r"""A function defined by cases at points, differentiated under its bare name: checked at each point (redteam37).

After ``\ell(t, y) = \begin{cases} -\log(y) & \text{if } t = 1 \\ -\log(1-y) & \text{if } t = 0 \end{cases}`` the
step ``\frac{\partial \ell}{\partial y} = -\frac{t}{y} + \frac{1-t}{1-y}`` (ℓ written without its arguments, as
notes write a loss's derivative) was an ERROR, "only 0 of 200 sample points had finite values … narrow the declared
domain", on correct notes, and its sign-flipped copy too: definedcases read a step only where every call of ℓ
passes t its own letter, and a bare ℓ makes no call. The bare name is the function at its own parameters.
Every example is written here."""

from __future__ import annotations

from support import doc_steps

_NOTES = r"""
    The loss of one sample is

    $$\ell(t, y) = \begin{cases} -\log(y) & \text{if } t = 1 \\ -\log(1-y) & \text{if } t = 0 \end{cases}$$

    Its derivative by the prediction:

    $$\frac{\partial \ell}{\partial y} = RIGHT$$
    """


def _verdicts(right: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(_NOTES.replace("RIGHT", right))]


def test_the_bare_name_differentiated_is_checked_at_each_point() -> None:
    assert _verdicts(r"-\frac{t}{y} + \frac{1-t}{1-y}") == ["SKIPPED", "PROVED"]


def test_a_wrong_sign_fails_at_a_point() -> None:
    assert _verdicts(r"-\frac{t}{y} - \frac{1-t}{1-y}") == ["SKIPPED", "FAILED"]
