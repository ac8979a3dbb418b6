r"""A condition a model's display states beside it: ``\alpha_t^2 + \sigma_t^2 = 1`` with the noising it governs.

Notes set a model up in one display and list its conditions there: "A variance-preserving diffusion noises a clean
sample as $$x_t = \alpha_t x_0 + \sigma_t \epsilon, \qquad \epsilon \sim \mathcal{N}(0, I), \qquad \alpha_t^2 +
\sigma_t^2 = 1$$", a mixture as "$$p(x) = \sum_k \pi_k \mathcal{N}(x \mid \mu_k, \Sigma_k), \qquad \sum_k \pi_k =
1$$". The last member is no claim the notes derive but what the model asks of its parameters, and the derivations
after it use it without saying so again (``\frac{\alpha_t^2 + \sigma_t^2}{\sigma_t^2} = \frac{1}{\sigma_t^2}``).
Read as a claim about every α and σ, each such step was checked for every value of them: the right v-prediction
weight ``(1 + \mathrm{SNR}_t)`` was FAILED (fresh72, alarm69).

This module owns that reading: :func:`model_conditions` finds, in a display whose members a ``\qquad`` (or
``\quad``) separates and one of which states a distribution (``\sim``) or defines a name (``x_t = …``), a member
that is one equation of a polynomial of names (no derivative, call, expectation or integral; a sum allowed) with
a number on the right; :func:`conditions_for` makes it a hypothesis of every later chain of its section that writes
each of its names (not of the condition restated: that stays the claim it was). The step is then checked where the
condition holds (documents.hypotheses solves a condition on a square), and says so ("under the hypothesis …
(the condition stated with the model at line N)"). A condition in the prose, a display of one member, or an
equation beside other equations only is not read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import sympy as sp

from verifier.documents.assumed import Assumed, written_names
from verifier.documents.infer import names_in
from verifier.documents.sizeorder import section_of
from verifier.latex import LatexError
from verifier.latex.braces import split_top_equals

__all__ = ["ModelCondition", "conditions_for", "model_conditions"]

_DISPLAY = re.compile(r"\$\$(?P<a>.+?)\$\$|\\\[(?P<b>.+?)\\\]|\\begin\{(?P<env>equation\*?|displaymath)\}(?P<c>.+?)"
                      r"\\end\{(?P=env)\}", re.S)
_SEPARATOR = re.compile(r"\\q?quad\b(?:\s*\\text\s*\{[^{}]*\}\s*\\q?quad\b)?")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
#: what a model's condition never writes: a derivative, a call, an expectation, an integral, a relation
_NOT_A_CONDITION = re.compile(r"\\(?:partial|nabla|mathbb|int|frac\s*\{\s*d|operatorname|log|exp|le|ge|ne|in)\b|"
                              r"[()<>\[\]]|\\sim|\\approx|\\mid|\\left|'")
_DEFINES = re.compile(r"^\s*\\?[A-Za-z]+(?:\s*_\s*(?:\{[^{}=]*\}|\\?[A-Za-z0-9]+))?\s*(?:\([^()=]*\))?\s*=(?!=)")


class ModelCondition(Assumed):
    """An equation a model's display states as its condition, in force from the display's last line on."""

    @property
    def note(self) -> str:
        return f"the condition ${self.body}$ stated with the model at line {self.line}"


def _members(display: str) -> list[str]:
    out = []
    for part in _SEPARATOR.split(display):
        part = re.sub(r"(?:\\[,;!]|\s|[,.;])+$", "", part.strip())
        if part:
            out.append(part)
    return out


def model_conditions(text: str) -> list[ModelCondition]:
    """Every condition a model's display of ``text`` states, each in force to the end of its section (documents.
    sizeorder.section_of: "# Exercise 2" with the same letters free is another model's, red70)."""
    out = []
    lines = text.split("\n")
    for m in _DISPLAY.finditer(text):
        body = m.group("a") or m.group("b") or m.group("c") or ""
        members = _members(body)
        if len(members) < 2:
            continue
        end = text.count("\n", 0, m.end()) + 1
        for k, member in enumerate(members):
            sides = split_top_equals(member)
            if len(sides) != 2 or not _NUMBER.fullmatch(sides[1].strip()) or _NOT_A_CONDITION.search(sides[0]):
                continue
            if not re.search(r"[-+]|\\sum", sides[0]):
                continue  # \alpha = 1: a value, not a condition between the parameters
            others = [x for j, x in enumerate(members) if j != k]
            if any(r"\sim" in x or _DEFINES.match(x) for x in others):
                out.append(ModelCondition(member, end, section_of(lines, end)[1]))
    return out


def conditions_for(
    conditions: Sequence[ModelCondition], line: int, members: Sequence[str], parse: Callable[[str], sp.Basic]
) -> list[tuple[str, str]]:
    """The hypotheses ``(equation, where)`` of the chain on ``line`` whose ``members`` (LaTeX) write every name of
    a condition stated before it (not the condition itself, restated)."""
    here = [c for c in conditions if c.line < line <= c.last]
    if not here:
        return []
    written = written_names(members, parse)
    out = []
    for c in here:
        try:
            names = names_in(parse(split_top_equals(c.body)[0]))
        except LatexError:
            continue
        flat = [re.sub(r"\s+", "", x) for x in members]
        if flat == [re.sub(r"\s+", "", x) for x in split_top_equals(c.body)]:
            continue  # "Using $\alpha_t^2 + \sigma_t^2 = 1$": the condition restated, a claim as before
        if names and names <= written:
            out.append((c.body, c.note))
    return out
