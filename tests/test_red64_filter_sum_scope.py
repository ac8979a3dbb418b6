r"""A class's own name after a filter sum stands outside it: ``\sum_{y=j} x - \mu_j`` is not ``\sum_{y=j}(x - \mu_j)``.

ctx63 reads ``\sum_{y=j} x`` as the sum over the samples of class j (latex.labelsums: x per term, ``\mu_j`` the
class's, the same in every term). The reading of a sum written without brackets as running over every term after it
(documents.readings.sum_over_the_rest) keeps a term that does not write the sum's index outside it (``\sum_i a_i +
c`` adds c once); a filter sum writes no index, so ``\sum_{y=j}(x - \mu_j) = \sum_{y=j} x - \mu_j`` — a dropped
count m_j, wrong — was PROVED "when read with the sum over every term after it". Where the summand writes a name
taken per term and the terms after it write only names of the class, they stand outside the sum, as after an
indexed summand.
"""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.readings import sum_over_the_rest


def test_a_dropped_class_count_is_not_green() -> None:
    note = "$$\n\\sum_{y=j} (x - \\mu_j) = \\sum_{y=j} x - \\mu_j\n$$\n"
    assert verdicts_by_line(note)[2] != ["PROVED"]
    assert verdicts_by_line(note)[2] != ["PASSED"]


def test_the_terms_of_the_class_stay_outside_a_filter_sum() -> None:
    assert sum_over_the_rest(r"\sum_{y=j} x - \mu_j") is None
    assert sum_over_the_rest(r"\sum_{y=j} x - m_j \mu_j") is None


def test_a_term_taken_per_sample_is_still_read_into_it() -> None:
    assert sum_over_the_rest(r"\sum_{y=j} x - \mu") is not None  # \mu has no class subscript: a name per term
