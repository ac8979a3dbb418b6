r"""A worked update in words renews the name it updates: "the new weights are $w + y x = (2, 1)$" (fresh79).

A homework solution works a perceptron (or SGD) step with numbers: "Take $w = (1, -1)$ and $x = (1, 2)$ … the new
weights are $w + y x = (1 + 1, -1 + 2) = (2, 1)$, with $$w^\top x = 2 \cdot 1 + 1 \cdot 2 = 4$$". On the base the
last display was FAILED (a false alarm): w was read at the value stated before the update, (1, -1). A sentence that
says its math is new ("new", "instead", …) renewed only the names its formulas open with followed by ``=`` or
``,`` (documents.renewednames._opening); a formula that opens with an update of a name (``w + y x = …``,
``\theta - \eta g = …``) now renews that name too. The wrong twin (``= 5``) is still FAILED at its arithmetic, and
a sentence without "new" still keeps the stated value (its wrong twin FAILED).
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.renewednames import renewals
from verifier.results import Verdict

PERCEPTRON = r"""
# Homework

Take $w = (1, -1)$, $x = (1, 2)$ and $y = 1$.
The example is misclassified, so the new weights are
$w + y x = (1 + 1, -1 + 2) = (2, 1)$, with

$$w^\top x = 2 \cdot 1 + 1 \cdot 2 = VALUE$$

now on the right side.
"""

SGD = r"""
# Homework

With $\theta = 0.5$ and the gradient $g = 2$ we take one step.
The new parameter is $\theta - 0.1 g = 0.3$, so

$$2\theta = VALUE$$
"""


def _verdicts(text: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(text)]


def test_a_worked_update_called_new_renews_the_name_its_formula_opens_with():
    update = PERCEPTRON.strip().splitlines().index("$w + y x = (1 + 1, -1 + 2) = (2, 1)$, with") + 2
    heads = [r.heads for r in renewals(PERCEPTRON, decimals=True) if r.first <= update <= r.last]
    assert any("w" in h for h in heads), heads


def test_the_step_after_the_new_weights_is_not_failed_at_the_old_ones():
    verdicts = _verdicts(PERCEPTRON.replace("VALUE", "4"))
    assert Verdict.FAILED not in verdicts, verdicts


def test_its_wrong_twin_is_still_failed():
    verdicts = _verdicts(PERCEPTRON.replace("VALUE", "5"))
    assert Verdict.FAILED in verdicts, verdicts


@pytest.mark.parametrize("value", ["0.6"])
def test_an_sgd_step_called_new_drops_the_old_value(value):
    verdicts = _verdicts(SGD.replace("VALUE", value))
    assert Verdict.FAILED not in verdicts, verdicts


def test_without_words_of_a_new_value_the_stated_one_still_holds():
    text = PERCEPTRON.replace("so the new weights are", "and the sum").replace("VALUE", "4")
    verdicts = _verdicts(text)
    assert Verdict.FAILED in verdicts, verdicts
