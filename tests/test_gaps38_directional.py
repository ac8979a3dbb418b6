r"""``\nabla f^\top v`` is the transposed gradient times v, and a vector the prose states ("take $v = (2, 1)$") is
the v of the lines after it (gaps38; fresh26 left both).

Read as written, ``\nabla f^\top v`` was ``\nabla(f^\top v)`` and SKIPPED ("the variable of the gradient is not
written"); written ``(\nabla f)^\top v`` it was read, but v, stated only in the prose, was an undeclared number and
the step SKIPPED (a shape clash). Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.directional import directional_derivatives
from verifier.documents.onesidedvectors import one_sided

NOTES = r"""
# The derivative along a direction

Let $f(x, y) = x^3 + x y$. Its gradient is $\nabla f = (3x^2 + y, x)$. Take the direction $v = (2, 1)$. Then

$$
LEFT = RIGHT
$$
"""


def _verdicts(left: str, right: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(NOTES.replace("LEFT", left).replace("RIGHT", right))]


def test_the_directional_derivative_at_the_stated_direction_is_proved() -> None:
    assert _verdicts(r"\nabla f^\top v", "6x^2 + 2y + x") == ["PROVED", "PROVED"]
    assert _verdicts(r"\nabla f(x, y)^\top v", "6x^2 + 2y + x") == ["PROVED", "PROVED"]


def test_a_wrong_directional_derivative_fails() -> None:
    assert _verdicts(r"\nabla f(x, y)^\top v", "6x^2 + 2y - x") == ["PROVED", "FAILED"]
    assert _verdicts(r"\nabla f^\top v", "3x^2 + y + x") == ["PROVED", "FAILED"]


def test_an_identity_in_the_stated_name_is_not_taken_at_its_value() -> None:
    r"""v on both sides: an identity in v, checked for every v, so a slip that holds at v = (2, 1) only
    (``v^\top (3x^2 + y + x/2, 0)``) is no green; the right one is no false alarm."""
    got = _verdicts(r"\nabla f^\top v", r"v^\top \begin{pmatrix} 3x^2 + y \\ x \end{pmatrix}")
    assert got[1] != "FAILED"
    wrong = _verdicts(r"\nabla f^\top v", r"v^\top \begin{pmatrix} 3x^2 + y + x/2 \\ 0 \end{pmatrix}")
    assert wrong[1] not in ("PROVED", "PASSED")


def test_the_rewrite_leaves_other_products_as_written() -> None:
    assert directional_derivatives(r"\nabla_w f(w)^\top v") == r"\langle \nabla_w f(w), v \rangle"
    assert directional_derivatives(r"\nabla f^T (x - y) + 1") == r"\langle \nabla f, (x - y) \rangle + 1"
    assert directional_derivatives(r"\nabla f^\top A v") == r"\nabla f^\top A v"  # a matrix between
    assert directional_derivatives(r"\nabla \mathbf{f}^\top v") == r"\nabla \mathbf{f}^\top v"  # vector-valued f


def test_one_sided_names() -> None:
    from verifier.latex import parse_latex

    assert one_sided(("u^T v", "3"), {"v"}, parse_latex)
    assert not one_sided(("u^T v", "v^T u"), {"v"}, parse_latex)


VECTOR = r"""
# A fixed direction

With $v = (1, -1)$ the inner product of any $w \in \mathbb{R}^2$ with it is

$$
w^\top v = RIGHT
$$
"""


def test_a_stated_vector_in_an_identity_of_other_names() -> None:
    assert [s.verdict.value for s in doc_steps(VECTOR.replace("RIGHT", "w_1 - w_2"))] == ["PROVED"]
    assert [s.verdict.value for s in doc_steps(VECTOR.replace("RIGHT", "w_1 + w_2"))] == ["FAILED"]


ONE_HOT = r"""
# Loss

The label is $y = (0, 1, 0)$ and the scores give $p = (0.2, 0.5, 0.3)$. With $k$ the correct class,

$$
L = -y_k \log p_k = RIGHT
$$
"""


def test_a_stated_vector_written_by_an_entry_keeps_the_one_hot_reading() -> None:
    r"""``y_k`` at a free index k is no whole vector: the stated (0, 1, 0) is not taken there (it made the one-hot
    step FAILED at k = 1 in a first version of this reading; the corpus's chicm notes write it so)."""
    assert [s.verdict.value for s in doc_steps(ONE_HOT.replace("RIGHT", r"-\log p_k"))] == ["SKIPPED", "PROVED"]
    assert [s.verdict.value for s in doc_steps(ONE_HOT.replace("RIGHT", r"-2\log p_k"))][1] != "PROVED"


def test_a_differentiation_variable_or_a_reached_name_is_not_taken_at_its_value() -> None:
    r"""``\partial L/\partial o = p - y`` with o and y stated and ``L := -\sum_i y_i \log p_i``: o varies, y is
    reached by L's definition; neither is one-sided (the corpus's chicm notes: PROVED by the one-hot reading)."""
    from verifier.documents.onesidedvectors import one_sided_vectors
    from verifier.latex import parse_latex

    stated = [("o", "(2, 3, 4)", 1), ("y", "(0, 1, 0)", 2)]
    links = [(r"\frac{\partial L}{\partial o}", "p - y")]
    assert not one_sided(links[0], {"o"}, parse_latex)
    def reach(names: set[str]) -> set[str]:
        return names | ({"y", "p"} if "L" in names else set())

    assert one_sided_vectors(links, stated, parse_latex, reach) == []
    assert [h[0] for h in one_sided_vectors(links, stated, parse_latex)] == ["y = (0, 1, 0)"]


def test_an_argument_of_the_notes_function_is_not_taken_at_its_value() -> None:
    r"""``12 = F(x)`` with x stated: x is F's parameter, and which of the notes' F's is meant is not sure (fresh26's
    integrated-gradients notes define F twice: the first version of this reading FAILED the right line there)."""
    from verifier.latex import parse_latex

    def parse(text: str) -> object:
        return parse_latex(text, functions=frozenset({"F"}))

    assert not one_sided(("12", "F(x)"), {"x"}, parse)
    assert one_sided((r"\langle \nabla f, v \rangle", "2x - 3"), {"v"}, parse)
