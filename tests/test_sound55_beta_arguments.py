r"""``B(k, x)`` beside a Beta distribution is not its normaliser unless it is applied to the Beta's parameters
(sound55).

gaps54 reads B of two arguments as the Beta function in notes that name a Beta distribution, where B is never
bare nor defined. Notes that also use B for something of their own in words — "the spline basis functions
$B(k, x)$", "the bilinear form $B(u, v)$" — had its properties FAILED as Beta-function identities (false alarms).
Where the notes write the distribution's parameters (``\mathrm{Beta}(\alpha, \beta)``) and do not say "beta
function", B is the Beta function only if every call writes one of them (``B(\alpha + 1, \beta)``). Every note
is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.betaconvention import conventional_beta

_SPLINES = r"""
# Priors and splines

With a $\mathrm{Beta}(\alpha, \beta)$ prior the posterior is again a Beta distribution.

The spline basis functions $B(k, x)$ satisfy the recursion

$$B(k, x) = x\,B(k - 1, x) + (1 - x)\,B(k - 1, x - 1) .$$
"""


def test_a_basis_of_its_own_arguments_is_not_failed() -> None:
    step = doc_steps(_SPLINES)[-1]
    assert step.verdict.value != "FAILED", step.message


def test_calls_on_the_parameters_are_still_the_beta_function() -> None:
    text = (r"For $x \sim \mathrm{Beta}(\alpha, \beta)$, "
            r"$B(\alpha + 1, \beta) = B(\alpha, \beta)\frac{\alpha}{\alpha+\beta}$.")
    assert conventional_beta(text) == [(0, "B", "beta_function")]


def test_a_call_off_the_parameters_is_not() -> None:
    text = r"For $x \sim \mathrm{Beta}(\alpha, \beta)$ and the form $B(u, v)$, $B(u, v) = B(v, u)$."
    assert conventional_beta(text) == []


def test_the_beta_function_said_in_words_takes_any_arguments() -> None:
    text = r"A $\mathrm{Beta}(\alpha, \beta)$ prior; the beta function satisfies $B(x, y) = B(y, x)$."
    assert conventional_beta(text) == [(0, "B", "beta_function")]
