r"""A name defined through another (``\eta = \log\lambda``) whose value a later line names as a derivative
(``A'(\eta) = e^{\eta} = \lambda``) is a loop of two definitions, and the check that asks whether the later
one is the earlier solved back put ``\log\lambda`` in for ``\eta`` inside ``d/d\eta``: SymPy refused
("Can't calculate derivative wrt log(lambda)") and every later chain of the notes was an ERROR (fresh56's
Poisson cumulants: nineteen steps). A body that cannot take the other's value there is no restatement.
Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = """# A Poisson family

With the natural parameter $\\eta = \\log \\lambda$ the log-partition is $A(\\eta) = e^{\\eta}$.

$$
A'(\\eta) = e^{\\eta} = \\lambda
$$

$$
\\frac{d}{dt} \\lambda (e^{t} - 1) = {rhs}
$$
"""


@pytest.mark.parametrize(("rhs", "verdicts"), [("\\lambda e^{t}", {Verdict.PROVED}),
                                               ("\\lambda^2 e^{t}", {Verdict.FAILED, Verdict.SKIPPED})])  # fmt: skip
def test_the_chains_after_the_loop_are_checked(rhs: str, verdicts: set[Verdict]) -> None:
    steps = doc_steps(_NOTES.replace("{rhs}", rhs))
    assert Verdict.ERROR not in {s.verdict for s in steps}, [s.message for s in steps]
    assert steps[-1].verdict in verdicts, steps[-1].message
