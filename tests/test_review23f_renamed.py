r"""review23f: the table of claims proved at one index assignment (documents.renamed) must never take a
proof for another instance, even when the first one was freed and the second one got its address."""

from __future__ import annotations

import sympy as sp

from verifier.documents.instances import Instance
from verifier.documents.renamed import Proofs
from verifier.results import StepResult, Verdict


def test_a_proof_is_not_taken_by_an_instance_at_a_freed_instances_address() -> None:
    # p_1 + p_2 = 1 holds for a simplex p at n = 2 and not at n = 3: the same members, two instances
    p1, p2 = sp.symbols("p1 p2")
    members = (p1 + p2, sp.Integer(1))
    at2 = ({("n", ()): 2}, {}, frozenset(), {})
    at3 = [({("n", ()): 3}, {}, frozenset(), {}) for _ in range(20)]
    proved = StepResult(index=1, lhs="", rhs="", lhs_latex="", rhs_latex="", verdict=Verdict.PROVED)
    proofs, later = Proofs(), []
    first = Instance(*at2)
    proofs.keep(proofs.key(first, {"i": 1}, members, frozenset()), [proved])
    del first  # freed at once (no cycle): CPython hands its address to the next instance of its size
    for args in at3:
        later.append(Instance(*args))
    keys = [proofs.key(other, {"i": 1}, members, frozenset()) for other in later]
    assert all(proofs.taken_for(k, {"n": 3, "i": 1}) is None for k in keys)
