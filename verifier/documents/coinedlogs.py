r"""A logarithm or exponential with a letter subscript that the notes define as a function of their own.

Notes on robust losses define the tempered logarithm and exponential,
``\log_t(x) = \frac{x^{1-t} - 1}{1 - t}`` and ``\exp_t(x) = [1 + (1 - t)x]^{1/(1-t)}`` (often through a macro,
``\newcommand{\logt}{\log_t}``). Read as a base-t logarithm the definition and every right line using it
(``\frac{d}{dx}\log_t(x) = x^{-t}``) were FAILED. A formula that writes ``\log_t(x)`` or ``\exp_t(x)`` — one
letter as the subscript, one letter as the argument — equal to a body that names that subscript letter and
writes no logarithm or exponential (``\log``, ``\ln``, ``\exp``, ``e^``) coins a function: a base-t logarithm
is never written that way (``\log_b x = \frac{\ln x}{\ln b}`` writes one). In such notes every ``\log_t`` /
``\exp_t`` with that letter is read as that function, spelled ``\operatorname{logt}`` (``expt``), which the
notes' definitions then read like any function they define. ``\log_2``, ``\log_b`` elsewhere are untouched."""

from __future__ import annotations

import re
from dataclasses import replace

from verifier.latex.document import MathBlock

__all__ = ["coined_functions", "read_coined"]

_SUB = r"\s*_\s*(?:\{\s*([A-Za-z])\s*\}|([A-Za-z])(?![A-Za-z]))"
_DEFINES = re.compile(
    r"(?:^|[\s{}&$]|\\\\)\\(log|exp)" + _SUB
    + r"\s*(?:\\left\s*)?\(\s*[A-Za-z]\s*(?:\\right\s*)?\)\s*(?:=|:=|\\coloneqq|\\equiv|\\triangleq)\s*"
    r"(?P<body>.*?)(?=\\qquad|\\quad|\\\\|\\end|\\text|,\s|=|$)",
    re.S,
)
_TRANSCENDENTAL = re.compile(r"\\(?:log|ln|exp)(?![A-Za-z])|(?<![A-Za-z\\])e\s*\^")


def coined_functions(texts: list[str]) -> set[tuple[str, str]]:
    """``(function, letter)`` pairs the formulas ``texts`` define as the notes' own (``("log", "t")``)."""
    out: set[tuple[str, str]] = set()
    for text in texts:
        for m in _DEFINES.finditer(text):
            letter = m.group(2) or m.group(3)
            body = m.group("body")
            if _TRANSCENDENTAL.search(body) or not re.search(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", body):
                continue
            out.add((m.group(1), letter))
    return out


def _rename(text: str, coined: set[tuple[str, str]]) -> str:
    for name, letter in coined:
        text = re.sub(rf"\\{name}\s*_\s*(?:\{{\s*{letter}\s*\}}|{letter}(?![A-Za-z]))",
                      rf"\\operatorname{{{name}{letter}}}", text)
    return text


def read_coined(blocks: list[MathBlock], inline: list[MathBlock], prose: str | None) -> str | None:
    """Rename, in place, the coined functions of the notes' formulas (displays ``blocks`` and ``inline``
    ones) and in their ``prose``; return the prose."""
    coined = coined_functions([b.text for b in (*blocks, *inline)])
    if not coined:
        return prose
    blocks[:] = [replace(b, text=_rename(b.text, coined)) for b in blocks]
    inline[:] = [replace(b, text=_rename(b.text, coined)) for b in inline]
    return None if prose is None else _rename(prose, coined)
