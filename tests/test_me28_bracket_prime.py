r"""``(x^2)' = 2x``, ``(\sigma(x))' = \sigma(x)(1-\sigma(x))``: a prime on a bracket differentiates by the
chain's only variable (issue 8 §3: "(…)' — the variable from the chain's left-hand side or its only free
variable"). Without a derivative written in the chain these were SKIPPED "a prime (…)' needs the
differentiation variable". With two letters (``(fg)' = f'g + fg'``) no variable is guessed. Examples
written here."""

from __future__ import annotations

from support import doc_steps

from verifier.latex.document import Chain, Member

GREEN = ("PROVED", "PASSED")


def _verdict(claim: str) -> tuple[str, str]:
    step = doc_steps(f"We have ${claim}$.\n")[0]
    return step.verdict.value, step.message


def test_a_primed_bracket_is_differentiated_by_the_only_variable() -> None:
    for claim in (r"(x^2)' = 2x", r"(\sigma(x))' = \sigma(x)(1-\sigma(x))", r"(e^{2x})' = 2e^{2x}"):
        verdict, message = _verdict(claim)
        assert verdict in GREEN, (claim, message)


def test_a_wrong_derivative_of_a_primed_bracket_is_failed() -> None:
    for claim in (r"(x^3)' = 2x^2", r"(\sigma(x))' = \sigma(x)(1+\sigma(x))"):
        verdict, message = _verdict(claim)
        assert verdict == "FAILED", (claim, message)


def test_no_variable_is_guessed_among_several_letters() -> None:
    chain = Chain("t.md", 1, [Member(r"(w x)'", 1), Member(r"x", 1)])
    assert chain.derivative_variable is None
    assert Chain("t.md", 1, [Member(r"(x^2)'", 1), Member(r"2x", 1)]).derivative_variable == "x"
