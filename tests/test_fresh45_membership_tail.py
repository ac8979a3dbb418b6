r"""``$s = a + b \in \mathbb{R}$`` defines s: the membership is a remark on its value (fresh45).

An inline definition that ends in where its value lives (``\in \mathbb{R}^n``, ``\in (0, 1)``) was not learned —
the right side, with the ``\in`` on, could not be read — so the names it defined stayed free and a correct
step that uses them was SKIPPED ("an equation between undeclared quantities"). The remark is cut off like a
sign remark (``g = Ax - b \neq 0``, documents.signtail); a formula with no ``=`` before its ``\in`` is left."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.signtail import without_sign_tail


def test_the_membership_remark_is_cut() -> None:
    assert without_sign_tail(r"s = a + b \in \mathbb{R}") == "s = a + b"
    assert without_sign_tail(r"p = \sigma(z) \in (0, 1)") == r"p = \sigma(z)"
    assert without_sign_tail(r"C = \mathbf 1^\top V \in \mathbb R^{1\times m}") == r"C = \mathbf 1^\top V"


def test_a_membership_alone_or_inside_brackets_is_kept() -> None:
    assert without_sign_tail(r"y \in \{0, 1\}") == r"y \in \{0, 1\}"
    assert without_sign_tail(r"f = \sum_{i \in S} x_i") == r"f = \sum_{i \in S} x_i"


def test_a_step_using_the_definition_is_checked() -> None:
    steps = doc_steps("""
    Let $s = a + b \\in \\mathbb R$ and $t = a - b$.

    Then $s + t = 2a$.
    """)
    assert steps[-1].verdict.value == "PROVED", steps[-1].message


def test_a_wrong_step_reads_as_it_does_without_the_remark() -> None:
    notes = """
    Let $s = a + b{tail}$ and $t = a - b$.

    Then $s + t = 2b$.
    """
    with_tail = doc_steps(notes.replace("{tail}", " \\in \\mathbb R"))[-1]
    assert with_tail.verdict.value == doc_steps(notes.replace("{tail}", ""))[-1].verdict.value != "PROVED"
