r"""A chain that writes a defined name again, and the definitions a chain's reading set aside.

Notes restate: ``L = \frac{1}{n}\sum_i \ell_i`` in one section, ``L = \frac{1}{n}\|X w - y\|^2`` further
on. The first step of such a chain is checked against the notes' earlier definition and said so; where
it does not hold there, it is a new definition (used by the lines after it), never FAILED: which of the
two the author meant is not written — unless the prose says it: "Expanding," (simplifying, rearranging,
multiplying out, substituting, in matrix form …) just before a restatement a few lines after the
definition says the same quantity rewritten, and a rewriting that does not hold is the mistake. Each
step also says which of the notes' definitions of its names were set aside to read it
(:mod:`verifier.documents.scoping`), so a reader sees what it was read with. This module
owns those two reports on a chain's results (the checker's last word on them)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import sympy as sp

from verifier.documents.claimplace import before_claim
from verifier.documents.context import Definition, Key, Scope, display_key
from verifier.documents.infer import names_in
from verifier.documents.members import _Chain, _Step, member_trees
from verifier.documents.sentences import SENTENCE_END_OR_DISPLAY
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

# the words that say a formula is the one above rewritten, not a new quantity (at the end of the prose
# just before the restatement: "Expanding,", "Simplifying the square, we get", "In matrix form,")
_REWRITTEN = re.compile(
    r"\b(?:expand(?:ing|ed)?|simplif(?:y|ying|ied)|rearrang(?:e|ing|ed)|multiply(?:ing)? out|substitut(?:e|ing)|"
    r"plugging|collecting|factori[sz]ing|in (?:matrix|vector) (?:form|notation)|equivalently)\b[^.;$]*$",
    re.IGNORECASE,
)
# … or that it follows from what came before, the same quantity derived: a word of consequence opening the last
# sentence ("… $1 - \Phi(-z) = \Phi(z)$. Hence", gaps54: fresh36's expected improvement); not after a value set in
# the same sentence ("Setting $b = 0$, hence": a special case, a new formula)
_CONSEQUENCE = re.compile(
    r"(?:^|[.;:!?]\s+|\n\s*)(?:hence|therefore|thus|consequently|it follows that)\b[^.;$]*$", re.IGNORECASE)
# … unless they say the quantity changes or deny the rewriting: "Substituting the absolute loss for the squared
# loss,", "Rather than expanding, we switch to", "Replacing the square by …"
_NEW = re.compile(
    r"\b(?:let|define|defining|denote|consider|instead|now|new|suppose|rather|without|not|switch\w*|replac\w*|"
    r"another|different|alternative|chang\w*)\b|\bsubstitut\w*\b[^.;$]*\bfor\b",
    re.IGNORECASE,
)
# … or that it is an approximation written with "=" ("For small $w$ the square is negligible. Hence, to first order,"):
# not the quantity rewritten exactly, anywhere in the prose just before (sound55)
_APPROXIMATE = re.compile(
    r"\b(?:approximat\w*|roughly|(?:first|second|leading|lowest|higher)[- ]order|to\s+order|for\s+(?:small|large)|"
    r"negligible|neglect\w*|ignor\w*|drop\w*|truncat\w*|asymptotic\w*|in\s+the\s+limit|linearis\w*|linearize\w*)\b",
    re.IGNORECASE,
)
#: the words a FAILED rewriting's message opens with (documents.disagreeing finds it by them)
REWRITES = "the prose says it rewrites"
NEAR = 12  # lines: a rewriting follows its definition closely; further on the name may mean something new


def rewritten(lead_in: str, chain_line: int, definition_line: int) -> bool:
    """Whether the prose just before a restatement (``lead_in``, the text between the last formula and
    the chain) says it is the definition at ``definition_line`` rewritten."""
    tail = lead_in[-120:]
    # the sentence that says so, not an earlier one ("… define the residual $r = y - Xw$. … Expanding, $r = …$")
    sentence = SENTENCE_END_OR_DISPLAY.split(tail)[-1]
    said = _REWRITTEN.search(tail) or _CONSEQUENCE.search(tail)
    return (chain_line - definition_line <= NEAR and bool(said) and not _NEW.search(sentence)
            and not _APPROXIMATE.search(tail))


def _binds_what_it_writes(chain: _Chain, scope: Scope, key: Key, parse: Callable[[str], sp.Basic] | None) -> bool:
    """Does the restatement's first step write, outside the restated name, a name the definition of ``key`` only binds
    (the t of ``L = \\int_0^1 (w - t)^2\\,dt``)? The defined quantity does not depend on it, so the restatement is
    another quantity under the same name ("Hence, per sample, $L = (w - t)^2$", sound55)."""
    entry = scope.names.get(key)
    if parse is None or not isinstance(entry, Definition) or not entry.body or not chain.steps:
        return False
    try:
        body = parse(entry.body)
    except LatexError:
        return False
    # the variables of its integrals, sums and products (not an indexed family's base, no free Symbol either)
    bound = {str(lim[0]) for node in sp.preorder_traversal(body) if isinstance(node, sp.Integral | sp.Sum | sp.Product)
             for lim in node.limits} - {str(s) for s in body.free_symbols} - set(entry.params)
    step = chain.steps[0]
    written: set[str] = set()
    for i in (step.left, step.right):
        p = chain.members[i].parsed
        if p is not None:
            written |= set().union(*(names_in(t) for t in member_trees(p)))
    return bool(bound & written)


def restatement_results(chain: _Chain, scope: Scope, steps: list[StepResult], lead_in: str = "",
                        parse: Callable[[str], sp.Basic] | None = None) -> list[StepResult]:
    """Say with each step which of the notes' definitions of its names were set aside (a name
    inferred says it in its own reading). And the first step of a chain that writes ``L = …``
    again: PROVED/PASSED against the notes' earlier definition (said with the step), otherwise
    a new definition, never FAILED (which of the two the author meant is not written) — unless
    ``lead_in``, the prose just before the chain, says it is that definition rewritten."""
    if scope.set_aside:
        steps = [_with_set_aside(chain, scope, s, r) for s, r in zip(chain.steps, steps, strict=True)]
    if chain.restates is None or not steps:
        return steps
    key, line = chain.restates
    first = steps[0]
    if chain.inline and chain.members:  # "Expanding, $r = Xw - y$, and so": the prose up to it (inlinerestated)
        cut = lead_in.rfind("\n") + 1  # its own line ends the prose: cut at its place there (claimplace)
        before = before_claim(lead_in[cut:], chain, "last")
        lead_in = lead_in[:cut] + before if before is not None else lead_in
    earlier = f"the notes' definition of {display_key(key)} at line {line}"
    if first.verdict in (Verdict.PROVED, Verdict.PASSED):
        note = f"checked against {earlier}"
        return [replace(first, message="; ".join(x for x in (note, first.message) if x)), *steps[1:]]
    if first.verdict == Verdict.FAILED and rewritten(lead_in, chain.line, line) and \
            not _binds_what_it_writes(chain, scope, key, parse):  # fmt: skip
        note = f"{REWRITES} {earlier}, and it does not hold there"
        return [replace(first, message="; ".join(x for x in (note, first.message) if x)), *steps[1:]]
    why = (
        f"defines {display_key(key)} anew (used by the lines after it): read with {earlier} it does "
        f"not hold or cannot be checked (a new meaning, or a mistake in one of the two); {first.message}"
    )
    return [replace(first, verdict=Verdict.SKIPPED, message=why), *steps[1:]]

def _with_set_aside(chain: _Chain, scope: Scope, step: _Step, r: StepResult) -> StepResult:
    used: set[str] = set()
    for i in (step.left, step.right):
        p = chain.members[i].parsed
        if p is not None:
            used |= set().union(*(names_in(t) for t in member_trees(p)))
    notes = [why for key, why in scope.set_aside.items() if key[0] in used and key not in scope.inferred]
    if not notes:
        return r
    return replace(r, message="; ".join(x for x in (r.message, "read: " + "; ".join(notes)) if x))
