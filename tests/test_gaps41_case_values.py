r"""A defined name's value stated at a case is a claim at that case, not the name's new definition (gaps41).

"At $u = 0$ the cosine is 1 and $\rho = \rho_{\min}$" after ``\rho = \rho_{\min} + …\cos(\pi u / U)…`` was learned as
ρ's newest definition, so the derivative of the schedule after it (and a mistake in it) was SKIPPED "holds with the
definition at line 5 but not with the one at line 7" (fresh29's SGDR note). documents.casevalues reads it as a claim
under the hypothesis u = 0; the case formula ``u = 0`` itself defines nothing."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.casevalues import case_reading, cased_in_sentence, is_case_formula, stated_case
from verifier.documents.context import Definition
from verifier.latex import parse_latex

_SCHEDULE = (
    "# Warm-up\n\nThe warm-up rate is\n\n"
    "$$\\rho = \\rho_{\\min} + \\frac{1}{2}(\\rho_{\\max} - \\rho_{\\min})"
    "\\left(1 - \\cos\\left(\\frac{\\pi u}{U}\\right)\\right),$$\n\n"
    "where $u$ counts the steps. At $u = 0$ the cosine is 1 and $\\rho = CASE0$; when $u = U$, $\\rho = \\rho_{\\max}$;"
    " halfway, $\\rho = \\frac{\\rho_{\\max} + \\rho_{\\min}}{2}$.\n\n"
    "Differentiating in $u$,\n\n"
    "$$\\frac{d \\rho}{d u} = SLOPE(\\rho_{\\max} - \\rho_{\\min})\\sin\\left(\\frac{\\pi u}{U}\\right).$$\n"
)


def _note(case0: str = "\\rho_{\\min}", slope: str = "\\frac{\\pi}{2U}") -> str:
    return _SCHEDULE.replace("CASE0", case0).replace("SLOPE", slope)


def test_the_case_is_read_from_its_clause() -> None:
    assert stated_case("At $u = 0$ the cosine is 1 and ") == ("u", "0", "At $u = 0$")
    assert stated_case("… the cosine is 1 and $\\rho = a$; when $u = U$, ") == ("u", "U", "when $u = U$")
    assert stated_case("At $u = 0$ it is $a$; halfway, ") is None  # a clause of its own, no case written
    assert stated_case("At $u = 0$ it is 1. Then ") is None  # another sentence
    assert stated_case("With the rate $\\rho$ we get ") is None
    assert stated_case("for $i = 1, \\dots, n$, ") is None  # a range, not a case
    assert is_case_formula("where $u$ counts the steps. At ", "u = 0") == "u"
    assert is_case_formula("The rate is ", "u = 0") is None
    assert cased_in_sentence("At $u = 0$, $\\rho = a$; halfway, ", "\\rho")
    assert not cased_in_sentence("At $u = 0$, $\\sigma = a$; halfway, ", "\\rho")


def test_case_values_are_checked_at_their_case_and_the_derivative_after_them() -> None:
    lines = verdicts_by_line(_note())
    assert lines[7] == ["PROVED", "PROVED"], lines  # ρ(0) = ρ_min, ρ(U) = ρ_max; "halfway" is not checked
    assert lines[11] == ["PROVED"], lines  # was SKIPPED: ρ read as ρ_max (the case value) for the lines after it


def test_a_wrong_derivative_after_the_cases_is_failed() -> None:
    lines = verdicts_by_line(_note(slope="\\frac{\\pi}{U}"))
    assert lines[11] == ["FAILED"], lines


def test_a_wrong_case_value_is_never_green() -> None:
    lines = verdicts_by_line(_note(case0="\\rho_{\\max}"))
    assert lines[7][0] in ("FAILED", "SKIPPED"), lines
    assert lines[11] == ["PROVED"], lines  # the wrong value is no new definition either
    numbers = verdicts_by_line(_note(case0="\\frac{1}{2}"))
    assert numbers[7][0] in ("FAILED", "SKIPPED"), numbers


def test_an_indexed_name_at_a_case() -> None:
    text = _note().replace("\\rho =", "\\rho_t =").replace("\\rho$", "\\rho_t$").replace("d \\rho}", "d \\rho_t}")
    lines = verdicts_by_line(text)
    assert lines[7] == ["PROVED", "PROVED"], lines
    assert lines[11] == ["PROVED"], lines


def test_a_case_of_a_name_no_definition_writes_is_read_as_before() -> None:
    text = ("# Two lines\n\nThe model is\n\n$$f = a x + b.$$\n\n"
            "For $k = 1$ we set $g = a + 1$.\n\n$$g^2 = (a + 1)^2$$\n")
    lines = verdicts_by_line(text)
    assert lines[9] == ["PROVED"], lines


def test_a_case_of_an_index_is_read_as_before() -> None:
    earlier = [Definition(("x", ()), "a k + b", (), ("k",), None, False, 3)]
    text = "# Terms\n\n$$x_k = a k + b$$\n\nFor $k = 1$ we get $x_k = a + b$.\n"
    assert case_reading("For $k = 1$ we get ", "x_k", "a + b", 5, earlier, parse_latex, None, text) is False
    plain = text.replace("x_k", "x")  # k no subscript: a case of a variable, checked there
    read = case_reading("For $k = 1$ we get ", "x", "a + b", 5, earlier, parse_latex, None, plain)
    assert read is not False and read is not True


def test_a_link_of_numbers_alone_is_not_doubted_for_a_capitals_shape() -> None:
    # T_cur, T_i (capitals times a name) are no longer defined by the case: a link of numbers stays PASSED
    text = ("# Cosine\n\n$$r = b + \\frac12 (a - b)"
            "\\left(1 + \\cos\\left(\\frac{\\pi T_{cur}}{T_i}\\right)\\right)$$\n\n"
            "At $T_{cur} = 0$ we get $r = a$.\n\n"
            "**Numbers.** With $a = 0.1$, $b = 0.001$, $T_i = 10$ and $T_{cur} = 3$:\n\n"
            "$$r = 0.001 + \\frac{1}{2} \\cdot 0.099 \\cdot (1 + 0.5878) \\approx 0.0796 .$$\n")
    lines = verdicts_by_line(text)
    assert lines[5][0] in ("PROVED", "SKIPPED"), lines
    assert lines[9] == ["SKIPPED", "PASSED"], lines
