r"""An index letter set to a formula of quantities that the notes use as a size (``m = d + 1`` units, then
``\sum_{i=1}^{m}``) keeps its meaning as a size (documents.definitions, redlead69).

lead69 reads ``q = p + u`` as a definition (a computational graph), since the formula writes a quantity's name. A
size set to a formula of another size (``m = d + 1``: d the input dimension) writes one too, and once learned the
sum's bound became ``d + 1``: "the upper bound of i must be a concrete integer" SKIPPED the step, PROVED on the base.
A letter the notes use as a sum's bound or a dimension is a size, as documents.definitions already says of an index
letter set to a formula of arrays.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = ("# Layers\n\nA layer with $m = d + 1$ units. The output of unit $i$ is $h_i = w_i x$.\n\n$$\n"
        "\\frac{{\\partial}}{{\\partial x}}\\sum_{{i=1}}^{{m}} h_i = {rhs}\n$$\n")


def test_a_size_set_to_a_formula_of_a_size_is_still_summed_over() -> None:
    assert verdicts_by_line(NOTE.format(rhs="\\sum_{i=1}^{m} w_i"))[6] == ["PROVED"]


def test_the_wrong_twin_is_still_failed() -> None:
    assert verdicts_by_line(NOTE.format(rhs="\\sum_{i=1}^{m} w_i^2"))[6] == ["FAILED"]


def test_a_graph_of_index_letters_is_still_defined() -> None:
    note = "Let $q = a + b$ and let $f = q^2$.\n\n$$\n\\frac{\\partial f}{\\partial a} = q\n$$\n"
    assert verdicts_by_line(note)[4] == ["FAILED"]
