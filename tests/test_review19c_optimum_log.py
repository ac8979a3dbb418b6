r"""``arg max_w F = arg max_w G`` read as ``G = c log F + d`` holds only where log F is real: F > 0 where
the notes' G is defined. ``\arg\max_w -(y - wx)^2 = \arg\max_w \log((y - wx)^2)`` (F ≤ 0 everywhere, G
largest where F is smallest) has d/dw log F = d/dw G and was PROVED; a probe where G is real and F is not
positive now refuses that reading (documents.optimum). Small examples written for the test."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


def test_the_logarithm_of_a_negative_objective_is_not_green() -> None:
    (step,) = doc_steps(r"$$ \arg\max_{w} -(y - w x)^2 = \arg\max_{w} \log\left((y - w x)^2\right) $$")
    assert step.verdict not in GREEN, step.message


def test_an_objective_against_the_logarithm_of_a_negative_one_is_not_green() -> None:
    (step,) = doc_steps(r"$$ \arg\max_{w} \log\left((y - w x)^2\right) = \arg\max_{w} -(y - w x)^2 $$")
    assert step.verdict not in GREEN, step.message


def test_the_logarithm_of_a_positive_objective_keeps_the_argmax() -> None:
    (step,) = doc_steps(r"$$ \arg\max_{w} e^{-(y - w x)^2} = \arg\max_{w} -(y - w x)^2 $$")
    assert step.verdict is Verdict.PROVED, step.message
    (step,) = doc_steps(r"$$ \arg\max_{\theta} \theta^{3} (1 - \theta)^{5} = \arg\max_{\theta} 3 \log \theta"
                        r" + 5 \log(1 - \theta) $$")
    assert step.verdict is Verdict.PROVED, step.message
