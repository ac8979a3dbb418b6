r"""A letter read as a constant beside a function of the variable, with nothing saying so (redteam10).

``\frac{d}{dt}(pq) = \frac{dp}{dt} q`` with nothing declared: p is a function of t (the step writes its
derivative) and q, read as a constant for want of evidence, made the product rule without its second term
PROVED. Letters that name functions and quantities (f, g, h, p … z) are not read as constants on no
evidence where a function of the same variable stands beside them: the step is SKIPPED unless it also
holds with the letter a function of t. A coefficient letter (c, k, a, λ) or a letter the prose calls a
constant keeps the reading. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


def _last(display: str, prose: str = "") -> Verdict:
    return doc_steps(f"# Rule\n\n{prose}\n\n$${display}$$\n")[-1].verdict


def test_the_product_rule_without_its_second_term_is_not_green() -> None:
    assert _last(r"\frac{d}{dt}(pq) = \frac{dp}{dt} q") not in (Verdict.PROVED, Verdict.PASSED)
    assert _last(r"\frac{d}{dx}(uv) = u\frac{dv}{dx}") not in (Verdict.PROVED, Verdict.PASSED)


@pytest.mark.parametrize("display", [r"\frac{d}{dt}(pq) = \frac{dp}{dt} q + p\frac{dq}{dt}",
                                     r"\frac{d}{dt}(cp) = c\frac{dp}{dt}",
                                     r"\frac{d}{dt}(\lambda p) = \lambda\frac{dp}{dt}"])
def test_the_rules_that_hold_stay_proved(display: str) -> None:
    assert _last(display) is Verdict.PROVED


def test_a_letter_the_prose_calls_constant_keeps_the_reading() -> None:
    assert _last(r"\frac{d}{dt}(qp) = q\frac{dp}{dt}", "Here $q$ is a constant.") is Verdict.PROVED
    assert _last(r"\frac{d}{dt}(qp) = q\frac{dp}{dt}", "Here $q$ is not a constant.") not in (
        Verdict.PROVED, Verdict.PASSED)
