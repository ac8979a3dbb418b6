r"""A condition a model's display states beside it is a hypothesis of the later steps (alarm69).

A diffusion note sets its noising up in one display, "$$x_t = a_t x_0 + s_t \epsilon, \qquad \epsilon \sim
\mathcal{N}(0, 1), \qquad a_t^2 + s_t^2 = 1$$", and later divides by ``s_t^2`` writing ``\frac{a_t^2 +
s_t^2}{s_t^2}`` for ``\frac{1}{s_t^2}``. The condition was read as one more claim about every a and s, so the
later step was checked for every value of them: the right step FAILED (fresh72's v-prediction). The condition is
now a hypothesis of the chains after the display that write its names (documents.modelconditions), solved for a
square (documents.hypotheses): the step is checked where the condition holds.
"""

from __future__ import annotations

from support import doc_steps, verdicts_by_line

from verifier.results import Verdict

_NOTE = r"""# Noising

A sample is noised as

$$
x_t = a_t x_0 + s_t \epsilon, \qquad \epsilon \sim \mathcal{N}(0, 1), \qquad a_t^2 + s_t^2 = 1 .
$$

An error $e$ in the clean sample weighs

$$
\frac{e^2}{s_t^2} = \frac{a_t^2 + s_t^2}{s_t^2}\, e^2 = \left(1 + \frac{a_t^2}{s_t^2}\right) e^2 .
$$
"""
_WEIGHT = 12


def test_a_step_that_uses_the_models_condition_is_proved_under_it() -> None:
    steps = doc_steps(_NOTE)
    used = [s for s in steps if "a_t^2 + s_t^2 = 1" in s.message and "stated with the model" in s.message]
    assert used and all(s.verdict is Verdict.PROVED for s in used), [(s.verdict, s.message) for s in steps]
    assert not any(s.verdict is Verdict.FAILED for s in steps), [(s.verdict, s.message) for s in steps]


def test_a_wrong_weight_under_the_condition_is_still_failed() -> None:
    verdicts = verdicts_by_line(_NOTE.replace(r"= \frac{a_t^2 + s_t^2}{s_t^2}\, e^2",
                                              r"= \frac{a_t^2 + 2 s_t^2}{s_t^2}\, e^2"))
    assert "FAILED" in verdicts[_WEIGHT], verdicts


def test_a_step_that_needs_a_sign_of_the_root_is_not_green() -> None:
    weight = r"\frac{e^2}{s_t^2} = \frac{a_t^2 + s_t^2}{s_t^2}\, e^2 = \left(1 + \frac{a_t^2}{s_t^2}\right) e^2"
    steps = doc_steps(_NOTE.replace(weight, r"\sqrt{1 - s_t^2} = a_t"))
    assert steps[-1].verdict not in (Verdict.PROVED, Verdict.PASSED), steps[-1].message


def test_an_equation_of_a_display_without_a_model_is_no_condition() -> None:
    text = _NOTE.replace(r"x_t = a_t x_0 + s_t \epsilon, \qquad \epsilon \sim \mathcal{N}(0, 1), \qquad ", "")
    steps = doc_steps(text)
    assert not any("stated with the model" in s.message for s in steps), [s.message for s in steps]
    assert all(s.verdict not in (Verdict.PROVED, Verdict.PASSED) for s in steps[1:2]), [s.message for s in steps]
