r"""Samples whose entries the prose names: "each sample $x_i \in \mathbb{R}^d$ has entries $x_{ij}$".

The notes fix the orientation of the data there: x_{ij} is entry j of sample i. A gradient written with the
indices swapped, ``\sum_i (w^T x_i - y_i) x_{ji}``, was PROVED (wrong67 left it): the document's orientation
of the annotated family was decided by that very step (familyorientation: "line 6 reads x_j as a column"),
and for a bold sample ``\mathbf{x}_i`` with plain entries the chain's own slot decided (sampleentries). The
prose's statement is the notes' orientation now; notes that say nothing keep the reading by the first step.
"""

from support import verdicts_by_line

GREEN = ("PROVED", "PASSED")

PLAIN = r"""# Least squares

Each sample $x_i \in \mathbb{R}^d$ has entries $x_{ij}$, and the loss is
$L(w) = \frac{1}{2}\sum_{i=1}^n (w^T x_i - y_i)^2$. Its partial derivatives are

$$\frac{\partial L}{\partial w_j} = \sum_{i=1}^n (w^T x_i - y_i) x_{ij}.$$
"""

BOLD = r"""# Least squares

Each sample $\mathbf{x}_i \in \mathbb{R}^d$ has entries $x_{ij}$, and the loss is
$L(\mathbf{w}) = \frac{1}{2}\sum_{i=1}^n (\mathbf{w}^T \mathbf{x}_i - y_i)^2$. Its partial derivatives are

$$\frac{\partial L}{\partial w_j} = \sum_{i=1}^n (\mathbf{w}^T \mathbf{x}_i - y_i) x_{ij}.$$
"""


def _swapped(text: str) -> str:
    return text.replace(r"x_{ij}.$$", r"x_{ji}.$$")


def test_annotated_sample_gradient_with_entry_indices_swapped_is_not_green() -> None:
    assert verdicts_by_line(_swapped(PLAIN))[6][0] not in GREEN


def test_annotated_sample_gradient_written_right_is_proved() -> None:
    assert verdicts_by_line(PLAIN)[6] == ["PROVED"]


def test_bold_sample_gradient_with_plain_entries_swapped_is_not_green() -> None:
    assert verdicts_by_line(_swapped(BOLD))[6][0] not in GREEN


def test_bold_sample_gradient_written_right_is_proved() -> None:
    assert verdicts_by_line(BOLD)[6] == ["PROVED"]


def test_entries_named_after_the_sample_fix_the_orientation_too() -> None:
    text = PLAIN.replace(r"has entries $x_{ij}$, and", r"and $x_{ij}$ is its $j$-th feature;")
    assert verdicts_by_line(_swapped(text))[6][0] not in GREEN
    assert verdicts_by_line(text)[6] == ["PROVED"]


def test_notes_that_name_the_entries_column_wise_keep_the_column_gradient() -> None:
    """x_{ji} "entry j of x_i" stated (the data matrix d x n): the x_{ji} gradient is the right one."""
    text = PLAIN.replace(r"has entries $x_{ij}$", r"has entries $x_{ji}$")
    assert verdicts_by_line(_swapped(text))[6] == ["PROVED"]
    assert verdicts_by_line(text)[6][0] not in GREEN


def test_notes_that_do_not_name_the_entries_keep_the_first_step_s_reading() -> None:
    """No statement: x_{ji} as entry j of sample i (a d x n data matrix) is a reading a course may mean."""
    text = PLAIN.replace(r" has entries $x_{ij}$,", ",")
    assert verdicts_by_line(_swapped(text))[6] == ["PROVED"]
