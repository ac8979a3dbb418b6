r"""A name the notes define anew in the same section, where the new formula disagrees with the first.

A chain that writes a defined name again (``k(a, b) = …`` after the kernel) is checked against the
notes' definition; where it does not hold it is SKIPPED "defines k anew … (a new meaning, or a mistake
in one of the two)" (``restatements.restatement_results``), and the lines after it read k by the new formula. Notes
that give a letter a new meaning do so in another problem, after a heading (a weighted J in part (b)).
Within one section, a formula that disagrees with the one just given is as likely the slip: a line
after it that holds only by the new formula (``k(0, 1) = e^{-1}`` for a kernel that halves the square)
must not be green on that word alone.

This module owns that post-pass (:func:`on_disagreeing_renewals`, run over the checked chains, which may
come from separate workers): where a chain restates a name defined earlier in the same section (no heading
between) and its first step is SKIPPED as a definition anew (or FAILED as a rewriting the prose announces
that does not hold, trust17), every later green step in that section (up to the next chain that defines or
restates the name) that writes the name is SKIPPED, naming both lines, and so are the restating chain's own
later links. Only a renewal with the same parameters as the first definition (``k(a, b)`` twice):
``p(\theta, x)`` and then the likelihood ``p(x; \theta)`` of a sample are two functions the notes write with
one letter. A step that reaches the name only through another definition is not seen (the written name is
the evidence), and a renewal after a heading, or after prose announcing it ("with a new objective", "now",
"instead", "another"), keeps the new meaning, as before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from verifier.documents.context import Key
from verifier.documents.dependence import until_heading
from verifier.documents.records import CheckedChain
from verifier.documents.restatements import REWRITES
from verifier.results import Verdict

if TYPE_CHECKING:
    from verifier.documents.members import _Chain

__all__ = ["on_disagreeing_renewals"]

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _writes(name: str, latex: str) -> bool:
    """Does ``latex`` write the name ``name`` (a key's base: ``A``, or ``phi`` written ``\\phi``, fresh60)?"""
    return re.search(r"(?<![A-Za-z\\])\\?" + re.escape(name) + r"(?![A-Za-z])", latex) is not None


def _writes_key(key: Key, latex: str) -> bool:
    """Does ``latex`` write the name of ``key``? For a numbered member of a family (``w_1``), a formula whose every
    occurrence of the letter carries another plain number (``w_0 - f'(w_0)``) writes another member, not it
    (redlead64: a renewal of w_1 under "If the learning rate equals unity" made the true ``w_0 - f'(w_0) = 0``
    SKIPPED). Any other occurrence (unnumbered, a symbolic or a superscript index) counts, as before."""
    name, index = key
    if not _writes(name, latex):
        return False
    if not index or not all(i.isdigit() for i in index):
        return True
    subscript = r"(\s*_\s*(?:\{\s*([\d\s,]+)\}|(\d)))?"
    for m in re.finditer(r"(?<![A-Za-z\\])\\?" + re.escape(name) + r"(?![A-Za-z])" + subscript, latex):
        numbers = m.group(2) if m.group(2) is not None else m.group(3)
        written = re.findall(r"\d+", numbers) if numbers is not None else None
        if written is None or tuple(written) == index or "".join(written) == "".join(index):  # W_{12}: W_{1,2}?
            return True
    return False


def on_disagreeing_renewals(
    text: str, chains: Sequence[_Chain], checked: list[CheckedChain], heads: Mapping[tuple[Key, int], object]
) -> list[CheckedChain]:
    r"""``checked`` (one result per chain of ``chains``, in order) with the greens that rest on a
    disagreeing renewal in its section made SKIPPED (module docstring). ``heads`` gives each of the notes'
    definitions, by (key, line), its parameters: a renewal with other parameters (``p(\theta, x)``, then
    the likelihood ``p(x; \theta)``) is another function of the same letter, not a restatement."""
    if len(chains) != len(checked):
        return checked
    out = list(checked)
    for k, c in enumerate(chains):
        first = checked[k]
        if c.restates is None or not isinstance(first, CheckedChain) or not first.result.steps:
            continue
        key, earlier = c.restates
        if (key, earlier) not in heads or heads.get((key, earlier)) != heads.get((key, c.line)):
            continue
        step = first.result.steps[0]
        anew = step.verdict is Verdict.SKIPPED and "anew" in (step.message or "")
        # "Expanding, $r = Xw - y$" that does not hold (FAILED, documents.restatements): built on a slip (trust17)
        slip = step.verdict is Verdict.FAILED and REWRITES in (step.message or "")
        if not (anew or slip):
            continue
        if until_heading(text, earlier) < c.line or _announced(text, c.line):
            continue  # a heading between, or "with a new objective": a new meaning
        end = until_heading(text, c.line)
        why = (f"uses {key[0]} as line {c.line} writes it anew, which disagrees with the notes' definition at "
               f"line {earlier} (a mistake in one of the two): not green on that line's word alone")
        if slip:
            why = (f"uses {key[0]} as line {c.line} rewrites it, which does not hold with the notes' definition at "
                   f"line {earlier} (FAILED there): not green on that line's word alone")
        _same_line_failures(text, chains, out, k, key[0], earlier)
        for j in range(k, len(chains)):
            other = chains[j]
            if j > k and (other.line > end or key in (other.defines, other.restates and other.restates[0])):
                break
            res = out[j]
            if not isinstance(res, CheckedChain):
                continue
            steps = list(res.result.steps)
            for n, s in enumerate(steps):
                if (j == k and n == 0) or s.verdict not in _GREEN:
                    continue
                if _writes_key(key, s.lhs_latex) or _writes_key(key, s.rhs_latex):
                    steps[n] = s.skipped(why)
            if steps != list(res.result.steps):
                out[j] = res.with_steps(steps)
    return out


_NEW_MEANING = re.compile(r"\b(?:new|now|instead|another|different|redefine[sd]?|consider|suppose)\b", re.I)


def _announced(text: str, line: int) -> bool:
    """Does the prose right before ``line`` (the three lines before it) announce a new meaning ("Later, with a
    new objective", "Now let", "instead")?"""
    lines = text.split("\n")
    return _NEW_MEANING.search(" ".join(lines[max(0, line - 4) : line - 1])) is not None


def _same_line_failures(
    text: str, chains: Sequence[_Chain], out: list[CheckedChain], k: int, name: str, earlier: int
) -> None:
    r"""Make SKIPPED (in ``out``) the FAILED steps that write ``name`` in chains written after the renewal
    ``chains[k]`` on its own line: "Here $A(\eta) = e^\eta$; hence $A'(\eta) = e^\eta$." The lines after a
    renewal read the new formula, but a formula later on the renewal's line was read with the definition at
    line ``earlier``, and its failure says nothing of the line's own meaning (fresh19)."""
    c = chains[k]
    lines = text.split("\n")
    row = lines[c.line - 1] if 0 < c.line <= len(lines) else ""
    at = row.find(c.members[0].latex.strip())
    if at < 0:
        return
    why = (f"reads {name} by the notes' definition at line {earlier}, though line {c.line} writes it anew before "
           f"this formula (a new meaning, or a mistake in one of the two): the failure is not the line's own")
    for j, other in enumerate(chains):
        res = out[j]
        if j == k or other.line != c.line or not other.inline or not isinstance(res, CheckedChain):
            continue
        if row.find(other.members[0].latex.strip(), at + 1) <= at:
            continue  # written before the renewal on the line: the definition it reads is the one in force
        steps = [s.skipped(why) if s.verdict is Verdict.FAILED and (_writes(name, s.lhs_latex) or
                                                                    _writes(name, s.rhs_latex)) else s
                 for s in res.result.steps]  # fmt: skip
        if steps != list(res.result.steps):
            out[j] = res.with_steps(steps)
