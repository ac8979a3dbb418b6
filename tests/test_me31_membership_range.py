r"""A range the notes give a parameter as a membership (``slope $\alpha \in (0, 1)$``) holds for the section,
not only until the next display (documents.ranges.earlier_memberships). Two displays after "The leaky ReLU with
slope $\alpha \in (0, 1)$", the correct ``\frac{d}{dx}\max(\alpha x, x) = \alpha + (1 - \alpha)\mathbb{1}[x > 0]``
was FAILED at α = 8.9 (a false alarm: me31's probe). A condition ("for $x > 0$") stays local. Every example is
written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")
NOTES = r"""
The leaky ReLU with slope PARAM is $f(x) = \max(\alpha x, x)$, so

$$
f'(x) = \begin{cases} 1 & \text{if } x > 0, \\ \alpha & \text{if } x < 0. \end{cases}
$$

With the indicator: $\frac{d}{dx}\max(\alpha x, x) = \alpha + (SIGN)\,\mathbb{1}[x > 0]$ for $x \neq 0$.
"""


@pytest.mark.parametrize("param", [r"$\alpha \in (0, 1)$", r"$\alpha\in[0,1]$"])
def test_a_membership_before_the_last_display_holds(param: str) -> None:
    """Read with α in (0, 1) the correct step holds at every sample (the kink x = 0 aside: SKIPPED, never
    FAILED); the wrong one fails there too."""
    right = doc_steps(NOTES.replace("PARAM", param).replace("SIGN", "1 - \\alpha"))[-1]
    assert right.verdict.value != "FAILED" and "as the prose states" in right.message, right.message
    wrong = doc_steps(NOTES.replace("PARAM", param).replace("SIGN", "1 + \\alpha"))[-1]
    assert wrong.verdict.value == "FAILED", wrong.message


def test_a_denied_membership_is_no_range() -> None:
    denied = r"a slope that need not satisfy $\alpha \in (0, 1)$"
    r = doc_steps(NOTES.replace("slope PARAM", denied).replace("SIGN", "1 - \\alpha"))[-1]
    # x \neq 0 is a stated range since sound23; the denied membership of alpha is none
    said = r.message.replace("x \\neq 0 as", "")
    assert "alpha \\in" not in r.message and "as the prose states" not in said, r.message


def test_a_condition_before_the_last_display_stays_local() -> None:
    notes = r"""For $x > 0$ we have $|x| = x$:

$$\frac{d}{dx}|x| = 1$$

In general,

$$\frac{d}{dx}|x| = 1$$
"""
    r = doc_steps(notes)[-1]
    assert r.verdict.value not in GREEN, r.message


def test_a_reading_that_holds_at_every_sample_leaves_no_failed() -> None:
    r"""FAILED must hold under every plausible reading: with α in (0, 1), as the notes state, the indicator form
    of max(αx, x)' holds at every sample and differs only at the kink x = 0 (SymPy's Heaviside(0) there). The
    literal reading's counterexample (α = 8.9) is then no evidence of a mistake: SKIPPED, with why."""
    notes = r"""The leaky ReLU with slope $\alpha \in (0, 1)$ is $f(x) = \max(\alpha x, x)$. With the indicator,

$$\frac{d}{dx}\max(\alpha x, x) = \alpha + (1 - \alpha)\,\mathbb{1}[x > 0]$$
"""
    r = doc_steps(notes)[-1]
    assert r.verdict.value != "FAILED", r.message
    assert "no random sample reaches" in r.message


def test_a_membership_the_notes_renew_after_the_display_is_not_the_sections() -> None:
    r"""review31d: "Now take a slope $\alpha > 1$ instead" after the display replaces the section's α ∈ (0, 1): the
    indicator form (right only for α < 1) is then wrong, and the earlier membership must not excuse it."""
    notes = r"""The leaky ReLU with slope $\alpha \in (0, 1)$ is

$$f(x) = \max(\alpha x, x)$$

Now take a slope $\alpha > 1$ instead.

$$\frac{d}{dx}\max(\alpha x, x) = \alpha + (1 - \alpha)\,\mathbb{1}[x > 0]$$
"""
    r = doc_steps(notes)[-1]
    assert r.verdict.value == "FAILED", r.message


def test_earlier_memberships_leaves_a_name_the_later_prose_restates() -> None:
    from verifier.documents.ranges import earlier_memberships

    before = r"slope $\alpha \in (0, 1)$ and rate $\eta \in (0, 1)$"
    assert earlier_memberships(before, r"Now take $\alpha > 1$.") == "$\\eta \\in (0, 1)$\n\n"
    assert earlier_memberships(r"slope $\alpha \in (0, 1)$, later $\alpha \in (1, 2)$") == "$\\alpha \\in (1, 2)$\n\n"
