r"""A range the prose states for ``\varepsilon`` bounds the ε the formulas write (fresh48).

"a tube width $\varepsilon > 0$" then ``\max(0, |r| - \varepsilon) = \begin{cases} … \end{cases}``: the parser
reads ``\varepsilon`` as the letter ε (``epsilon``), but documents.ranges kept the range under the name
``varepsilon``, which no formula has, so the cases were checked at ε < 0 (where they overlap) and the right
loss was FAILED. With ``\epsilon`` the same note was PASSED. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = """# The tube loss

Take a width $\\varepsilon > 0$. The loss of a residual $r$ is

$$L(r) = \\max(0, |r| - \\varepsilon) = \\begin{cases} r - \\varepsilon & \\text{if } r > \\varepsilon, \\\\ """ \
    """0 & \\text{if } |r| \\le \\varepsilon, \\\\ -r - \\varepsilon & \\text{if } r < -\\varepsilon. \\end{cases}$$
"""


def test_the_stated_range_of_varepsilon_holds_the_cases() -> None:
    assert verdicts_by_line(_NOTE)[5][-1] in ("PROVED", "PASSED")


def test_a_wrong_branch_still_fails_in_the_range() -> None:
    assert verdicts_by_line(_NOTE.replace("-r - \\varepsilon & ", "r + \\varepsilon & "))[5][-1] == "FAILED"


def test_without_the_range_the_cases_do_not_pass() -> None:
    assert verdicts_by_line(_NOTE.replace(" $\\varepsilon > 0$", " $\\varepsilon$"))[5][-1] != "PASSED"


_LATER = """# The tube loss

Support vector regression ignores residuals smaller than a tube width $\\varepsilon > 0$. The loss is

$$L(r) = \\max(0, |r| - \\varepsilon) .$$

## Its derivative

Away from the kinks, the derivative is

$$L'(r) = \\begin{cases} 1 & \\text{if } r > \\varepsilon, \\\\ 0 & \\text{if } |r| < \\varepsilon, \\\\ """ \
    """-1 & \\text{if } r < -\\varepsilon. \\end{cases}$$
"""


def test_a_parameter_introduced_with_its_bound_keeps_it_in_a_later_section() -> None:
    assert verdicts_by_line(_LATER)[11][-1] in ("PROVED", "PASSED")


def test_a_wrong_branch_fails_in_the_later_section() -> None:
    assert verdicts_by_line(_LATER.replace("0 & \\text{if } |r| <", "1 & \\text{if } |r| <"))[11][-1] == "FAILED"


def test_a_condition_of_an_earlier_display_is_not_carried() -> None:
    # "For $\varepsilon > 0$, …" is the case of the display after it: not the parameter's bound for later sections
    lead = "smaller than a tube. For $\\varepsilon > 0$,"
    text = _LATER.replace("smaller than a tube width $\\varepsilon > 0$.", lead)
    assert verdicts_by_line(text)[11][-1] not in ("PROVED", "PASSED")
