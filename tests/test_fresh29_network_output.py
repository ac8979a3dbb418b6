r"""A name defined as a network's output, ``$\hat e = e_\phi(u, s)$``, with ``e`` itself a noise variable.

DDIM notes write "the noise prediction $\hat\epsilon = \epsilon_\theta(x_t, t)$" where ``\epsilon`` is also the
true noise, a variable: the definition calls a name that is no function, and every later line writing
``\hat\epsilon`` stopped on "function epsilon is not defined" (SKIPPED, a wrong coefficient in the DDIM
update left unchecked in the fresh29 probes). That message says the definition does not fit the line, like
the other clash messages (documents.misfits): the line is read again without it, ``\hat\epsilon`` a name."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTE = ("# One step\n\n"
         "Noising gives $x_t = \\sqrt{{g_t}}\\, x_0 + \\sqrt{{1 - g_t}}\\, e$ "
         "with $e \\sim \\mathcal{{N}}(0, 1)$, and the network "
         "predicts the noise, $\\hat e = e_\\phi(x_t, t)$.\n\n"
         "$$\\sqrt{{g_{{t-1}}}}\\,\\frac{{x_t - \\sqrt{{1 - g_t}}\\,\\hat e}}{{\\sqrt{{g_t}}}} "
         "+ \\sqrt{{1 - g_{{t-1}}}}\\,\\hat e = "
         "\\sqrt{{\\frac{{g_{{t-1}}}}{{g_t}}}}\\, x_t + \\left(\\sqrt{{1 - g_{{t-1}}}} - {right}\\right)\\hat e$$\n")


def test_the_update_written_with_the_prediction_is_proved() -> None:
    steps = doc_steps(_NOTE.format(right="\\sqrt{\\frac{g_{t-1}(1 - g_t)}{g_t}}"))
    assert steps[-1].verdict in (Verdict.PROVED, Verdict.PASSED), steps[-1].message


def test_a_wrong_coefficient_is_failed() -> None:
    steps = doc_steps(_NOTE.format(right="\\sqrt{\\frac{1 - g_t}{g_t}}"))
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message
