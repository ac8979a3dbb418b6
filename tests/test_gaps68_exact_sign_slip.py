r"""A worked number whose sign is flipped against an exact value at exact inputs (gaps68, documents.exactslips).

Logistic regression by hand with w, b, x, y all stated as integers: ``\frac{\partial \ell}{\partial b} = 0.5`` where
the value is exactly -0.5 was SKIPPED ("a value computed from rounded inputs, another value of a name, or a slip"):
the sign-flip rule asked for ten units of the last place in the magnitude, and 0.5 has five. Where the magnitude is
the exact value (no rounding in it at all) five units suffice: the flip moved the number by ten units. The right
number stays PROVED; a flip of a value rounded to the places written keeps the old bound.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
Take $w = 1$, $b = 0$, $x = 0$ and the label $y = 1$. The prediction is $\hat y = \sigma(w x + b)$ and the loss is

$$
\ell = -y \log \hat y - (1 - y)\log(1 - \hat y).
$$

The gradient with respect to the bias is

$$
\frac{\partial \ell}{\partial b} = WRITTEN
$$
"""


def _last(written: str, notes: str = NOTES) -> object:
    return doc_steps(notes.replace("WRITTEN", written))[-1]


def test_the_exact_value_with_its_sign_flipped_is_failed() -> None:
    step = _last("0.5")
    assert step.verdict is Verdict.FAILED, step.message
    assert "sign flipped" in step.message and step.counterexample is not None


def test_the_right_value_stays_proved() -> None:
    assert _last("-0.5").verdict in (Verdict.PROVED, Verdict.PASSED)


def test_a_flipped_rounding_below_ten_units_stays_skipped() -> None:
    # x = 1: the value is σ(1) - 1 = -0.2689…, written 0.3 (one place): a rounding, three units from zero
    step = _last("0.3", NOTES.replace("$x = 0$", "$x = 1$"))
    assert step.verdict is Verdict.SKIPPED, step.message


def test_the_flip_of_an_exact_value_needs_five_units_of_the_last_place() -> None:
    from verifier.documents.exactslips import _slip

    assert "sign flipped" in (_slip(-0.5, 0.5, 1) or "")
    # two units: no sign-flip slip; still a slip of the exact value (lead68: exact at the places written, far off)
    assert "sign flipped" not in (_slip(-0.2, 0.2, 1) or "") and "exact value" in (_slip(-0.2, 0.2, 1) or "")
    assert _slip(-0.26894, 0.3, 1) is None
