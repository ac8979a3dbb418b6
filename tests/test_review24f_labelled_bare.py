r"""A numbered or labelled function head written alone in a formula is a value there (review24f).

``f_1(x) = x^3``, ``h^{(1)}(x) = …``, ``g^*(x) = …`` define functions (read17); a formula that writes the same
head alone (``f_1 (1 - f_1)``) uses it as a value, so the bracket after it multiplies, as it does for
``\hat y (1 - \hat y)``. It was read as ``f_1`` applied to ``1 - f_1`` and the true identity FAILED.
Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.labelledheads import written_bare

_HEADS = [
    (r"f_1", r"f_1(x) = x^3"),
    (r"f_{1}", r"f_{1}(x) = x^3"),
    (r"h^{(1)}", r"h^{(1)}(x) = x^3"),
    (r"g^*", r"g^*(x) = x^3"),
]


@pytest.mark.parametrize(("head", "definition"), _HEADS)
def test_a_labelled_head_written_alone_multiplies_its_bracket(head: str, definition: str) -> None:
    notes = f"# Notes\n\nLet ${definition}$ be the first map.\n\n$${head} (1 - {head}) = {head} - ({head})^2$$\n"
    r = doc_steps(notes)[-1]
    assert r.verdict.ok, r.message
    wrong = doc_steps(notes.replace(f"= {head} -", f"= 2{head} -"))[-1]
    assert not wrong.verdict.ok, wrong.message


def test_a_labelled_head_applied_to_its_argument_is_no_value() -> None:
    assert written_bare(r"f_{\text{1}}(x) + h^{(1)}(x) + g^*(x)") == frozenset()
    assert written_bare(r"f_{\text{1}}(1 - f_{\text{1}})") == {"f_1"}
    assert written_bare(r"h^{(1)} (1 - h^{(1)})") == {"h^(1)"}
    assert written_bare(r"g^{*}(1 - g^\ast)") == {"gstar"}
