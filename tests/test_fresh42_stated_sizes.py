r"""A size written alone against numbers is no claim to check at a size the checker chose (fresh42).

With ``\Sigma \in \mathbb{R}^{d \times d}``, a Mahalanobis note writes its squared distance ``d^2 = \frac13(2 + 1 + 1 +
2) = 2`` and a worked example states ``d = 3 - 1 = 2``. d is a size there, and the checker gives a size a value of its
own (3, 5): both links were FAILED "at d = 3" on correct notes. The notes state a value of d (or write another
quantity with its letter); nothing at a chosen size says they are wrong: SKIPPED, never green. A claim in a size that
holds at no size (``\sum_{i=1}^{d} 1 = d + 1``) is still FAILED. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = "# Sizes\n\nLet $X \\in \\mathbb{R}^{n \\times d}$ and $\\mathbf{w} \\in \\mathbb{R}^d$.\n\n$$\nSTEP\n$$\n"


@pytest.mark.parametrize("step", [
    r"d^2 = \frac13(2 + 1) = 1",
    r"d = 3 - 1 = 2",
    r"n^2 = \frac23",
])
def test_a_size_stated_is_not_failed(step: str) -> None:
    verdicts = verdicts_by_line(_NOTE.replace("STEP", step))[6]
    assert verdicts[0] == "SKIPPED"
    assert "FAILED" not in verdicts


def test_a_claim_over_a_size_is_still_failed() -> None:
    assert verdicts_by_line(_NOTE.replace("STEP", r"\sum_{i=1}^{d} 1 = d + 1"))[6] == ["FAILED"]
