r"""An undefined function of two arguments is an arbitrary smooth function, as one of one argument is (lead51).

The Beta density writes its normaliser ``B(\alpha, \beta)`` without defining it; its score in x,
``\frac{d}{dx}\log p(x) = \frac{\alpha - 1}{x} - \frac{\beta - 1}{1 - x}``, holds whatever B is. Only functions of
one argument were made arbitrary (documents.infer), so the step was SKIPPED "function B is not defined". Read as
an arbitrary function of its arguments, the step holds (green); a step that says what B is — its symmetry,
``B(\alpha, \beta) = B(\beta, \alpha)``, or a ratio of two of its values — fails for an arbitrary function as it
must, and stays SKIPPED (documents.generic), never FAILED; a wrong score is never green.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

BETA = ("The Beta density on $(0, 1)$ is\n"
        "$$p(x) = \\frac{x^{\\alpha - 1}(1 - x)^{\\beta - 1}}{B(\\alpha, \\beta)}.$$\n\n"
        "Its score in $x$ does not involve the normaliser:\n"
        "$$\\frac{d}{dx}\\log p(x) = \\frac{\\alpha - 1}{x} SIGN \\frac{\\beta - 1}{1 - x}.$$\n")


def test_a_step_that_holds_for_every_normaliser_is_green() -> None:
    step = doc_steps(BETA.replace("SIGN", "-"))[-1]
    assert step.verdict in (Verdict.PROVED, Verdict.PASSED), step.message
    assert "arbitrary" in step.message


def test_a_wrong_score_is_never_green() -> None:
    step = doc_steps(BETA.replace("SIGN", "+"))[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_a_property_of_the_function_is_not_failed() -> None:
    for claim in (r"B(\alpha, \beta) = B(\beta, \alpha)",
                  r"\frac{B(\alpha + 1, \beta)}{B(\alpha, \beta)} = \frac{\alpha}{\alpha + \beta}"):
        step = doc_steps(f"The Beta function satisfies\n$${claim}.$$\n")[-1]
        assert step.verdict is not Verdict.FAILED, (claim, step.message)  # green as the Beta function (gaps54)


def test_the_resolvers_own_operators_are_never_arbitrary_functions() -> None:
    """``minor(A, i, j)`` (documents.statedentries writes it for "the minor of A") is the resolver's operator: made an
    arbitrary function of three arguments, the cofactor expansion of an inverse went from PROVED to SKIPPED."""
    from verifier.documents.inferevidence import KNOWN_FUNCTIONS
    from verifier.documents.operators import OPERATORS

    assert set(OPERATORS) <= KNOWN_FUNCTIONS


def test_a_named_operator_of_two_arguments_is_not_arbitrary() -> None:
    r"""``\hat\mu = \operatorname{atan2}(S, C)``: a named function the notes mean (atan2), not an arbitrary one — read
    as arbitrary, "$C\cos\hat\mu + S\sin\hat\mu = \sqrt{S^2 + C^2}$" was FAILED on a correct von Mises note."""
    notes = ("Let $S = \\sum_i \\sin x_i$ and $C = \\sum_i \\cos x_i$, and "
             "$\\hat\\mu = \\operatorname{atan2}(S, C)$.\n\n"
             "Then $$C \\cos\\hat\\mu + S \\sin\\hat\\mu = \\sqrt{S^2 + C^2}.$$\n")
    step = doc_steps(notes)[-1]
    assert step.verdict is not Verdict.FAILED, step.message
