r""" "since $y_i^2 = 1$" in the sentence after a display whose ``$$`` closes on a line of its own gives the labels
as ±1 (documents.signlabels.scoped_signs).

The perceptron's bound expands ``\|w_k + y_i x_i\|^2 = \|w_k\|^2 + 2 y_i w_k^\top x_i + \|x_i\|^2`` and says under
the display "since $y_i^2 = 1$". The ±1 reading took the line after the chain's last line, which in the most
common Markdown layout is the display's closing ``$$``: the justification was never read and the right step was
FAILED (a false alarm). The lines closing the display are passed over to the sentence after it.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = r"""# Perceptron

The norm grows slowly:
$$
\|w + y x\|^2 = \|w\|^2 + {two} y w^\top x + \|x\|^2 ,
$$
{why}
"""


def test_since_under_the_closing_dollars_reads_the_labels_as_signs() -> None:
    assert verdicts_by_line(NOTE.format(two="2", why="since $y^2 = 1$."))[5] == ["PROVED"]


def test_a_wrong_expansion_stays_failed_under_the_signs() -> None:
    assert verdicts_by_line(NOTE.format(two="3", why="since $y^2 = 1$."))[5] == ["FAILED"]


def test_without_the_justification_the_step_stays_failed() -> None:
    assert verdicts_by_line(NOTE.format(two="2", why="This is the key step."))[5] == ["FAILED"]


def test_an_align_environment_closed_on_its_own_line_is_read_the_same_way() -> None:
    note = "\\begin{align}\n\\|w + y x\\|^2 &= \\|w\\|^2 + 2 y w^\\top x + \\|x\\|^2\n\\end{align}\nsince $y^2 = 1$.\n"
    assert verdicts_by_line(note, "notes.tex")[2] == ["PROVED"]


PERCEPTRON = r"""# Perceptron

On a mistake the perceptron updates $w_{k+1} = w_k + y_i x_i$. The norm grows slowly:
$$
\|w_{k+1}\|^2 = \|w_k\|^2 + {two} y_i w_k^\top x_i + \|x_i\|^2,
$$
since $y_i^2 = 1$.
"""


def test_the_update_unfolded_with_its_labels_signs_proves_the_norm_step() -> None:
    # neither the recurrence unfolded nor the ±1 labels alone make it hold (meanings: the two readings crossed)
    assert verdicts_by_line(PERCEPTRON.replace("{two}", "2"))[5] == ["PROVED"]


def test_a_wrong_norm_step_stays_failed() -> None:
    assert verdicts_by_line(PERCEPTRON.replace("{two}", ""))[5] == ["FAILED"]
