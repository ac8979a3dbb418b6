r"""A recurrence on an accented name written without braces: ``\bar\alpha_t = \alpha_t\bar\alpha_{t-1}`` (updaterule).

Diffusion notes define the cumulative product by "$\bar\alpha_t = \alpha_t\bar\alpha_{t-1}$". The update-rule
pattern knew ``\bar{\alpha}_t`` (braced) only, and looked for the earlier entry after no letter — but here
``\bar\alpha_{t-1}`` follows ``\alpha_t`` directly. So the recurrence was not learned, ᾱ_t and ᾱ_{t-1} were
independent entries, and the correct posterior-variance step
``(1-\alpha_t)(1-\bar\alpha_{t-1})/(1-\alpha_t\bar\alpha_{t-1}) = (1-\bar\alpha_{t-1})\beta_t/(1-\bar\alpha_t)``
FAILED."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.updaterule import is_update_rule
from verifier.results import Verdict

_NOTES = ("With $\\beta_t = 1 - \\alpha_t$ and ${rule}$, we have\n\n"
          "$$\\frac{(1-\\alpha_t)(1-\\bar\\alpha_{t-1})}{1 - \\alpha_t\\bar\\alpha_{t-1}} = {right}$$\n")
_RIGHT = "\\frac{1-\\bar\\alpha_{t-1}}{1-\\bar\\alpha_t}\\,\\beta_t"
_WRONG = "\\frac{1-\\bar\\alpha_t}{1-\\bar\\alpha_{t-1}}\\,\\beta_t"


def _last(rule: str, right: str) -> tuple[Verdict, str]:
    steps = [s for ch in check_text(_NOTES.replace("{rule}", rule).replace("{right}", right), "notes.md").chains
             for s in ch.result.steps]  # fmt: skip
    return steps[-1].verdict, steps[-1].message or ""


@pytest.mark.parametrize("rule", ["\\bar\\alpha_t = \\alpha_t\\bar\\alpha_{t-1}",
                                  "\\bar{\\alpha}_t = \\alpha_t\\bar{\\alpha}_{t-1}"])
def test_the_cumulative_product_is_unfolded(rule: str) -> None:
    verdict, message = _last(rule, _RIGHT)
    assert verdict in (Verdict.PROVED, Verdict.PASSED), message


def test_swapped_indices_still_fail() -> None:
    verdict, message = _last("\\bar\\alpha_t = \\alpha_t\\bar\\alpha_{t-1}", _WRONG)
    assert verdict is Verdict.FAILED, message


@pytest.mark.parametrize(("left", "right", "found"), [
    ("\\bar\\alpha_t", "\\alpha_t\\bar\\alpha_{t-1}", ("\\bar\\alpha_t", "\\bar\\alpha_{t-1}")),
    ("\\hat\\theta_{k+1}", "\\hat\\theta_k - \\eta g_k", ("\\hat\\theta_{k+1}", "\\hat\\theta_k")),
    ("\\bar\\alpha_t", "\\alpha_t\\alpha_{t-1}", None),
    ("\\alpha_t", "\\alpha_0\\bar\\alpha_{t-1}", None),
    ("\\alpha_t", "\\alpha_0 + \\bar{\\alpha}_{t-1}", None),
])
def test_is_update_rule(left: str, right: str, found: tuple[str, str] | None) -> None:
    assert is_update_rule(left, right) == found
