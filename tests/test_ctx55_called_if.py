r"""A display right after "… is called *unbiased* when" (or "is said to be … if", "we say that … is … if") is the
condition that defines the word: a definition, not a claim (documents.calledif). It was checked as an identity and
FAILED ("a matrix $Q$ is called normal if $$Q^TQ = QQ^T$$" fails for a general Q) or SKIPPED for a reason that
counted it as an unchecked claim; now SKIPPED "a definition …". A display that holds keeps its verdict, and a
claim after other words is checked as before.

Own small notes.
"""

from __future__ import annotations

import pytest
from support import doc_steps

_MATRIX = r"""
# Normal matrices

```verify
Q: matrix[2 x 2]
```

PROSE

$$DISPLAY$$
"""


def _step(prose: str, display: str = r"Q^T Q = Q Q^T") -> tuple[str, str]:
    (step,) = doc_steps(_MATRIX.replace("PROSE", prose).replace("DISPLAY", display))
    return step.verdict.name, step.message


@pytest.mark.slow(2)
def test_the_condition_that_defines_a_word_is_a_definition_not_a_failure() -> None:
    verdict, message = _step(r"A square matrix $Q$ is called *normal* if")
    assert verdict == "SKIPPED", message
    assert message.startswith("a definition") and "normal" in message


@pytest.mark.slow(2)
def test_said_to_be_and_we_say_are_the_same_cue() -> None:
    for prose in (r"The matrix $Q$ is said to be normal when", r"We say that $Q$ is normal if"):
        verdict, message = _step(prose)
        assert verdict == "SKIPPED" and message.startswith("a definition"), (prose, message)


@pytest.mark.slow(2)
def test_a_claim_after_a_named_word_without_the_condition_cue_is_still_checked() -> None:
    verdict, message = _step(r"Such a $Q$ is called normal. For any square matrix,", r"(Q^T)^T = 2Q")
    assert verdict == "FAILED", message


@pytest.mark.slow(2)
def test_a_defining_display_that_holds_keeps_its_verdict() -> None:
    verdict, message = _step(r"A matrix is called *symmetric* if", r"(Q^T)^T = Q")
    assert verdict == "PROVED", message


@pytest.mark.slow(2)
def test_an_estimator_called_unbiased_is_a_definition() -> None:
    (step,) = doc_steps(r"""
    # Estimators

    An estimator $\hat{w}$ of a parameter $w$ is called *unbiased* when its expectation is the parameter:

    $$\mathbb{E}[\hat{w}] = w$$
    """)
    assert step.verdict.name == "SKIPPED" and step.message.startswith("a definition"), step.message
