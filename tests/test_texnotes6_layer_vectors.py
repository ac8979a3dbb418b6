r"""A layer written whole in bold (``\mathbf{z}^2``) is the vector of layer 2, not a square, and the
entries of an undeclared vector listed against numbers state its values (never a FAILED).

Backpropagation notes write the units ``z^m_j`` of layer ``m`` and the whole layer in bold,
``\mathbf{z}^1 = [z^1_1, z^1_2]``, ``\mathbf{z}^{m-1} \cdot \mathbf{w}_{:,j}``. Read as a power,
``\mathbf{z}^2`` was the square of the layer-1 vector the line before defines, and the next layer's
values "failed" against it. Small notes written for these tests.
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.layerletters import as_layers, labelled_letters, layer_note

# units z^m_j of layer m computed from z^{m-1}_i: z is written with layer superscripts
_PROSE = r"Layer $m$ has units $z^m_j$, computed from $z^{m-1}_i$ of the layer before."

_NET = r"""
# Two layers

```verify
a: real
z^{(1)}_1 := \tanh(a)
z^{(1)}_2 := \tanh(2a)
z^{(2)}_1 := \tanh(z^{(1)}_1 - z^{(1)}_2)
z^{(2)}_2 := \tanh(z^{(1)}_1 + z^{(1)}_2)
```

PROSE

$$
\mathbf{z}^1 = [z^1_1, z^1_2]
$$

$$
\mathbf{z}^2 = [z^2_1, z^2_2] = [\tanh(z^1_1 - z^1_2), RIGHT]
$$
""".replace("PROSE", _PROSE)


def _layer_two(right: str) -> list[tuple[str, str]]:
    steps = doc_steps(_NET.replace("RIGHT", right))
    return [(s.verdict.name, s.message) for s in steps[-2:]]


def test_a_bold_letter_under_a_layer_superscript_is_the_layers_vector() -> None:
    letters = labelled_letters(_PROSE)
    dot = as_layers(r"\mathbf{z}^{m-1} \cdot \mathbf{w}_{:,j}", letters)
    assert dot == r"\mathbf{z}^{(m-1)} \cdot \mathbf{w}_{:,j}"
    assert as_layers(r"\mathbf{z}^2 = [z^2_1]", letters) == r"\mathbf{z}^{(2)} = [z^{(2)}_1]"
    assert as_layers(r"\boldsymbol{z}^{l}", letters) == r"\boldsymbol{z}^{(l)}"
    assert layer_note(r"\mathbf{z}^2", letters)


def test_a_transpose_and_an_unlabelled_bold_letter_stay_as_written() -> None:
    letters = labelled_letters(_PROSE)
    assert as_layers(r"\mathbf{z}^T \mathbf{x}", letters) == r"\mathbf{z}^T \mathbf{x}"
    assert as_layers(r"\mathbf{x}^2", letters) == r"\mathbf{x}^2"
    assert not layer_note(r"\mathbf{x}^2", letters)


def test_the_next_layers_vector_is_not_failed_as_a_square_of_the_layer_before() -> None:
    (first, _), (second, message) = _layer_two(r"\tanh(z^1_1 + z^1_2)")
    assert first != "FAILED"  # \mathbf{z}^2 = [z^2_1, z^2_2]: layer 2 listed, not (\mathbf{z}^1)^2
    assert second == "PROVED", message


def test_a_wrong_unit_of_the_next_layer_is_still_failed() -> None:
    (first, _), (second, message) = _layer_two(r"\tanh(z^1_1 - z^1_2)")
    assert first != "FAILED"
    assert second == "FAILED", message


_LISTED = r"""
# Forward pass

CONTEXT

$$
\mathbf{u}^{(1)} = [u^{(1)}_1, u^{(1)}_2] = [\tanh(x), RIGHT]
$$
"""


def _listed(context: str, right: str) -> tuple[str, str]:
    s = doc_steps(_LISTED.replace("CONTEXT", context).replace("RIGHT", right))[-1]
    return s.verdict.name, s.message


def test_entries_of_an_undeclared_vector_listed_against_values_are_not_failed() -> None:
    verdict, message = _listed("", r"\tanh(2x)")
    assert verdict == "SKIPPED", message
    # (u^(1) is read from its listed literal too, so x, on the other side only, is named beside it)
    assert "u^(1)" in message and "appear(s) on one side only" in message, message


def test_entries_a_context_defines_are_still_checked() -> None:
    context = "```verify\nx: real\nu^{(1)}_1 := \\tanh(x)\nu^{(1)}_2 := \\tanh(2x)\n```"
    assert _listed(context, r"\tanh(2x)")[0] == "PROVED"
    verdict, message = _listed(context, r"\tanh(3x)")  # the wrong value of the second entry
    assert verdict == "FAILED", message
