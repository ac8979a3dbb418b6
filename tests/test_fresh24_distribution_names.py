r"""A name set equal to a distribution family names a distribution, not a value.

"For $P = \mathrm{Poisson}(\lambda_1)$ and $Q = \mathrm{Poisson}(\lambda_2)$, $\log\frac{P(k)}{Q(k)} = …$":
P(k) is the pmf at k. Learning P := Poisson(λ₁) as a value read P(k) as the product P·k and made a
correct log-ratio FAILED (fresh24, a KL between Poissons).
"""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.distributionnames import names_a_distribution
from verifier.results import Verdict

_RATIO = r"$\log\frac{P(k)}{Q(k)} = k\log\frac{\lambda_1}{\lambda_2} - \lambda_1 + \lambda_2$"


def _verdicts(text: str) -> list[Verdict]:
    return [s.verdict for ch in check_text(text, "notes.md").chains for s in ch.result.steps]


@pytest.mark.parametrize(
    "family",
    [r"\mathrm{Poisson}(\lambda_#)", r"\operatorname{Pois}(\lambda_#)", r"\text{Poisson}(\lambda_#)"],
    ids=["mathrm", "operatorname", "text"],
)
def test_a_log_ratio_of_pmfs_named_by_their_family_is_not_failed(family: str) -> None:
    first, second = family.replace("#", "1"), family.replace("#", "2")
    text = f"For $P = {first}$ and $Q = {second}$ the log-ratio is {_RATIO}.\n"
    assert Verdict.FAILED not in _verdicts(text)


def test_a_wrong_log_ratio_is_not_green_either() -> None:
    text = (r"For $P = \mathrm{Poisson}(\lambda_1)$ and $Q = \mathrm{Poisson}(\lambda_2)$ the log-ratio is "
            r"$\log\frac{P(k)}{Q(k)} = k\log\frac{\lambda_1}{\lambda_2} + \lambda_1 - \lambda_2$." "\n")
    assert not set(_verdicts(text)) & {Verdict.PROVED, Verdict.PASSED}


def test_a_name_defined_as_a_value_is_still_substituted() -> None:
    # P = 2\lambda is a value: P(k) after it is still not a distribution's pmf (the definition is kept)
    text = "Let $P = 2\\lambda$.\n\n$$P - \\lambda = \\lambda$$\n"
    assert _verdicts(text) == [Verdict.PROVED]


@pytest.mark.parametrize(
    ("lhs", "rhs"),
    [
        ("c", r"\Gamma(\alpha)"),  # the gamma function's value
        ("p", r"\mathcal{N}(x \mid \mu, \sigma^2)"),  # a density at a point
        ("q", r"\operatorname{Bern}(y; \theta)"),
        ("r", r"\mathrm{Poisson}(\lambda) + 1"),  # not the whole right side
        ("f(x)", r"\mathrm{Exp}(\lambda)"),  # not a bare name
    ],
)
def test_values_are_not_read_as_distributions(lhs: str, rhs: str) -> None:
    assert not names_a_distribution(lhs, rhs)


@pytest.mark.parametrize(
    ("lhs", "rhs"),
    [("P", r"\mathrm{Poisson}(\lambda_1)"), ("Q", r"\mathcal{N}(\mu_2, \sigma^2)"), ("p_0", r"\text{Beta}(a, b)")],
)
def test_families_are_read_as_distributions(lhs: str, rhs: str) -> None:
    assert names_a_distribution(lhs, rhs)
