r"""Update rules: an iteration written with the next iterate on the left.

Optimisation and sequence-model notes write iterations as equations: ``x_{k+1} = x_k -
f'(x_k)/f''(x_k)`` (Newton), ``w^{(t+1)} = w^{(t)} - \eta\nabla L(w^{(t)})`` (gradient descent),
``h_t = \tanh(W h_{t-1} + U x_t)`` (a recurrent layer). Such a line defines the next iterate from
the current one; it claims nothing that could be checked. Read as an identity between entries of
one array it fails at once, so a correct update was FAILED. This module recognises the writing
from the text of the two members (the left member is one name with the index ``k+1`` — or ``t``
with ``t-1`` on the right —, the right member writes the same name at the earlier index) and turns
such a FAILED first link into SKIPPED with that reason, only where the failure read the name as an
array the notes do not define (a sequence the notes define, ``s_t = \sum_{i\le t} x_i``, keeps its
recurrence checked). Later links of the same line (the worked
algebra of the update) are identities and stay checked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from verifier.results import StepResult, Verdict

__all__ = ["ITERATE_ENTRIES", "UPDATE_RULE", "is_update_rule", "iterate_algebra", "update_rule"]

UPDATE_RULE = "an update rule: it defines the next iterate {new} from {old} (a recurrence), not an identity"

ITERATE_ENTRIES = ("{new} is read as entries of one vector {name} (the iterate reading, each {old} a vector of its "
                   "own, is not tried): a failure under that reading is no evidence")

# a name: x, \theta, \mathbf{w}, \boldsymbol{\theta}, \hat{x} (one letter: Az_{k+1} is a product)
# … and an accent on a command without braces: \bar\alpha (diffusion notes' cumulative product)
_NAME = (r"(?:\\(?:mathbf|boldsymbol|bm|vec|hat|tilde|bar)\s*\{\s*(?:\\[A-Za-z]+|[A-Za-z])\s*\}"
         r"|\\(?:hat|tilde|bar)\s*\\[A-Za-z]+(?![A-Za-z])|\\[A-Za-z]+|[A-Za-z])")
# its iteration index: _{k+1}, _k, ^{(t+1)}, ^{(t)}; group "i" the index letter, "s" the shift
_INDEX = (r"(?:_\s*\{\s*(?P<i>[a-z])\s*(?P<s>[+-]\s*1)?\s*\}|_\s*(?P<j>[a-z])(?![A-Za-z])"
          r"|\^\s*\{\s*\(\s*(?P<k>[a-z])\s*(?P<t>[+-]\s*1)?\s*\)\s*\})")
_LEFT = re.compile(rf"^\s*(?P<name>{_NAME})\s*{_INDEX}\s*$")


def _index(m: re.Match[str]) -> tuple[str, int]:
    letter = m.group("i") or m.group("j") or m.group("k")
    shift = (m.group("s") or m.group("t") or "").replace(" ", "")
    return letter, {"": 0, "+1": 1, "-1": -1}[shift]


def _plain(iterate: str) -> str:
    r"""The reader's name of the iterate's letter: ``\mathbf{x}_{k+1}`` → ``x``, ``\theta^{(t)}`` → ``theta``."""
    m = _LEFT.match(iterate)
    name = m.group("name") if m else iterate
    inner = re.sub(r"^\\(?:mathbf|boldsymbol|bm|vec|hat|tilde|bar)\s*\{\s*(.*?)\s*\}$", r"\1", name)
    inner = re.sub(r"^\\(?:hat|tilde|bar)\s*(\\[A-Za-z]+)$", r"\1", inner)
    return inner.lstrip("\\")


def is_update_rule(left: str, right: str) -> tuple[str, str] | None:
    r"""``(new, old)`` (the iterates as written) when ``left = right`` is an update rule: ``left`` is one
    name at the index ``k+1`` (or ``k``) and ``right`` writes that name at the index one lower; else None."""
    m = _LEFT.match(left)
    if m is None:
        return None
    letter, shift = _index(m)
    name = m.group("name")
    # a command starts a token wherever it is written (\alpha_t\bar\alpha_{t-1}); a letter only after no letter
    # (\alpha_t is not the \alpha under \bar\alpha_{t-1}: an accent makes another name)
    before = r"(?<!bar)(?<!hat)(?<!tilde)(?<!\{)" if name.startswith("\\") else r"(?<![A-Za-z\\])"
    uses = re.finditer(rf"{before}{re.escape(name)}(?![A-Za-z])\s*{_INDEX}", right)
    for u in uses:
        if _index(u) == (letter, shift - 1):
            return left.strip(), u.group(0)
    return None


def update_rule(r: StepResult, left: str, right: str, first: bool) -> StepResult:
    """``r``, or SKIPPED when it is the FAILED first link of an update rule (:func:`is_update_rule`)."""
    if not first or r.verdict is not Verdict.FAILED:
        return r
    found = is_update_rule(left, right)
    if found is None or f"inferred {_plain(found[0])}: a vector" not in (r.message or ""):
        return r  # not an update, or the name is not an undefined array (the notes define the sequence)
    why = UPDATE_RULE.format(new=found[0], old=found[1])
    message = "; ".join(x for x in (why, r.message) if x)
    return replace(r, verdict=Verdict.SKIPPED, counterexample=None, curve=None, message=message)


def iterate_algebra(steps: list[StepResult], latexes: list[str]) -> list[StepResult]:
    """``steps`` of a chain whose first link is an update rule (``latexes``: its members, each link member
    to member), with each later FAILED link that read the iterates as entries of one vector SKIPPED: the
    algebra of ``\\mathbf{w}_{k+1} = \\mathbf{w}_k - \\eta(\\ldots) = \\ldots`` is about a vector w_k."""
    if len(latexes) < 3 or (found := is_update_rule(latexes[0], latexes[1])) is None:
        return steps
    if not re.match(r"\s*\\(?:mathbf|boldsymbol|bm|vec)\b", found[0]):
        return steps  # x_{k+1} = x_k - …: entries of one vector, each its own scalar recurrence: read as written
    name = _plain(found[0])
    why = ITERATE_ENTRIES.format(new=found[0], old=found[1], name=name)
    return [replace(r, verdict=Verdict.SKIPPED, counterexample=None, curve=None, message=f"{why}; {r.message}")
            if k > 0 and r.verdict is Verdict.FAILED and f"inferred {name}: a vector" in (r.message or "")
            and "written with a subscript" in (r.message or "") else r
            for k, r in enumerate(steps)]  # fmt: skip
