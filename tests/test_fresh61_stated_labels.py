r"""A subscripted name the notes give a number beside its bare name given another: ``T_w = 100`` and
``T = 1100`` (warmup steps and total steps). A vector is not the number 1100, so T is a scalar and ``T_w`` a
name of its own, not entry w of T: read as an entry, ``\eta(600)`` of a schedule over ``T - T_w`` was a 3×1
vector and the right worked value FAILED for shapes (fresh61's warmup probe). Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.statedlabels import stated_labels

_SCHEDULE = """# Warmup

The rate ramps up for $T_w$ steps and decays until step $T$:

$$
\\eta(t) = \\begin{cases} \\eta_{\\max}\\, \\dfrac{t}{T_w}, & t \\le T_w, \\\\
\\dfrac{\\eta_{\\max}}{2}\\left(1 + \\cos\\left(\\pi\\,\\dfrac{t - T_w}{T - T_w}\\right)\\right), & T_w < t \\le T.
\\end{cases}
$$

Take $\\eta_{\\max} = 0.001$, $T_w = 100$ and $T = 1100$.
Then $\\eta(600) = \\frac{0.001}{2}\\left(1 + \\cos\\frac{\\pi}{2}\\right) = VALUE$.
Differentiating the cosine branch,

$$
\\frac{d\\eta}{dt} = -\\frac{\\pi\\,\\eta_{\\max}}{FACTOR(T - T_w)} \\sin\\left(\\pi\\,\\frac{t - T_w}{T - T_w}\\right).
$$
"""


def test_a_subscript_whose_name_and_base_both_have_numbers_is_a_label() -> None:
    assert ("T", "w") in stated_labels(_SCHEDULE)


def test_a_summed_subscript_stays_an_index() -> None:
    text = "Take $T = 4$ and $T_i = 2$ for $i = 1, \\dots, 4$, so $\\sum_i T_i = 8$."
    assert ("T", "i") not in stated_labels(text)


def test_a_subscript_without_a_number_for_the_base_stays_an_index() -> None:
    assert not stated_labels("Take $x_k = 3$ and $y = 2$.")


def test_the_worked_value_over_the_labelled_name_is_checked() -> None:
    got = verdicts_by_line(_SCHEDULE.replace("VALUE", "0.0005").replace("FACTOR", "2\\,"))
    assert "FAILED" not in [v for vs in got.values() for v in vs]
    assert got[12][0] in ("PROVED", "PASSED")


def test_a_wrong_worked_value_fails() -> None:
    got = verdicts_by_line(_SCHEDULE.replace("VALUE", "0.005").replace("FACTOR", "2\\,"))
    assert "FAILED" in got[12]


def test_a_lost_half_in_the_slope_fails() -> None:
    got = verdicts_by_line(_SCHEDULE.replace("VALUE", "0.0005").replace("FACTOR", ""))
    assert got[16] == ["FAILED"]


def test_a_subscript_written_shifted_stays_an_index() -> None:
    assert not stated_labels("Start at $x = 2$ with $x_k = 3$, then $x_{k+1} = x_k / 2$.")
