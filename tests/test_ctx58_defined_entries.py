r"""A unit the context (or the notes) defines is differentiated by its definition, not as an arbitrary function
(issue 8; ctx58).

Backpropagation notes write a layer whole (``\mathbf{z} = [z_0, z_1]``: the family ``z`` inferred as a vector)
while a context defines its units one by one (``z_1 := \sigma(s_1)``, as the dalby context does for each layer of
its network). A chain that differentiates ``z_1`` (``\partial z_1/\partial s_1``) read the *family* ``z`` as
undefined, so ``z`` became an arbitrary function of what lies downstream of it (``L``, ``o``) and a wrong step
that differs from the right one by ``x`` for ``w_1`` was SKIPPED ("z is not defined in the notes and is read as
a function of L, o, which the notes do not define from one another") though ``z_1`` is defined. The unit
differentiated is defined: its definition is what the chain differentiates. Small notes written here, in
Markdown and in LaTeX (the same context as ``%verify`` comments).
"""

from __future__ import annotations

import pytest
from support import doc_steps

_CONTEXT = r"""w_1: real
w_2: real
x: real
y: real
s_1 := w_1 x
z_1 := \sigma(s_1)
z_0 := 1
s_2 := w_2 z_1
L := \frac{1}{2}(s_2 - y)^2
o := s_2"""

_RIGHT = r"\frac{\partial L}{\partial w_1} = \frac{\partial L}{\partial z_1} \frac{\partial z_1}{\partial s_1} x"
_WRONG = r"\frac{\partial L}{\partial w_1} = \frac{\partial L}{\partial z_1} \frac{\partial z_1}{\partial s_1} w_1"
_UNIT = r"\frac{\partial z_1}{\partial s_1} = z_1 (1 - z_1)"
_NOT_UNIT = r"\frac{\partial z_1}{\partial s_1} = z_1 (1 + z_1)"


def _markdown(display: str) -> str:
    return (f"# Two units\n\n```verify\n{_CONTEXT}\n```\n\nThe layer's units are $\\mathbf{{z}} = [z_0, z_1]$.\n\n"
            f"$$\n{display}\n$$\n")


def _latex(display: str) -> str:
    context = "\n".join(f"%verify {line}" for line in _CONTEXT.splitlines())
    return (f"\\documentclass{{article}}\n{context}\n\\begin{{document}}\nThe layer's units are "
            f"$\\mathbf{{z}} = [z_0, z_1]$.\n\\[\n{display}\n\\]\n\\end{{document}}\n")


def _verdict(display: str, kind: str) -> tuple[str, str]:
    body, path = (_markdown(display), "t.md") if kind == "md" else (_latex(display), "t.tex")
    steps = doc_steps(body, path)
    assert len(steps) == 1, [s.message for s in steps]
    return steps[0].verdict.name, steps[0].message


@pytest.mark.parametrize("kind", ["md", "tex"])
def test_a_wrong_factor_after_a_defined_unit_is_failed(kind: str) -> None:
    verdict, message = _verdict(_WRONG, kind)
    assert verdict == "FAILED", message
    assert "not defined in the notes" not in message


@pytest.mark.parametrize("kind", ["md", "tex"])
def test_the_right_factor_is_proved(kind: str) -> None:
    verdict, message = _verdict(_RIGHT, kind)
    assert verdict == "PROVED", message
    assert "arbitrary smooth function" not in message  # z_1 is defined: no function of L, o is read


@pytest.mark.parametrize("kind", ["md", "tex"])
def test_the_derivative_of_the_defined_unit_is_its_definitions(kind: str) -> None:
    assert _verdict(_UNIT, kind)[0] == "PROVED"
    assert _verdict(_NOT_UNIT, kind)[0] == "FAILED"
