r"""A value given in E notation, ``$\eta = 1e-3$`` in prose or ``$$\eta = 1e-3$$``, is a value the notes state.

Before the merge ``1e-3`` was read as 1·e − 3 (a right ``1000\eta = 1`` FAILED); after it the member reads 10⁻³, but
documents.stated took only digits with a decimal point for a stated number, so η had no value: the steps using it
were SKIPPED "an equation between undeclared quantities", right or wrong. A number in E notation is now stated as
its decimal (0.001), as ``$\eta = 0.001$`` is: a right step PROVED under it; a wrong one SKIPPED "at the values the
notes state … this side is 1, not the 2.718 written" (``0.001`` written gives FAILED: the exactness of a value
written in E notation is not judged, left)."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.stated import displayed_values, stated_values

_DISPLAY = "# Rates\n\n$$\n\\eta = 1e-3\n$$\n\nAfter 1000 steps of size $\\eta$:\n\n$$\n1000 \\eta = VALUE\n$$\n"
_INLINE = "# Rates\n\nWe set the learning rate $\\eta = 1e-3$.\n\n$$\n1000 \\eta = VALUE\n$$\n"


def test_a_number_in_e_notation_is_stated_as_its_decimal() -> None:
    assert [(n, v) for n, v, _ in stated_values("We set $\\eta = 1e-3$ and $\\lambda = 2.5E-2$.")] == [
        ("\\eta", "0.001"),
        ("\\lambda", "0.025"),
    ]
    assert [(n, v) for n, v, _ in displayed_values([("\\eta", "1e-3", 4)])] == [("\\eta", "0.001")]


def test_a_displayed_value_in_e_notation_is_read_as_the_same_decimal_is() -> None:
    # $$\eta = 0.001$$ states a worked value (its later steps are not checked against it: an older policy)
    assert verdicts_by_line(_DISPLAY.replace("VALUE", "1")) == verdicts_by_line(
        _DISPLAY.replace("VALUE", "1").replace("1e-3", "0.001")
    )


def test_a_right_step_with_a_value_stated_inline_in_e_notation_is_green() -> None:
    assert verdicts_by_line(_INLINE.replace("VALUE", "1"))[6] == ["PROVED"]


def test_a_wrong_step_with_a_value_stated_inline_in_e_notation_is_not_green() -> None:
    assert verdicts_by_line(_INLINE.replace("VALUE", "2.718"))[6] in (["FAILED"], ["SKIPPED"])
