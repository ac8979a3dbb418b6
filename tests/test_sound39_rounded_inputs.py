r"""A formula whose own numbers are roundings: ``\frac{4}{3} \cdot 3 = 1.333 \cdot 3 = 4`` (sound39).

The middle member rounds the first, the chain's ends agree exactly: the link ``1.333 \cdot 3 = 4`` (3.999 against 4)
holds up to the rounding the notes wrote, and was FAILED. Alone, ``1.333 \cdot 3 = 4`` reads 1.333 as 4/3 rounded
(three digits: PASSED); ``0.33 \cdot 3 = 1`` (two digits, 0.33 may be exact) is SKIPPED; a product wrong beyond the
rounding and an exact decimal stay FAILED. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def _steps(display: str) -> list[tuple[Verdict, str]]:
    return [(s.verdict, s.message) for s in doc_steps(f"# W\n\nWe compute\n\n$${display}$$\n")]


def test_a_rounded_middle_member_passes_with_the_rounding_said() -> None:
    steps = _steps(r"\frac{4}{3}\cdot 3 = 1.333\cdot 3 = 4")
    assert [v for v, _ in steps] == [Verdict.PASSED, Verdict.PASSED]
    assert "rounds" in steps[1][1] and "\\frac{4}{3}" in steps[1][1]
    later = _steps(r"\frac{4}{3}\cdot 3.1 = 1.333\cdot 3.1 = 4.133")  # the end rounded too
    assert [v for v, _ in later] == [Verdict.PASSED, Verdict.PASSED]


def test_the_rounded_link_alone() -> None:
    [(verdict, message)] = _steps(r"1.333 \cdot 3 = 4")
    assert verdict is Verdict.PASSED and "\\frac{4}{3}" in message
    [(verdict, message)] = _steps(r"0.33 \cdot 3 = 1")  # 0.33 may be exact: both readings said
    assert verdict is Verdict.SKIPPED and "\\frac{1}{3}" in message


def test_a_wrong_product_or_an_exact_decimal_stays_failed() -> None:
    assert [v for v, _ in _steps(r"1.333 \cdot 3 = 5")] == [Verdict.FAILED]
    assert [v for v, _ in _steps(r"\frac{4}{3}\cdot 3 = 1.333\cdot 3 = 4.5")] == [Verdict.PASSED, Verdict.FAILED]
    assert [v for v, _ in _steps(r"0.5 \cdot 3 = 1.6")] == [Verdict.FAILED]  # 0.5 rounds no other fraction
    assert [v for v, _ in _steps(r"0.7 \cdot 3 = 2")] == [Verdict.FAILED]  # one place: too coarse a rounding
