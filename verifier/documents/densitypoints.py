r"""A normal density written without its point: ``\mathcal{N}(\mu, \sigma^2)`` at the point the notes give it.

Likelihood derivations define the density of one observation, ``p(y_i \mid X; w) =
\mathcal{N}(\sum_j w_j X_{ij}, \sigma^2)``, and then write the likelihood as ``\prod_i
\mathcal{N}(\sum_j w_j X_{ij}, \sigma^2)``: the density's point (``y_i``) is left out, since the
definition said whose density it is. Read literally, ``\mathcal{N}`` with two arguments is an
undefined function and every such step is SKIPPED.

This module owns the point of such a density, taken only from what the notes write:

* ``p(V \mid …) = \mathcal{N}(A, B)`` (a conditional density written as a normal; also with ``;``)
  and ``V \sim \mathcal{N}(A, B)`` give the point ``V`` to the density with the *same* parameters
  ``A, B`` (compared as written, spaces and ``\left``/``\right`` aside). Parameters stated for two
  different points (``\epsilon_i \sim \mathcal{N}(0, \sigma^2)`` and ``\epsilon \sim …``) give none.
* Every ``\mathcal{N}(A, B)`` of the notes with such parameters is read as ``\mathcal{N}(V \mid A, B)``,
  the registry's normal density (:mod:`verifier.latex.probability`, :mod:`verifier.ml`; the second
  parameter is the variance), and the reading is reported with the step
  ("\mathcal{N}(A, B) read as the density of V (line N)").
* The density's normaliser written without brackets, ``-\frac{n}{2}\log 2\pi\sigma^2``, is
  ``\log(2\pi\sigma^2)`` (the parser reads a bare ``\log`` of the next factor: ``\log(2\pi)\sigma^2``,
  which nobody means there): only ``2\pi`` followed by one squared name is taken into the logarithm,
  reported with the step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verifier.latex.braces import group_after, split_top_level

__all__ = ["Point", "gaussian_text", "points_of", "with_points"]

# \log 2\pi\sigma^2, \ln 2 \pi \sigma_k^{2}: the normaliser of a normal density, written without brackets
_NORMALISER = re.compile(
    r"\\(?P<f>log|ln)(?![A-Za-z])\s*(?P<body>2\s*\\pi(?![A-Za-z])\s*"
    r"\\?[A-Za-z]+(?:_\{[^{}]*\}|_[A-Za-z0-9])?\s*\^\s*(?:\{\s*2\s*\}|2)(?![0-9]))"
    r"(?=\s*(?:$|[-+=&)}\]]|\\\\|\\right|\\frac|\\sum|\\cdot))"  # where its term ends: nothing else is taken
)
_HEAD = re.compile(r"\\mathcal\s*\{?\s*N\s*\}?\s*(?:\\left\s*)?\(")
# what the density is of, just before it: "p(V | …) =" (a display column "&=&" too) or "V \sim"
_DEFINED = re.compile(r"\bp\s*(?:\\left\s*)?\(\s*(?P<v>[^()|;]+?)\s*(?:\\mid|\||;)[^()]*(?:\([^()]*\)[^()]*)*"
                      r"(?:\\right\s*)?\)\s*&?\s*=\s*&?\s*$")  # fmt: skip
_SIM = re.compile(r"(?:^|[$&,])\s*(?P<v>\\?[A-Za-z]+(?:_\{?[A-Za-z0-9]+\}?)?)\s*&?\s*\\sim\s*&?\s*$")


@dataclass(frozen=True)
class Point:
    """The point ``point`` of the densities written with parameters ``key`` (normalised), from ``line``."""

    point: str
    line: int


def _norm(text: str) -> str:
    return re.sub(r"\\left|\\right|\s+", "", text)


def _two(arguments: str) -> bool:
    """Two parameters and no point (no bar, no semicolon at the top level)."""
    if re.search(r"\\mid|\||;", arguments):
        return False
    return len(split_top_level(arguments, lambda s, k: s[k] == ",")) == 2


def points_of(text: str) -> dict[str, Point]:
    """Normalised parameters → the point the notes give the density with those parameters."""
    found: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for m in _HEAD.finditer(text):
        got = group_after(text, m.end())
        if got is None or not _two(got[0]):
            continue
        at = m.start()
        line_start = max(text.rfind("\n", 0, at), text.rfind("\\\\", 0, at), text.rfind("$", 0, at))
        before = text[line_start + 1 : m.start()]
        said = _DEFINED.search(before) or _SIM.search(before)
        if said is None:
            continue
        key = _norm(got[0])
        found.setdefault(key, set()).add(said.group("v").strip())
        first.setdefault(key, text.count("\n", 0, m.start()) + 1)
    return {k: Point(next(iter(v)), first[k]) for k, v in found.items() if len(v) == 1}


def with_points(latex: str, points: dict[str, Point]) -> tuple[str, list[str]]:
    """``latex`` with each pointless ``\\mathcal{N}(A, B)`` whose parameters have a point read as
    ``\\mathcal{N}(V \\mid A, B)``, and the readings (one per density rewritten)."""
    if not points or "N" not in latex:
        return latex, []
    out: list[str] = []
    notes: list[str] = []
    k = 0
    for m in _HEAD.finditer(latex):
        got = group_after(latex, m.end())
        if m.start() < k or got is None or not _two(got[0]):
            continue
        p = points.get(_norm(got[0]))
        if p is None:
            continue
        out.append(latex[k : m.end()] + rf"{p.point} \mid " + latex[m.end() : got[1]])
        k = got[1]
        note = rf"\mathcal{{N}}({got[0]}) read as the density of {p.point} (line {p.line})"
        if note not in notes:
            notes.append(note)
    out.append(latex[k:])
    return "".join(out), notes


def gaussian_text(latex: str, points: dict[str, Point]) -> tuple[str, list[str]]:
    """Both readings of this module on one member: the densities' points and the bracketless
    normaliser ``\\log 2\\pi\\sigma^2``; the text and the readings."""
    text, notes = with_points(latex, points)
    found = False

    def bracket(m: re.Match[str]) -> str:
        nonlocal found
        found = True
        return rf"\{m.group('f')}\left({m.group('body')}\right)"

    text = _NORMALISER.sub(bracket, text)
    if found:
        notes.append(r"\log 2\pi\sigma^2 read as \log(2\pi\sigma^2), the normaliser of a normal density")
    return text, notes
