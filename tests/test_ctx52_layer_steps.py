r"""A general-layer chain with one member the per-layer reading cannot write out (``\sum_r`` of a summand
in ``k``: a slip of the notes) still has its other steps checked once per layer (documents.layerinstances).

Before: one such member refused the whole chain, so a correct last step (``\partial a^{(l+1)}_k/\partial
a^{(l)}_j`` written out as the weight times the activation's derivative) stayed SKIPPED with the literal
reading's reason. The steps that touch the member stay SKIPPED; a wrong last step is never green.

Small notes written for these tests (the two-layer tanh network of test_layers10_layer_instances).
"""

from __future__ import annotations

import pytest
from support import doc_steps
from test_layers10_layer_instances import _UNITS as UNITS

_CHAIN = r"""\frac{\partial E}{\partial a^{(l)}_{j}} = SECOND
= \sum_k{\frac{\partial E}{\partial a^{(l+1)}_k} \frac{\partial a^{(l+1)}_k}{\partial a^{(l)}_j}}
= \sum_k{\frac{\partial E}{\partial a^{(l+1)}_k} (1 - (a^{(l+1)}_k)^2) LAST}"""
_UNITS = UNITS.replace("RULE", _CHAIN)  # test_layers10's network, this chain its display

# the notes' slip: the sum is written over r, its summand over k
_SLIP = r"\sum_r{\frac{\partial E}{\partial a^{(l+1)}_k} \frac{\partial a^{(l+1)}_k}{\partial a^{(l)}_j}}"
_RIGHT = r"\sum_k{\frac{\partial E}{\partial a^{(l+1)}_k} \frac{\partial a^{(l+1)}_k}{\partial a^{(l)}_j}}"


def _steps(second: str, last: str) -> list[tuple[str, str]]:
    steps = doc_steps(_UNITS.replace("SECOND", second).replace("LAST", last))
    return [(s.verdict.name, s.message) for s in steps]


@pytest.mark.slow(4)
def test_the_steps_after_a_member_the_layers_cannot_write_out_are_checked_per_layer() -> None:
    (first, second, third) = _steps(_SLIP, r"w^{(l+1)}_{jk}")
    assert third[0] == "PROVED", third[1]
    assert "checked at l = 0, 1" in third[1]
    # the steps that read the slip are not instantiated: never green
    assert first[0] == "SKIPPED" and second[0] == "SKIPPED", (first, second)


@pytest.mark.slow(4)
def test_without_the_slip_the_whole_chain_is_checked_per_layer_as_before() -> None:
    verdicts = [v for v, _ in _steps(_RIGHT, r"w^{(l+1)}_{jk}")]
    assert verdicts[2] == "PROVED"


@pytest.mark.parametrize(
    "last",
    [
        pytest.param(r"w^{(l+1)}_{kj}", id="swapped-weight-indices"),
        pytest.param(r"w^{(l)}_{jk}", id="l-for-l-plus-one"),
        pytest.param(r"1", id="a-dropped-weight"),
    ],
)
@pytest.mark.slow(4)
def test_a_wrong_step_after_the_slip_is_never_green(last: str) -> None:
    third = _steps(_SLIP, last)[2]
    assert third[0] not in ("PROVED", "PASSED"), third[1]


_BIAS = r"""
# Backpropagation with bias units

```verify
x_1: real
t: real
a^{(0)}_0 := 1
a^{(0)}_1 := x_1
z^{(1)}_1 := w^{(1)}_{01} a^{(0)}_0 + w^{(1)}_{11} a^{(0)}_1
z^{(1)}_2 := w^{(1)}_{02} a^{(0)}_0 + w^{(1)}_{12} a^{(0)}_1
a^{(1)}_0 := 1
a^{(1)}_1 := \tanh(z^{(1)}_1)
a^{(1)}_2 := \tanh(z^{(1)}_2)
z^{(2)}_1 := w^{(2)}_{01} a^{(1)}_0 + w^{(2)}_{11} a^{(1)}_1 + w^{(2)}_{21} a^{(1)}_2
a^{(2)}_1 := z^{(2)}_1
E := \frac{1}{2}(a^{(2)}_1 - t)^2
```

Unit $0$ of each layer is the bias, $a^{(l)}_0 = 1$; the weight $w^{(l)}_{ij}$ joins unit $i$ of layer $l-1$ to
unit $j$ of layer $l$.

$$
\frac{\partial E}{\partial a^{(l)}_{j}}
= \sum_k{\frac{\partial E}{\partial a^{(l+1)}_k} \frac{\partial a^{(l+1)}_k}{\partial z^{(l+1)}_k}
\frac{\partial z^{(l+1)}_k}{\partial a^{(l)}_j}}
= \sum_k{\frac{\partial E}{\partial a^{(l+1)}_k} \frac{\partial a^{(l+1)}_k}{\partial z^{(l+1)}_k} LAST}
$$
"""


@pytest.mark.slow(4)
def test_a_bias_unit_without_a_pre_activation_is_no_term_of_the_sum_over_the_next_layer() -> None:
    r"""``a^{(1)}_0 := 1`` has no ``z^{(1)}_0``: the sum over the units of layer 1 leaves it out (nothing reaches
    it, its term is 0) instead of refusing the whole member."""
    last = doc_steps(_BIAS.replace("LAST", r"w^{(l+1)}_{jk}"))[-1]
    assert last.verdict.name == "PROVED", last.message
    wrong = doc_steps(_BIAS.replace("LAST", r"w^{(l+1)}_{kj}"))[-1]
    assert wrong.verdict.name not in ("PROVED", "PASSED"), wrong.message


def test_a_sum_over_a_layer_written_only_whole_is_still_refused() -> None:
    r"""Units are left out of a sum only where their layer is written unit by unit (or not at all: after the
    output); a layer the notes write only whole (``\mathbf{a}^{(2)}``) says nothing of its units."""
    from verifier.documents.layerinstances import instances

    sites = {("a", 1): frozenset({"1", "2"}), ("a", 2): frozenset(), ("w", 2): frozenset({"11", "21"})}
    rule = [r"\frac{\partial E}{\partial a^{(l)}_{j}}",
            r"\sum_k{\frac{\partial E}{\partial a^{(l+1)}_k} \frac{\partial a^{(l+1)}_k}{\partial a^{(l)}_j}}"]
    assert instances(rule, sites) is None
    # written unit by unit, layer 2 has unit 1 only: the term of unit 2 is left out
    sites[("a", 2)] = frozenset({"1"})
    found = instances(rule, sites)
    assert found is not None and all("a^{(2)}_{2}" not in m for c in found[1] for m in c.members)
