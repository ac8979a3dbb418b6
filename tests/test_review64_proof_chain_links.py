r"""A chain proves an announced claim only where its links run from one member to the other (review64, on ctx64).

documents.provedlater gives a SKIPPED claim announced with "show that" the verdict of a later chain "every link of
which is green and that runs from one member to the other". It checked the chain's first left member and last right
member only: green steps ``\sqrt{x^2} = |x|`` and ``2x - x = x`` (no link from |x| to 2x - x) took the announced
``\sqrt{x^2} = x``, false for x < 0, to PROVED. The document reader builds chains member by member today, so this is
a guard on the post-pass's own rule, with the records written here.
"""

from __future__ import annotations

from types import SimpleNamespace

import sympy as sp

from verifier.documents.members import _Chain, _Member, _Step
from verifier.documents.provedlater import on_proved_later
from verifier.documents.records import CheckedChain
from verifier.results import IdentityResult, StepResult, Verdict

_LINES = ["# A claim", "", r"It remains to show that $\sqrt{x^2} = x$.", "", "We have", "", "$$…$$"]


def _checked(line: int, steps: list[tuple[str, str, Verdict]]) -> tuple[_Chain, CheckedChain]:
    members = [_Member(lhs, line) for lhs, _, _ in steps] + [_Member(steps[-1][1], line)]
    chain = _Chain(line, members, [_Step(k + 1, k, k + 1, None, line) for k in range(len(steps))])
    results = tuple(StepResult(k + 1, lhs, rhs, lhs, rhs, v, message="" if v is Verdict.PROVED else "held back")
                    for k, (lhs, rhs, v) in enumerate(steps))  # fmt: skip
    worst = Verdict.SKIPPED if any(s.verdict is Verdict.SKIPPED for s in results) else Verdict.PROVED
    result = IdentityResult(f"note.md:{line}", "", "", worst, steps=results, kind="document-step")
    return chain, CheckedChain(result, [line] * len(steps), [True] * len(steps))


def _announced_after(proof: list[tuple[str, str, Verdict]]) -> Verdict:
    first, a = _checked(3, [(r"\sqrt{x^2}", "x", Verdict.SKIPPED)])
    second, b = _checked(7, proof)
    out = on_proved_later([first, second], [a, b], lambda c: "It remains to show that " if c.line == 3 else "",
                          _LINES, lambda src: sp.Symbol("x"), [], lambda line: SimpleNamespace(names={}))  # fmt: skip
    return out[0].result.steps[0].verdict


def test_green_steps_that_do_not_link_prove_nothing() -> None:
    proof = [(r"\sqrt{x^2}", "|x|", Verdict.PROVED), ("2x - x", "x", Verdict.PROVED)]
    assert _announced_after(proof) is Verdict.SKIPPED


def test_a_linked_green_chain_proves_the_claim() -> None:
    proof = [(r"\sqrt{x^2}", "|x|", Verdict.PROVED), ("|x|", "x", Verdict.PROVED)]
    assert _announced_after(proof) is Verdict.PROVED
