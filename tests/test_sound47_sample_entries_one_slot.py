r"""A bold sample's entries read in one slot in one chain and in the other slot in another chain of the same notes.

documents.sampleentries reads ``\mathbf{a}_n`` as row n of the matrix of the plain entries ``a_{nk}`` where a chain
writes ``a_{nk}``, and as column n where it writes ``a_{kn}`` — chain by chain. Notes that write ``\mathbf{v}^T
\mathbf{a}_n = \sum_k v_k a_{nk}`` and then ``\|\mathbf{a}_n\|^2 = \sum_k a_{kn}^2`` have swapped the indices in
the second (the first said what the entries are): read as a column there, the swap was PROVED. Where the notes
write the entries of one bold sample in both slots, neither reading is made. Every example is written here.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
ROW = r"$$\mathbf{v}^T \mathbf{a}_n = \sum_k v_k a_{nk}$$"


def test_a_swapped_index_in_a_second_chain_is_not_green() -> None:
    steps = doc_steps(f"# Samples\n\n{ROW}\n\nThe squared norm:\n\n$$\\|\\mathbf{{a}}_n\\|^2 = \\sum_k a_{{kn}}^2$$\n")
    assert steps[-1].verdict not in GREEN, steps[-1].message


def test_a_swapped_index_in_an_earlier_chain_is_not_green() -> None:
    steps = doc_steps(f"# Samples\n\n$$\\|\\mathbf{{a}}_n\\|^2 = \\sum_k a_{{kn}}^2$$\n\nAnd\n\n{ROW}\n")
    assert steps[0].verdict not in GREEN, steps[0].message


def test_one_slot_throughout_is_still_read() -> None:
    steps = doc_steps(f"# Samples\n\n{ROW}\n\nThe squared norm:\n\n$$\\|\\mathbf{{a}}_n\\|^2 = \\sum_k a_{{nk}}^2$$\n")
    assert [s.verdict in GREEN for s in steps] == [True, True], [s.message for s in steps]


def test_another_bold_letter_in_the_other_slot_does_not_matter() -> None:
    steps = doc_steps(f"# Samples\n\n{ROW}\n\nAnd\n\n$$\\mathbf{{v}}^T \\mathbf{{b}}_n = \\sum_k v_k b_{{kn}}$$\n")
    assert [s.verdict in GREEN for s in steps] == [True, True], [s.message for s in steps]
