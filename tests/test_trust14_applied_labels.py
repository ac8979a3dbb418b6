r"""A labelled name before brackets at two arguments is a function, not a factor (trust14).

``h_{out}(A+B) = h_{out}(A) + h_{out}(B)`` read ``h_{out}`` as a number times the bracket and the distributive
law was PROVED; written so, the line states the linearity of a function, which no arbitrary function has.
Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = "# Linearity\n\nThe output map is linear in its input:\n\n$${step}$$\n"


def _verdict(step: str) -> tuple[Verdict, str]:
    r = doc_steps(_NOTES.replace("{step}", step))[-1]
    return r.verdict, r.message


def test_linearity_of_a_labelled_name_is_not_green() -> None:
    verdict, message = _verdict(r"h_{out}(A+B) = h_{out}(A) + h_{out}(B)")
    assert verdict is Verdict.SKIPPED, message
    assert "read as a factor" in message


def test_homogeneity_of_a_labelled_name_is_not_green() -> None:
    verdict, message = _verdict(r"h_{out}(cx) = c\,h_{out}(x)")
    assert verdict is Verdict.SKIPPED, message


def test_a_factor_also_written_alone_keeps_the_product_reading() -> None:
    assert _verdict(r"x(y+1) - x(y-1) = 2x")[0] is Verdict.PROVED
    assert _verdict(r"W_{out}(A+B) = W_{out}A + W_{out}B")[0] is Verdict.PROVED


def test_a_wrong_linearity_is_not_green() -> None:
    assert _verdict(r"h_{out}(A+B) = h_{out}(A) - h_{out}(B)")[0] not in (Verdict.PROVED, Verdict.PASSED)
