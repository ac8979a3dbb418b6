r"""breqn's displays (``dmath``, ``dmath*``, ``dgroup``) are read like ``equation`` (lecture22).

Lecture notes that load ``breqn`` write their long derivations in ``\begin{dmath} … \end{dmath}``, with an
optional ``[label=…]``, and group several in a ``dgroup``. The reader took such a display, but the splitter
did not know the environment: the whole display was one member, its ``=`` signs inside the environment were
not even counted, and a wrong step there was neither checked nor reported (a false pass: nothing
FAILED, nothing SKIPPED, no step)."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.latex.chains import count_equals
from verifier.results import Verdict

_NOTES = r"""\documentclass{article}
\usepackage{breqn}
\begin{document}
Differentiating the composition,
\begin{{env}}{option}
\frac{d}{dt}\left(t^2\sin t\right) = 2t\sin t + {last} .
\end{{env}}
\end{document}
"""


def _verdicts(env: str, option: str, last: str) -> list[Verdict]:
    text = _NOTES.replace("{env}", env).replace("{option}", option).replace("{last}", last)
    return [s.verdict for ch in check_text(text, "notes.tex").chains for s in ch.result.steps]


@pytest.mark.parametrize(("env", "option"), [("dmath", ""), ("dmath*", ""), ("dmath", "[label=eq:prod]")])
def test_a_dmath_step_is_checked(env: str, option: str) -> None:
    assert _verdicts(env, option, r"t^2\cos t") == [Verdict.PROVED]
    assert _verdicts(env, option, r"t\cos t") == [Verdict.FAILED]


def test_the_dmaths_of_a_dgroup_are_each_checked() -> None:
    text = r"""\documentclass{article}
\usepackage{breqn}
\begin{document}
\begin{dgroup}
\begin{dmath}
\frac{d}{dx} x^3 = 3x^2
\end{dmath}
\begin{dmath}[label=b]
\frac{d}{dx} x^4 = 3x^3
\end{dmath}
\end{dgroup}
\end{document}
"""
    steps = [s.verdict.value for ch in check_text(text, "notes.tex").chains for s in ch.result.steps]
    assert sorted(steps) == ["FAILED", "PROVED"], steps


def test_the_equals_of_a_dmath_are_counted() -> None:
    assert count_equals("\\begin{dmath}[label=x]\na = b = c\n\\end{dmath}") == 2
