r"""A name with a superscript label before brackets at two arguments is a function (trust15).

``h^{(2)}(A+B) = h^{(2)}(A) + h^{(2)}(B)`` read ``h^{(2)}`` as a number times the bracket and the
distributive law was PROVED (trust14 fixed the subscripted ``h_{out}``). A label in brackets, ``(2)``,
``[l]``, or a star is a name's label, not a power. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = "# Layers\n\nThe layer's map is linear:\n\n$${step}$$\n"


def _verdict(step: str) -> tuple[Verdict, str]:
    r = doc_steps(_NOTES.replace("{step}", step))[-1]
    return r.verdict, r.message


@pytest.mark.parametrize("step", [
    r"h^{(2)}(A+B) = h^{(2)}(A) + h^{(2)}(B)",
    r"f^{[l]}(a+b) = f^{[l]}(a) + f^{[l]}(b)",
    r"g^{\ast}(a+b) = g^{\ast}(a) + g^{\ast}(b)",
    r"g^*(cx) = c\,g^*(x)",
])
def test_linearity_of_a_superscript_labelled_name_is_not_green(step: str) -> None:
    verdict, message = _verdict(step)
    assert verdict is Verdict.SKIPPED, message
    assert "read as a factor" in message


def test_a_labelled_sample_written_alone_keeps_the_product_reading() -> None:
    assert _verdict(r"x^{(i)}(a+b) = x^{(i)}a + x^{(i)}b")[0].ok
    assert _verdict(r"y^{(i)}(1 - p) + y^{(i)}p = y^{(i)}")[0].ok


def test_a_power_before_brackets_is_no_label() -> None:
    assert _verdict(r"x^2(a+b) - x^2(a-b) = 2x^2 b")[0].ok


def test_a_wrong_linearity_is_not_green() -> None:
    assert not _verdict(r"h^{(2)}(A+B) = h^{(2)}(A) - h^{(2)}(B)")[0].ok


@pytest.mark.parametrize("step", [
    r"\tilde{g}(a+b) = \tilde{g}(a) + \tilde{g}(b)",
    r"\hat{h}(a+b) = \hat{h}(a) + \hat{h}(b)",
    r"\bar f(cx) = c\bar f(x)",
])
def test_linearity_of_an_accented_name_is_not_green(step: str) -> None:
    verdict, message = _verdict(step)
    assert verdict is Verdict.SKIPPED, message


def test_an_accented_value_keeps_the_product_reading() -> None:
    assert _verdict(r"\hat{y}(1 - \hat{y}) = \hat{y} - \hat{y}^2")[0].ok


def test_a_labelled_value_written_alone_elsewhere_is_no_unknown_function() -> None:
    steps = doc_steps(r"""
    # Layers

    $$\delta^{(2)}(1 + z) - \delta^{(2)}(1 - z) = 2\delta^{(2)} z$$

    $$\delta^{(2)}(1 + z) - \delta^{(2)}(1 - z) = 2 z$$
    """)
    assert steps[0].verdict.ok, steps[0].message
    assert "function the notes apply" not in steps[1].message
    assert not steps[1].verdict.ok


def test_a_labelled_function_beside_its_derivative_is_no_product() -> None:
    steps = doc_steps(r"""
    # Activations

    The layer map is $f^{(2)}(z) = \tanh(z)$ and its value is $f^{(2)} = f^{(2)}(z^{(2)})$.

    $$\frac{d}{da} f^{(2)}(a) = 1 - f^{(2)}(a)^2$$
    """)
    assert steps[-1].verdict is not Verdict.FAILED, steps[-1].message
    # read17: f^{(2)}(z) = … is learned as a function; beside a value of the same name it is set aside, so the
    # step names the function it cannot read (before: "f^{(2)}(a) read as products")
    assert "f^{(2)}(a)" in steps[-1].message or "function f^(2)" in steps[-1].message
