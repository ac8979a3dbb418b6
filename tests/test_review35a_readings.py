r"""review35a: the stop-34 readings read beyond their words (examples written here).

* "almost surely"/"almost everywhere" in another problem or another paragraph made a kink-only FAILED in this
  one PASSED (documents.almosteverywhere took the eight lines before the display, headings and blank lines
  included).
* A chain that converts units through a number with no unit: ``1 \text{ bit} = 1 = 1 \text{ nat}`` was PROVED
  link by link (the bare 1 taking each neighbour's unit), and ``2 \text{ bytes} = 2 \cdot 8 = 16 \text{ bits}``
  FAILED its first link (2 against 16).
* A decimal comma (``0{,}731``) read as no lone rounded number, so fresh23's carried rounding compared the
  worked value exactly: ``\frac{1}{1+e^{-1}} = 0{,}731`` FAILED on main (redteam29's own test).
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
CHAIN = "\\operatorname{sign}(x)^2 (x+1)^2 = (x+1)^2 = x^2 + 2x + 1"


@pytest.mark.parametrize("text", [
    f"# Problem 1\n\nThe sample mean converges almost surely.\n\n# Problem 2\n\nThen\n$${CHAIN}$$\n",
    f"# P\n\nThe ReLU is differentiable almost everywhere.\n\nWe also need an identity.\n$${CHAIN}$$\n",
])
def test_almost_everywhere_elsewhere_excludes_no_kink(text: str) -> None:
    steps = doc_steps(text)
    assert steps[0].verdict is Verdict.FAILED, steps[0].message


def test_almost_everywhere_in_the_paragraph_before_the_display_still_counts() -> None:
    steps = doc_steps(f"# P\n\nThe identity holds almost everywhere:\n\n$${CHAIN}$$\n")
    assert steps[0].verdict is Verdict.PASSED, steps[0].message


def test_a_bare_number_between_two_units_is_no_proof_of_the_conversion() -> None:
    steps = doc_steps("# E\n\nIn bits,\n$$1 \\text{ bit} = 1 = 1 \\text{ nat}$$\n")
    assert not any(s.verdict in GREEN for s in steps), [(s.verdict, s.message) for s in steps]


def test_a_bare_number_in_a_conversion_is_not_failed() -> None:
    steps = doc_steps("# S\n\nStorage:\n$$2 \\text{ bytes} = 2 \\cdot 8 = 16 \\text{ bits}$$\n\n"
                      "A coin:\n$$0.693 \\text{ nats} = \\frac{0.693}{\\ln 2} = 1.000 \\text{ bit}$$\n")
    assert not any(s.verdict is Verdict.FAILED for s in steps), [(s.verdict, s.message) for s in steps]


def test_one_unit_throughout_is_still_checked() -> None:
    steps = doc_steps("# S\n\nCost:\n$$\\$4 \\times 1.25 = 5 = \\$6$$\n")
    assert Verdict.FAILED in [s.verdict for s in steps], [(s.verdict, s.message) for s in steps]


@pytest.mark.parametrize(("display", "verdicts"), [
    ("\\frac{1}{1 + e^{-1}} = 0{,}731", GREEN),
    ("\\frac{1}{1 + e^{-1}} = 0{,}73", GREEN),
    ("e^{-1} = 0{,}368", GREEN),
    ("1 - \\frac{0{,}2}{\\sqrt{0{,}4}} = 1 - 0{,}3162", GREEN),
    ("\\frac{1}{1 + e^{-1}} = 0{,}74", (Verdict.FAILED,)),
    ("0{,}2 \\cdot 0{,}4 = 0{,}3 \\cdot 0{,}4", (Verdict.FAILED,)),
    ("\\frac{1}{1 + e^{-1}} \\approx 0{,}8", (Verdict.FAILED,)),
    ("\\frac{1}{1 + e^{-1}} \\approx 0{,}7", GREEN),
    ("e^{-10} \\approx 4{,}54 \\times 10^{-5}", GREEN),
    ("e^{-10} \\approx 4{,}94 \\times 10^{-5}", (Verdict.FAILED,)),
])
def test_a_decimal_comma_is_a_rounded_number(display: str, verdicts: tuple[Verdict, ...]) -> None:
    steps = doc_steps(f"# A\n\nDer Wert:\n$${display}$$\n")
    assert steps and steps[-1].verdict in verdicts, [(s.verdict, s.message) for s in steps]


@pytest.mark.parametrize("text", [
    "# P\n\nEach $x_i$ has a weight $w_i > 0$, and $\\bar x$ is the weighted mean of the data $x_1, \\dots, x_n$.\n"
    "$$\\sum_{i=1}^{n} (x_i - \\bar x)^2 = \\sum_{i=1}^{n} x_i^2 - n\\bar x^2$$\n",
    "# P\n\nFor positive data $x_1, \\dots, x_n$ let $\\bar x$ be the geometric mean of the data.\n"
    "$$\\sum_{i=1}^{n} (x_i - \\bar x) = 0$$\n",
    "# Problem 1\n\nFor data $x_1, \\dots, x_n$ with the sample mean $\\bar x$, the deviations sum to zero.\n\n"
    "# Problem 2\n\nNow each $x_i$ has a weight $w_i > 0$, and $\\bar x$ is the weighted mean.\n"
    "$$\\sum_{i=1}^{n} (x_i - \\bar x)^2 = \\sum_{i=1}^{n} x_i^2 - n\\bar x^2$$\n",
])
def test_a_mean_of_another_kind_is_no_sample_mean(text: str) -> None:
    steps = doc_steps(text)
    assert steps and steps[-1].verdict not in GREEN, [(s.verdict, s.message) for s in steps]


def test_another_problems_columns_do_not_fail_this_problems_rows() -> None:
    text = ("# Problem 1\n\nLet the design matrix $X$ be the matrix whose rows are $x^{(i)\\top}$, and let $y$ stack "
            "the targets $y^{(i)}$.\n$$\\frac{1}{m}\\sum_{i=1}^{m}(\\theta^\\top x^{(i)} - y^{(i)})x^{(i)} = "
            "\\frac{1}{m} X^\\top(X\\theta - y)$$\n\n# Problem 2\n\nLet $X$ be the matrix whose columns are the "
            "examples $x^{(i)}$.\n$$\\frac{1}{m}\\sum_{i=1}^{m} x^{(i)} x^{(i)\\top} = \\frac{1}{m} X X^\\top$$\n")
    steps = doc_steps(text)
    assert all(s.verdict is not Verdict.FAILED for s in steps), [(s.verdict, s.message) for s in steps]


def test_verify_check_proves_no_conversion_through_a_bare_number(capsys: pytest.CaptureFixture[str]) -> None:
    from verifier.cli import main

    main(["check", r"1 \text{ bit} = 1 = 1 \text{ nat}", "--points", "20", "--no-cache"])
    out = capsys.readouterr().out
    assert "SKIPPED" in out and "PROVED" not in out, out


def test_the_sample_mean_counts_its_own_sentences_data() -> None:
    text = ("# Problem 1\n\nTraining inputs $x_1, \\dots, x_m$ are fed to the network one at a time.\n\n# Problem 2\n\n"
            "For data $x_1, \\dots, x_n$ with the sample mean $\\bar x$,\n"
            "$$\\sum_{i=1}^{n} (x_i - \\bar x)^2 = \\sum_{i=1}^{n} x_i^2 - n\\bar x^2$$\n")
    steps = doc_steps(text)
    assert steps and steps[-1].verdict in GREEN, [(s.verdict, s.message) for s in steps]


@pytest.mark.parametrize(("display", "verdicts"), [
    ("\\sigma(2) \\approx 0.5 + 0.5 = 1.0", (Verdict.FAILED,)),  # 0.88: the terms' rounding explains 0.1, not 0.2
    ("e^{-0.1} + e^{-0.2} = 0.90 + 0.82", GREEN),
    ("e^{-0.1} + e^{-0.1} = 0.91 + 0.91", (Verdict.FAILED,)),  # 1.8097: 0.02 was the old slack, 0.01 the rounding
    ("1 - \\frac{0.2}{\\sqrt{0.4}} = 1 - 0.3162", GREEN),
    ("(0.3 \\cdot 0.7 + 0.04 \\cdot 0.4) \\cdot 0.4 = 0.226 \\cdot 0.4", GREEN),
])
def test_the_rounding_of_a_sum_is_its_terms_absolute_errors(display: str, verdicts: tuple[Verdict, ...]) -> None:
    steps = doc_steps(f"# A\n\nThe value:\n$${display}$$\n")
    assert steps and steps[0].verdict in verdicts, [(s.verdict, s.message) for s in steps]


def test_a_unit_word_after_an_inline_claim_is_its_last_members_unit() -> None:
    steps = doc_steps("# U\n\nOne byte is $1 \\text{ byte} = 8$ bits, and one nat is $1 \\text{ nat} = 1.443$ bits.\n\n"
                      "A fair coin carries $-\\log_2 0.5 = 1$ bit.\n\nA fair die carries $\\log_2 6 = 2.9$ bits.\n")
    # the two conversions were SKIPPED; rounding36 computes them (1 byte is 8 bits exactly, 1 nat 1.4427 bits)
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.PASSED, Verdict.PROVED, Verdict.FAILED], \
        [(s.verdict, s.message) for s in steps]


@pytest.mark.parametrize(("inner", "verdicts"), [("0{,}368", GREEN), ("0{,}468", (Verdict.FAILED,))])
def test_an_approximation_between_formulas_with_a_decimal_comma_is_checked(inner: str,
                                                                          verdicts: tuple[Verdict, ...]) -> None:
    chain = f"\\sigma(1) = \\frac{{1}}{{1 + e^{{-1}}}} \\approx \\frac{{1}}{{1 + {inner}}}"
    steps = doc_steps(f"# A\n\nDer Wert:\n$${chain}$$\n")
    assert len(steps) == 2 and steps[1].verdict in verdicts, [(s.verdict, s.message) for s in steps]
