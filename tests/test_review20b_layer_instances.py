r"""Review of documents.layerinstances (a rule over a symbolic layer checked once per concrete layer):
planted mistakes that must not come out green through the instances.

Own small notes: a tanh network written unit by unit; the rule for any layer ``l`` with a mistake that
the instances could excuse — a condition the prose negates or states in another sentence, a loss that
depends on none of the concrete names (every instance 0 = 0), a wrong unit that only the units the notes
happen to differentiate by would hide.
"""

from __future__ import annotations

import pytest
from support import doc_steps
from test_layers10_layer_instances import _OUTPUT
from test_layers10_layer_instances import _UNITS as _UNITS_OF_LAYERS10

from verifier.documents.layerinstances import stated_condition

_LINEAR_OUTPUT = _OUTPUT  # a tanh layer under a linear output (test_layers10_layer_instances)

_NEGATED = r"Unlike the linear case, when $a^{(l)}_j = z^{(l)}_j$ does not hold we need more. For every layer:"
_EARLIER = r"If $a^{(l)}_j = z^{(l)}_j$ then the factor is one. In general, for every layer:"


@pytest.mark.parametrize("prose", [pytest.param(_NEGATED, id="negated"), pytest.param(_EARLIER, id="earlier-sentence")])
def test_a_condition_the_display_is_not_stated_under_picks_no_layers(prose: str) -> None:
    text = _LINEAR_OUTPUT.replace("PROSE", prose).strip()
    line = next(k for k, x in enumerate(text.split("\n"), 1) if x.startswith(r"\frac{\partial E}"))
    assert stated_condition(text, line) is None


def test_a_condition_that_opens_the_sentence_before_the_display_is_read() -> None:
    text = "$$\na = b\n$$\nWhen a given $z_i^{(l)} = s_i^{(l)}$ (i.e. the output (layer $l = 3$))\n$$\nc = d\n$$\n"
    assert stated_condition(text, 5) == r"z_i^{(l)} = s_i^{(l)}"
    text = "$$\na = b\n$$\nFor the output layer. When $z_i^{(l)} = s_i^{(l)}$:\n$$\nc = d\n$$\n"
    assert stated_condition(text, 5) == r"z_i^{(l)} = s_i^{(l)}"


@pytest.mark.slow(3)
def test_a_negated_condition_does_not_make_a_rule_missing_its_activation_derivative_green() -> None:
    (step,) = doc_steps(_LINEAR_OUTPUT.replace("PROSE", _NEGATED))
    assert step.verdict.name not in ("PROVED", "PASSED"), step.message


# the tanh network test_layers10_layer_instances writes unit by unit (its verify block)
_NETWORK = _UNITS_OF_LAYERS10[_UNITS_OF_LAYERS10.index("```verify") : _UNITS_OF_LAYERS10.index("```\n\n") + 4]

_UNITS = r"""
# Backpropagation, unit by unit

NETWORK

The weight $w^{(l)}_{ij}$ joins unit $i$ of layer $l-1$ to unit $j$ of layer $l$.

$$
\frac{\partial E}{\partial w^{(l)}_{ij}} = \frac{\partial E}{\partial a^{(l)}_j} (1 - (a^{(l)}_j)^2) a^{(l-1)}_UNIT
$$

We will need $\frac{\partial E}{\partial w^{(1)}_{11}}$, $\frac{\partial E}{\partial w^{(1)}_{22}}$
and $\frac{\partial E}{\partial w^{(2)}_{11}}$.
""".replace("NETWORK\n", _NETWORK)


@pytest.mark.slow(3)
def test_the_wrong_unit_is_not_green_where_the_notes_differentiate_by_diagonal_weights_only() -> None:
    (wrong,) = doc_steps(_UNITS.replace("UNIT", "j"))
    assert wrong.verdict.name not in ("PROVED", "PASSED"), wrong.message
    (right,) = doc_steps(_UNITS.replace("UNIT", "i"))
    assert right.verdict.name == "PROVED", right.message


_UNLINKED = r"""
# Backpropagation

```verify
y: real
t: real
E := \frac{1}{2}(y - t)^2
```

Each layer $l$ has units $a^{(l)}_j$; the weight $w^{(l)}_{ij}$ joins $a^{(l-1)}_i$ to $a^{(l)}_j$.
Our network has $a^{(0)}_1$, $a^{(0)}_2$, $a^{(1)}_1$, $a^{(1)}_2$ and $a^{(2)}_1$,
with weights $w^{(1)}_{11}$, $w^{(1)}_{12}$, $w^{(1)}_{21}$, $w^{(1)}_{22}$, $w^{(2)}_{11}$, $w^{(2)}_{21}$.

$$
\frac{\partial E}{\partial w^{(l)}_{ij}} = \frac{\partial E}{\partial a^{(l)}_j} a^{(l)}_j
$$
"""


@pytest.mark.slow(2)
def test_instances_that_hold_only_as_zero_equals_zero_are_no_evidence() -> None:
    # E is defined from y alone: every derivative by a concrete weight or unit is 0 (the wrong layer and
    # unit of the activation cannot show)
    (step,) = doc_steps(_UNLINKED)
    assert step.verdict.name not in ("PROVED", "PASSED"), step.message


_BIAS_TERM = r"""
# Backpropagation, unit by unit

NETWORK

The weight $w^{(l)}_{ij}$ of layer $l$ joins unit $a^{(l-1)}_i$ to unit $a^{(l)}_j$.

$$
RULE
$$
""".replace("NETWORK\n", _NETWORK).replace(
    "RULE",
    r"\frac{\partial E}{\partial w^{(l)}_{ij}} = \frac{\partial E}{\partial a^{(l)}_j} (1 - (a^{(l)}_j)^2) a^{(l-1)}_i"
    r" + \frac{\partial E}{\partial b^{(l)}_j}",
)


@pytest.mark.slow(2)
def test_an_instance_naming_a_letter_the_notes_never_write_concretely_is_not_green() -> None:
    # b^{(1)}_1 is no name of the network: read as a fresh scalar the extra term is 0 at every instance
    (step,) = doc_steps(_BIAS_TERM)
    assert step.verdict.name not in ("PROVED", "PASSED"), step.message
    assert "b^{(1)}" in step.message, step.message
