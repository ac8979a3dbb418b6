r"""A subscript that names a quantity of the notes is a label: ``\delta_o = o - t``, ``\delta_h`` (variants16).

Backprop notes name the error of each layer after the layer's output: ``\boldsymbol{\delta}_o`` for the
output ``\mathbf{o}``, ``\boldsymbol{\delta}_h`` for the hidden ``\mathbf{h}``. The definition
``\delta_o = o - t`` was learned as a family over an index o, and every later step read ``\delta_h`` as
its entry at "index" h (a vector): SKIPPED "the notes' definition of delta uses an index as a number".
Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
Now $\mathbf{a} = W\mathbf{x}$, $\mathbf{h} = \sigma(\mathbf{a})$, $\mathbf{o} = V\mathbf{h}$ and
$L = \frac{1}{2}\|\mathbf{o} - \mathbf{t}\|^2$, with $\mathbf{x} \in \mathbb{R}^n$, $W \in \mathbb{R}^{p \times n}$,
$V \in \mathbb{R}^{q \times p}$.

$$\boldsymbol{\delta}_o = {out}$$

$$\frac{\partial L}{\partial V} = \boldsymbol{\delta}_o \mathbf{h}^T$$

$$\boldsymbol{\delta}_h = (V^T \boldsymbol{\delta}_o) \odot \mathbf{h} \odot (1 - \mathbf{h})$$

$$\frac{\partial L}{\partial W} = {last}$$
"""


_OUT, _LAST = r"\mathbf{o} - \mathbf{t}", r"\boldsymbol{\delta}_h \mathbf{x}^T"


def _verdicts(out: str = _OUT, last: str = _LAST) -> list[Verdict]:
    return [s.verdict for s in doc_steps(_NOTES.replace("{out}", out).replace("{last}", last))]


def test_layer_errors_named_after_the_layers_are_read() -> None:
    assert _verdicts()[1:] == [Verdict.PROVED, Verdict.SKIPPED, Verdict.PROVED]  # δ_h: a definition


def test_a_wrong_layer_error_is_failed_where_it_is_used() -> None:
    assert Verdict.FAILED in _verdicts(out=r"\mathbf{t} - \mathbf{o}")
    assert _verdicts(last=r"\boldsymbol{\delta}_h \mathbf{x}")[-1] is not Verdict.PROVED


def test_an_index_used_as_a_number_stays_a_family() -> None:
    notes = r"""
Let $w_k = k x_k$ for every $k$.

$$\sum_k w_k = \sum_k k x_k$$
"""
    assert doc_steps(notes)[-1].verdict is Verdict.PROVED


def test_a_second_layer_error_whose_body_does_not_write_its_label() -> None:
    relu = _NOTES.replace(r"\sigma(\mathbf{a})", r"\operatorname{ReLU}(\mathbf{a})").replace(
        r"\odot \mathbf{h} \odot (1 - \mathbf{h})", r"\odot \mathbb{1}[\mathbf{a} > 0]")
    steps = doc_steps(relu.replace("{out}", _OUT).replace("{last}", _LAST))
    assert steps[-1].verdict in (Verdict.PROVED, Verdict.PASSED)
    wrong = relu.replace("{out}", _OUT).replace("{last}", r"\mathbf{x} \boldsymbol{\delta}_h^T")
    assert doc_steps(wrong)[-1].verdict not in (Verdict.PROVED, Verdict.PASSED)
