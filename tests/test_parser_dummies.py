r"""The parser's own bound variables (``\sigma'(2x)`` is dσ(u)/du at u = 2x) are never names of the
notes: not inferred, not "on one side only" (:meth:`verifier.documents.infer._Inference.walk`)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def test_a_dropped_factor_after_a_derivative_at_a_point_is_failed():
    (step,) = doc_steps(r"$$4\sigma'(2x) = 2\sigma(2x)(1-\sigma(2x))$$")
    assert step.verdict is Verdict.FAILED


def test_the_derivative_variable_is_not_reported_as_a_name():
    (step,) = doc_steps(r"$$4\sigma'(2x) = 4\sigma(2x)(1-\sigma(2x))$$")
    assert step.verdict is Verdict.PROVED
    assert "inferred u" not in step.message
