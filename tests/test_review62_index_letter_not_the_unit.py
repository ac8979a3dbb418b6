r"""An i the notes index with elsewhere is their index letter: the imaginary unit is no plausible reading of it there.

gaps62 reads a failing step that writes a plain i and indexes nothing with it once more with i the imaginary unit,
green when it holds so. Where the notes give i no value in prose ("$i = 0.05$", "$i = 1, \dots, n$"), but index with
it in their formulas (``x_i``, ``\sum_{i}``, ``x^{(i)}``) or in words ("the $i$-th sample"), a plain i elsewhere is
a number they count with, and a wrong step that happens to hold at i² = −1 was green: in notes on samples ``x_i``,
"the first $i$ samples" and ``(i + 1)^2 = 2i`` (i² + 1 dropped) was PROVED "when read with i the imaginary unit"
(SKIPPED on f837d20b). The unit stays a reading where the notes index with other letters, and the reading where they
say what i is.
"""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = "# Pairs\n\n{INDEXED}\n\nAdding one sample to the first $i$ samples,\n\n$$\n(i + 1)^2 = 2i\n$$\n"


def test_a_dropped_square_is_not_green_where_the_notes_index_with_i() -> None:
    for indexed in ("The loss is $L = \\sum_i (y_i - w x_i)^2$.", "The samples are $x^{(i)}$, labelled $y^{(i)}$.",
                    "Each $x_{i}$ is a sample.", "The $i$-th sample is drawn first.",
                    "The $i^{\\text{th}}$ sample is drawn first."):  # fmt: skip
        got = verdicts_by_line(_NOTE.replace("{INDEXED}", indexed))
        assert got[8] != ["PROVED"], (indexed, got)


def test_euler_is_still_read_where_the_notes_index_with_another_letter() -> None:
    text = "# Fourier\n\nThe coefficients $c_k$ for $\\sum_k c_k$.\n\n$$\ne^{i\\pi} = -1\n$$\n"
    assert verdicts_by_line(text)[6] == ["PROVED"]


def test_where_the_notes_say_what_i_is_the_unit_is_read_beside_their_indices() -> None:
    text = "# Fourier\n\nHere $i$ is the imaginary unit, and $\\sum_i x_i$ a sum.\n\n$$\ne^{i\\pi} = -1\n$$\n"
    assert verdicts_by_line(text)[6] == ["PROVED"]


def test_what_counts_as_indexing_with_i() -> None:
    from verifier.documents.imaginaryunit import indexes_with_i

    assert indexes_with_i("$x_i$") and indexes_with_i("$\\sum_{i=1}^n$") and indexes_with_i("$w^{(i)}$")
    assert indexes_with_i("$A_{i,j}$") and indexes_with_i("$x_{i+1}$") and indexes_with_i("the $i$th row")
    assert not indexes_with_i("$x_{in}$ and $\\theta_{\\text{init}}$") and not indexes_with_i("_important_ $e^{i\\pi}$")
