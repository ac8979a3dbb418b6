r"""A fraction of digits below a function's name labels it: ``k_{3/2}(r)``, ``k_{5/2}(r)`` (Matérn kernels).

No index is a fraction: read as entry 3/2 of k, the definition ``k_{3/2}(r) = (1 + r)e^{-r}`` was never learned
and every later step through ``k_{3/2}`` was SKIPPED ("k_3/2 is not declared"), wrong or right. Examples
written here. (``\frac{dk_{3/2}}{dr}``: the d of the derivative written against the name keeps its label.)"""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")

NOTES = """
The two kernels are

$$k_{1/2}(r) = e^{-r},$$
$$k_{3/2}(r) = (1 + r)e^{-r} .$$

Then

$$\\frac{dk_{3/2}}{dr} = e^{-r} - (1 + r)e^{-r} = -r e^{-r},$$

and at one length-scale

$$k_{3/2}(1) = 2e^{-1} > k_{1/2}(1) = e^{-1} .$$
"""


def test_steps_through_a_fraction_labelled_function_are_checked() -> None:
    steps = doc_steps(NOTES)
    checked = [s for s in steps if not s.message.startswith(("defines", "not an equality"))]
    assert len(checked) >= 4 and all(s.verdict.value in GREEN for s in checked), [(s.lhs, s.message) for s in steps]


def test_a_wrong_derivative_of_it_fails() -> None:
    steps = doc_steps(NOTES.replace("= -r e^{-r}", "= -r^2 e^{-r}"))
    assert any(s.verdict.value == "FAILED" for s in steps), [s.message for s in steps]


def test_a_wrong_value_of_it_fails() -> None:
    steps = doc_steps(NOTES.replace("k_{3/2}(1) = 2e^{-1}", "k_{3/2}(1) = e^{-1}"))
    assert any(s.verdict.value == "FAILED" for s in steps), [s.message for s in steps]


ALIGNED = r"""
\documentclass{article}
\begin{document}
The regularised cost is
\begin{align*}
J_\lambda(w) &= (w - 1)^2 + \lambda w^2 .
\end{align*}
Its derivative is
\begin{align*}
\frac{d}{dw} J_\lambda(w) &= 2(w - 1) + 2\lambda w .
\end{align*}
\end{document}
"""


def test_a_labelled_function_defined_in_an_align_is_learned() -> None:
    # J_\lambda(w) &= …: the alignment mark before = (documents.labelled read only a plain =)
    steps = [s for s in doc_steps(ALIGNED, "t.tex") if not s.message.startswith("defines")]
    assert steps and all(s.verdict.value in GREEN for s in steps), [(s.lhs, s.message) for s in steps]
    wrong = [s for s in doc_steps(ALIGNED.replace("+ 2\\lambda w", "+ \\lambda w"), "t.tex")]
    assert any(s.verdict.value == "FAILED" for s in wrong), [(s.lhs, s.message) for s in wrong]
