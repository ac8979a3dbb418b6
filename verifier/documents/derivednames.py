r"""An inline formula that names a derivative the notes can take: ``that is $H = X^T \operatorname{diag}(\lambda) X$``
under a heading "Hessian", after the notes defined ``\ell(w) = \sum_i …``.

An inline ``N = E`` with N a name the notes never defined is learned as N's definition (documents.inlinedefinitions) and
checked nowhere, so a wrong Hessian written that way (``X \operatorname{diag}(\lambda) X^T``, fresh54's
06-poisson-regression-index.wrong3) was GREEN. When the prose says what N is — the Hessian or the gradient — and the
notes define a function before it (of one argument, or of several: ``f(x, y)``, green72), N is no new quantity: it
restates a derivative of that function, and that is a claim. This module owns which formulas are such restatements
(:func:`derived_name_chain`) and the chain they become: ``\nabla^2 \ell(w) = E`` (or ``\nabla \ell(w) = E``), checked at
the formula's place, N still learned as its definition. The prose says it where the word stands right before the formula
("the Hessian $M = …$") or, for the conventional letter (H for a Hessian, g for a gradient, plain or bold), anywhere in
its sentence or in the heading of its section. A real definition stays a definition: a name introduced with no such word
("$A = X^T X$"), a word announcing a new quantity ("let", "define": documents.inlinerestated's ``announces_anew``), or
notes that define no function before it. A name set to a matrix written out in numbers (:func:`number_matrix`) is
learned as no definition at all; after such words it is read the same way (red71's ``g02``: ``H = \begin{pmatrix} 2 & 1
\\ 1 & 3 \end{pmatrix}`` of ``f(x, y) = x^2 + xy + y^2`` was GREEN with nothing checked).

The function read is the last the notes define before the formula; the notes may mean another one (the Hessian of
the log-likelihood beside a defined negative log-likelihood), so where the reading fails the step is SKIPPED, saying
what was read and where it fails (:func:`derived_name_results`), never FAILED; where it holds it is green, said so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import sympy as sp

from verifier.documents.context import Definition
from verifier.documents.headings import heading_level
from verifier.documents.inlinerestated import announces_anew
from verifier.documents.members import _Chain, _Member, _Step
from verifier.documents.sentences import SENTENCE_END_OR_DISPLAY
from verifier.latex.document import Place
from verifier.results import StepResult, Verdict

__all__ = ["READING", "derived_name_chain", "derived_name_results", "number_matrix"]

#: the note a derived-name chain carries (its first words: how :func:`derived_name_results` knows the chain)
READING = "read as the {kind} of {call}, the function the notes define on line {line} (the prose names it)"
_OPERATORS = {"Hessian": r"\nabla^2", "gradient": r"\nabla"}
_LETTERS = {"Hessian": "H", "gradient": "g"}
_WORD = re.compile(r"\b(Hessian|gradient)s?\b", re.IGNORECASE)
# the word right before the formula: "the Hessian $M = …$", "Hessian matrix is $…$"
_JUST_BEFORE = re.compile(r"\b(Hessian|gradient)(?:\s+(?:matrix|vector))?(?:\s+(?:is|equals|reads))?\s*,?\s*$",
                          re.IGNORECASE)
# the name: a letter, plain or bold, with no subscript (H_{ij} is an entry, not the matrix)
_NAME = re.compile(
    r"^\s*(?:\\(?:mathbf|boldsymbol|bm|mathbfit)\s*\{\s*([A-Za-z])\s*\}|\\mathbf\s+([A-Za-z])|([A-Za-z]))\s*$"
)


_MATRIX = re.compile(r"^\s*\\begin\s*\{([pbB]?matrix)\}(.*)\\end\s*\{\1\}\s*$", re.DOTALL)
_CELL = re.compile(r"^\s*[-+]?\s*(?:\d+(?:\.\d+)?|\\[td]?frac\s*\{\s*\d+\s*\}\s*\{\s*\d+\s*\})\s*$")


def number_matrix(latex: str) -> bool:
    r"""Is ``latex`` a matrix written out in numbers (``\begin{pmatrix} 2 & 1 \\ 1 & 2 \end{pmatrix}``)? Such a
    formula is learned as no definition (a stated value), so a name set to it after words that call it the Hessian
    is read by :func:`derived_name_chain` all the same (green72: red71's ``g02``)."""
    m = _MATRIX.match(latex)
    cells = [c for row in m.group(2).split("\\\\") for c in row.split("&")] if m else []
    return bool(cells) and all(_CELL.match(c) for c in cells)


def _letter(lhs: str) -> str | None:
    """The letter ``lhs`` names (``H``, ``\\mathbf{H}``), or None where it is no lone letter."""
    m = _NAME.match(lhs)
    return next((g for g in m.groups() if g), None) if m else None


def _section_heading(lines: Sequence[str], line: int) -> str:
    """The heading row of the section holding ``line`` (1-based); "" where none is above it."""
    return next((row for row in reversed(lines[: line - 1]) if heading_level(row) is not None), "")


def _kind(lhs: str, before: str, heading: str) -> str | None:
    """Which derivative the prose says the inline ``lhs = …`` names ("Hessian", "gradient"), or None."""
    sentence = SENTENCE_END_OR_DISPLAY.split(before)[-1][-200:]
    if (m := _JUST_BEFORE.search(sentence)) is not None:
        return "Hessian" if m.group(1).lower() == "hessian" else "gradient"
    letter = _letter(lhs)
    for text in (sentence, heading):
        words = {("Hessian" if w.lower() == "hessian" else "gradient") for w in _WORD.findall(text)}
        if len(words) == 1 and letter == _LETTERS[(kind := words.pop())]:
            return kind
    return None


def _function(definitions: Sequence[Definition], line: int, sentence: str = "") -> Definition | None:
    """The last function the notes define before ``line``; None where there is none. Where the formula's ``sentence``
    names functions the notes define ("the gradient of the data term $L$ is $g = …$", red71), the last of those it
    names, if it names only them."""
    functions = [d for d in definitions if d.line < line and (d.params or d.is_function)]
    named = {d.key[0] for d in functions if _names_function(sentence, d.key[0])}
    if named:
        functions = [d for d in functions if d.key[0] in named]
    last = functions[-1] if functions else None
    return last if last is not None and last.params and not last.index_params else None


def _names_function(sentence: str, name: str) -> bool:
    """Does ``sentence`` write the function ``name`` (a key's name: ``L``, ``ell``) alone or called in a formula
    other than its last (the formula read itself)?"""
    tex = re.escape(_tex(name) or name)
    formulas = re.findall(r"\$([^$]*)\$", sentence)[:-1]
    return any(re.fullmatch(rf"\s*{tex}\s*(?:\([^()]*\))?\s*", f) for f in formulas)


def _tex(name: str) -> str:
    """A key's name as LaTeX (``ell`` → ``\\ell``, ``theta`` → ``\\theta``, ``L`` → ``L``)."""
    try:
        return sp.latex(sp.Symbol(name))
    except Exception:  # noqa: BLE001 - a name SymPy cannot print is read no further
        return ""


def derived_name_chain(lhs: str, rhs: str, before: str, lines: Sequence[str], line: int,
                       definitions: Sequence[Definition], place: Place | None) -> _Chain | None:  # fmt: skip
    """The chain to check for the inline formula ``lhs = rhs`` on ``line`` (a name the notes have not defined) when
    the prose says it names the Hessian or the gradient of the function the notes define last before it (see the
    module); None otherwise. ``before``: the prose just before the formula."""
    if announces_anew(before) or _letter(lhs) is None:
        return None
    if (kind := _kind(lhs, before, _section_heading(lines, line))) is None:
        return None
    if (f := _function(definitions, line, SENTENCE_END_OR_DISPLAY.split(before)[-1] + "$" + lhs + "$")) is None \
            or f.key[1]:
        return None
    name, params = _tex(f.key[0]), [_tex(p) for p in f.params]
    if not name or not all(params) or _letter(lhs) in {f.key[0], *f.params}:
        return None
    call = f"{name}({', '.join(params)})"  # f(x, y) of two numbers: ∇² by both (documents.callgradients; green72)
    member = _Member(f"{_OPERATORS[kind]} {call}", line)
    note = READING.format(kind=kind, call=call, line=f.line)
    return _Chain(line, [member, _Member(rhs, line)], [_Step(1, 0, 1, None, line)], None, False,
                  [f"{lhs.strip()} {note}"], inline=True, place=place)


def derived_name_results(chain: _Chain, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` of a derived-name chain (:func:`derived_name_chain`) with a FAILED step SKIPPED: the notes may mean
    another function's derivative; other chains' steps as they are."""
    note = next((n for n in chain.notes if READING.split("{kind}")[0].strip() in n and "(the prose names it)" in n),
                None)
    if note is None:
        return steps
    return [r.skipped(f"{note}; that reading fails: {r.message or 'the sides differ'}")
            if r.verdict is Verdict.FAILED else replace(r, message=f"{note}; {r.message}" if r.message else note)
            if r.verdict.ok else r for r in steps]
