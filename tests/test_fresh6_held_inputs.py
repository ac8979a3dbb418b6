r"""A derivative of a quantity the notes define, by one of its variables, keeps the definition's other
inputs (held fixed) in its value: a right side that drops one of them, or writes a different one, is
a mistake under every reading (FAILED), not a name "on one side only" (SKIPPED). Unless the prose
gives a point ("at $u_1 = 0$"). Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line


def verdicts(text: str) -> dict[int, list[str]]:
    return verdicts_by_line(text)


LAGRANGIAN = (
    "Write the objective out in coordinates:\n"  # 1
    "\n"  # 2
    "$$\\mathcal{G} = p v_1^2 + 2q v_1 v_2 + r v_2^2 - \\mu(v_1^2 + v_2^2 - 1)$$\n"  # 3
    "\n"  # 4
    "Its partial derivatives are\n"  # 5
    "\n"  # 6
    "$$\\frac{\\partial \\mathcal{G}}{\\partial v_2} = 2q v_1 + 2r v_2 - 2\\mu v_2$$\n"  # 7
)


def test_a_correct_partial_of_a_defined_quantity_is_green() -> None:
    assert verdicts(LAGRANGIAN)[7][0] in ("PROVED", "PASSED")


def test_a_partial_that_writes_the_wrong_held_input_fails() -> None:
    wrong = LAGRANGIAN.replace("= 2q v_1 + 2r", "= 2q v_2 + 2r")
    assert verdicts(wrong)[7] == ["FAILED"]


def test_swapped_weight_indices_in_a_written_out_sum_fail() -> None:
    text = (
        "$$Z_{21} = A_{11}B_{21} + A_{12}B_{22} + A_{21}B_{31} + A_{22}B_{32}$$\n"  # 1
        "\n"  # 2
        "$$\\frac{\\partial Z_{21}}{\\partial B_{31}} = A_{12}$$\n"  # 3
    )
    assert verdicts(text)[3] == ["FAILED"]
    assert verdicts(text.replace("= A_{12}$$", "= A_{21}$$"))[3][0] in ("PROVED", "PASSED")


def test_a_point_given_in_the_prose_keeps_the_doubt() -> None:
    at_point = LAGRANGIAN.replace("Its partial derivatives are", "At $v_1 = 0$ its partial derivative is").replace(
        "= 2q v_1 + 2r", "= 2r"
    )
    # the doubt kept (SKIPPED), or the step read at the point its leading sentence states (documents.leadingvalues,
    # stop 49: ∂G/∂v_2 at v_1 = 0 is 2r v_2 - 2μ v_2), never FAILED
    assert verdicts(at_point)[7] in (["SKIPPED"], ["PROVED"])


ENERGY = (
    "Define the energy\n"  # 1
    "\n"  # 2
    "$$F(a, b) = a^2 b + \\log b$$\n"  # 3
    "\n"  # 4
    "At the optimum $a = 0$:\n"  # 5
    "\n"  # 6
    "$$\\frac{\\partial F}{\\partial b} = \\frac{1}{b}$$\n"  # 7
)


def test_a_bare_function_parameter_given_a_value_in_the_prose_keeps_the_doubt() -> None:
    assert verdicts(ENERGY)[7] == ["SKIPPED"]  # a = 0 where the derivative is taken: not FAILED


def test_a_bare_function_parameter_without_a_point_still_fails() -> None:
    assert verdicts(ENERGY.replace("At the optimum $a = 0$:", "Its partial derivative:"))[7] == ["FAILED"]
