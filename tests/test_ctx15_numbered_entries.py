"""A vector the notes list as its own numbered entries, each entry defined one by one (numberedentries)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
Units of a small layer, one by one.

```verify
a, b: real
u_0 := 1
u_1 := \sigma(a)
u_2 := \sigma(b)
```

The layer is $\mathbf{{u}} = [u_0, u_1, u_2]$. Its squared norm is

$$\mathbf{{u}}^T\mathbf{{u}} = {rhs}$$
"""


def _verdict(rhs: str, notes: str = NOTES) -> tuple[Verdict, str]:
    (step,) = doc_steps(notes.replace("{rhs}", rhs).replace("{{", "{").replace("}}", "}"))
    return step.verdict, step.message or ""


def test_a_listed_vector_is_the_vector_of_its_defined_entries() -> None:
    verdict, message = _verdict(r"1 + \sigma(a)^2 + \sigma(b)^2")
    assert verdict is Verdict.PROVED
    assert "the vector of its entries the notes define one by one (0..2)" in message


def test_a_wrong_value_of_the_listed_vector_fails() -> None:
    verdict, _ = _verdict(r"\sigma(a)^2 + \sigma(b)^2")  # the bias unit u_0 = 1 left out
    assert verdict is Verdict.FAILED


def test_an_entry_left_undefined_keeps_the_vector_free() -> None:
    notes = NOTES.replace("u_2 := \\sigma(b)\n", "")
    verdict, message = _verdict(r"1 + \sigma(a)^2 + \sigma(b)^2", notes)
    assert verdict is not Verdict.PROVED and verdict is not Verdict.PASSED
    assert "define one by one" not in message


def test_a_declared_vector_is_not_rebuilt_from_numbered_definitions() -> None:
    # the notes' y_1, y_2 belong to another exercise; the context declares a data vector y later
    notes = r"""
Exercise 1: $y_1 = 3x$ and $y_2 = e^{-x}$.

```verify
x: real
y: vector[2]
```

Exercise 2 with data $\mathbf{y}$:

$$\mathbf{y}^T\mathbf{y} = 9x^2 + e^{-2x}$$
"""
    steps = doc_steps(notes)
    assert steps[-1].verdict is not Verdict.PROVED and steps[-1].verdict is not Verdict.PASSED


LAYER = r"""
A network whose units are $z_j^m$ in layer $m$; the gradient $\frac{\partial L}{\partial z^{m}_j}$ needs $z^{m+1}_i$.

```verify
a, b: real
z^{(1)}_0 := 1
z^{(1)}_1 := \sigma(a)
z^{(1)}_2 := \sigma(b)
```

The first layer is $\mathbf{z}^1 = [z_0^1, z_1^1, z_2^1]$, so

$$\mathbf{z}^1 \cdot \mathbf{z}^1 = RHS$$
"""


def test_a_bold_layer_listed_as_its_units_is_their_vector() -> None:
    (step,) = doc_steps(LAYER.replace("RHS", r"1 + \sigma(a)^2 + \sigma(b)^2"))
    assert step.verdict is Verdict.PROVED
    assert "z^(1) read as the vector of its entries" in (step.message or "")


def test_a_wrong_value_of_a_listed_layer_fails() -> None:
    (step,) = doc_steps(LAYER.replace("RHS", r"1 + \sigma(a) + \sigma(b)"))  # squares dropped
    assert step.verdict is Verdict.FAILED


def test_a_layer_literal_lists_the_entries_of_its_own_label_only() -> None:
    from verifier.documents.annotations import key_of_text
    from verifier.documents.literals import literal_bases, literal_shapes

    own = r"$\mathbf{z}^{(1)} = [z_0^{(1)}, z_1^{(1)}, z_2^{(1)}]$"
    other = r"$\mathbf{z}^{(1)} = [z_0^{(2)}, z_1^{(2)}, z_2^{(2)}]$"  # layer 2's units: not z^(1)'s entries
    assert literal_shapes(own, key_of_text) == {("z^(1)", ()): (3,)}
    assert literal_bases(own, key_of_text) == {("z^(1)", ()): 0}
    assert literal_shapes(other, key_of_text) == {}


def test_an_old_font_bold_layer_is_the_literal_of_its_layer() -> None:
    from verifier.documents.annotations import annotations_of

    text = r"""Units $z_j^m$ of layer $m$, and $\frac{\partial L}{\partial z^{m}_j}$ from $z^{m+1}_i$:
\[ {\bf z}^1 = [z_0^1, z_1^1, z_2^1] \]
"""
    ann = annotations_of(text)
    assert ann.shapes.get(("z^(1)", ())) == (3,)
    assert ann.literal_bases.get(("z^(1)", ())) == 0


def test_entries_are_numbered_as_the_literal_numbers_them() -> None:
    # the notes list u = [u_1, u_2, u_3] but define u_0, u_1, u_2: u_3 is not defined, nothing is read
    notes = NOTES.replace("$\\mathbf{{u}} = [u_0, u_1, u_2]$", "$\\mathbf{{u}} = [u_1, u_2, u_3]$")
    verdict, message = _verdict(r"1 + \sigma(a)^2 + \sigma(b)^2", notes)
    assert "define one by one" not in message
    assert verdict is not Verdict.PROVED and verdict is not Verdict.PASSED
