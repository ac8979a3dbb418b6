r"""An upright i is the imaginary unit, not a real unknown (fresh51).

Notes on the discrete Fourier transform write the imaginary unit upright, as ISO and most typesetting guides
ask: ``\omega = e^{2\pi\mathrm{i}/N}``, ``(1 - 3\mathrm{i})(1 - \mathrm{i}) = -2 - 4\mathrm{i}``. The upright i was
read as a plain letter, inferred a real scalar, so both correct lines were FAILED (false alarms). An upright
letter as a whole subscript (``x_{\mathrm{i}}``, "input") is still a label. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTE = r"""
# Roots of unity

For four points the root of unity is $\omega = e^{{2\pi\mathrm{{i}}/4}}$, and

$$\omega = e^{{\pi\mathrm{{i}}/2}} = {rhs}$$
"""


def _last(text: str, name: str = "notes.md"):
    return doc_steps(text, name)[-1]


def test_a_root_of_unity_with_an_upright_i_is_not_failed() -> None:
    step = _last(_NOTE.format(rhs=r"\mathrm{i}"))
    assert step.verdict in _GREEN, step.message


def test_a_wrong_root_of_unity_is_failed() -> None:
    step = _last(_NOTE.format(rhs=r"-\mathrm{i}"))
    assert step.verdict is Verdict.FAILED, step.message


_PRODUCT = r"""
# A product of two complex numbers

$$(2 - \mathrm{{i}})(1 + 3\mathrm{{i}}) = 2 + 6\mathrm{{i}} - \mathrm{{i}} - 3\mathrm{{i}}^2 = {rhs}$$
"""


def test_a_product_using_i_squared_is_minus_one_is_not_failed() -> None:
    step = _last(_PRODUCT.format(rhs=r"5 + 5\mathrm{i}"))
    assert step.verdict in _GREEN, step.message


def test_a_product_taking_i_squared_as_plus_one_is_failed() -> None:
    step = _last(_PRODUCT.format(rhs=r"-1 + 5\mathrm{i}"))
    assert step.verdict is Verdict.FAILED, step.message


def test_in_latex_a_macro_for_the_upright_i_is_the_imaginary_unit() -> None:
    tex = "\n".join([
        r"\documentclass{article}",
        r"\newcommand{\ii}{\mathrm{i}}",
        r"\begin{document}",
        r"\begin{equation}",
        r"(1 + \ii)^2 = 1 + 2\ii + \ii^2 = 2\ii",
        r"\end{equation}",
        r"\end{document}",
    ])
    steps = doc_steps(tex, "notes.tex")
    assert steps and all(s.verdict in _GREEN for s in steps), [(s.verdict, s.message) for s in steps]


_LABEL = r"""
# A label

The input weight is $w_{\mathrm{i}} = 2$ and the output weight $w_{\mathrm{o}} = 3$, so

$$w_{\mathrm{i}} w_{\mathrm{o}} + w_{\mathrm{i}} = 3 w_{\mathrm{i}} + w_{\mathrm{i}}$$
"""


def test_an_upright_i_as_a_whole_subscript_is_still_a_label() -> None:
    step = _last(_LABEL)
    assert step.verdict is not Verdict.FAILED and "imaginary" not in step.message, step.message
