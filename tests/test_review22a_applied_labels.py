r"""A name before brackets at two arguments (review22a on trust14's documents.appliedlabels).

A name the step also writes alone before another letter (``2 w_1 y``) is a factor: the product reading
stays. A labelled name whose label is text (``h_{\text{out}}``) is a labelled name like ``h_{out}``: its
linearity is not green. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.appliedlabels import applied_names
from verifier.results import Verdict

_NOTES = "# Linearity\n\nThe output map is linear in its input:\n\n$${step}$$\n"


def _verdict(step: str) -> Verdict:
    return doc_steps(_NOTES.replace("{step}", step))[-1].verdict


def test_a_name_also_written_alone_before_a_letter_is_a_factor() -> None:
    assert applied_names([r"w_1(x+y) - w_1(x - y)", r"2 w_1 y"]) == {}


def test_a_text_label_is_a_label() -> None:
    assert set(applied_names([r"h_{\text{out}}(A+B)", r"h_{\text{out}}(A) + h_{\text{out}}(B)"])) == {
        r"h_{\text{out}}"
    }
    assert _verdict(r"h_{\text{out}}(A+B) = h_{\text{out}}(A) + h_{\text{out}}(B)") is Verdict.SKIPPED
