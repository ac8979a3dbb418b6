r"""The ``physics`` package's shorthand (``\dv``, ``\pdv``, ``\grad``, ``\norm``, ``\abs``, ``\qty``,
``\ev``), read as what it typesets when the notes load the package: every step written with it was
SKIPPED "unsupported command". Without ``\usepackage{physics}`` nothing changes. Every example is
written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.physicspkg import physics_macros
from verifier.engine import Settings

SETTINGS = Settings(points=30)
PREAMBLE = "\\documentclass{article}\n\\usepackage{amsmath,physics}\n\\begin{document}\n"


def _steps(body: str, preamble: str = PREAMBLE) -> dict[int, str]:
    check = check_text(preamble + body + "\\end{document}\n", "hw.tex", SETTINGS)
    return {line: s.verdict.value for c in check.chains for s, line in zip(c.result.steps, c.step_lines, strict=True)}


def test_dv_and_pdv_forms() -> None:
    text = PREAMBLE + "x"
    out = physics_macros(text + r"\dv{f}{x} \dv{x} \dv[2]{f}{x} \pdv{g}{u} \pdv{g}{u}{v} \pdv[3]{g}{u}")
    tail = out[len(text) :]
    assert tail == (
        r"\frac{d f}{d x} \frac{d}{d x} \frac{d^{2} f}{d x^{2}} \frac{\partial g}{\partial u}"
        r" \frac{\partial^{2} g}{\partial u \partial v} \frac{\partial^{3} g}{\partial u^{3}}"
    )


def test_delimiters_and_operators() -> None:
    out = physics_macros(PREAMBLE + r"\qty(1 + t) \qty[a] \norm{x}^2 \abs{t} \ev{x} \grad f")
    assert out.endswith(
        r"\left(1 + t\right) \left[a\right] \left\lVert x\right\rVert^2 \left\lvert t\right\rvert"
        r" \left\langle x\right\rangle \nabla f"
    )


def test_without_the_package_nothing_is_rewritten() -> None:
    text = "\\documentclass{article}\n\\begin{document}\n\\dv{f}{x}\n\\end{document}\n"
    assert physics_macros(text) == text


def test_partial_derivatives_checked_right_and_wrong() -> None:
    body = (
        "For $g(u, v) = u^2 v + \\sin(u v)$,\n"  # 4
        "\\begin{align}\n"  # 5
        "\\pdv{g}{u} &= 2 u v + v \\cos(u v), \\\\\n"  # 6
        "\\pdv{g}{v} &= u^2 + v \\cos(u v).\n"  # 7
        "\\end{align}\n"
    )
    assert _steps(body) == {6: "PROVED", 7: "FAILED"}


def test_dv_of_a_qty_group_and_a_norm() -> None:
    body = (
        "\\begin{equation}\n"  # 4
        "\\dv{t} \\qty(1 + e^{-t})^{-1} = \\frac{e^{-t}}{\\qty(1 + e^{-t})^2}\n"  # 5
        "\\end{equation}\n"
        "\\begin{equation}\n"  # 7
        "\\dv{t} \\abs{t}^3 = 2 t \\abs{t}\n"  # 8
        "\\end{equation}\n"
    )
    assert _steps(body) == {5: "PROVED", 8: "FAILED"}
