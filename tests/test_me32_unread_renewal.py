r"""A name the notes define anew in a form the checker cannot read is not read by its old definition.

"$\ell(z) = -y\log\sigma(z) - …$ … Poisson regression: $\ell(z) = \lambda - y\log\lambda + \log y^\dagger$, so
$\frac{d\ell}{dz} = e^z - y$": the second definition of ℓ is not read (a notation the grammar does not know),
and the derivative after it was read with the first ℓ and FAILED — a false alarm (the notes moved on to
another loss). From an unread renewal on, the old definition is set aside (documents.unreadrenewal): the step
is SKIPPED naming the line; before it, and where the renewal is read, the old and new readings are unchanged."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = ("Let $\\ell(z) = z^2$, so $\\frac{{d\\ell}}{{dz}} = 2z$.\n\n"
          "Now another loss: $\\ell(z) = {BODY}$, so\n$$\\frac{{d\\ell}}{{dz}} = {DERIV}$$\n")


def test_an_unread_renewal_sets_the_old_definition_aside() -> None:
    steps = doc_steps(_NOTES.format(BODY="e^z + y^\\dagger", DERIV="e^z"))
    assert steps[0].verdict is Verdict.PROVED, steps[0].message
    last = steps[-1]
    assert last.verdict is Verdict.SKIPPED, last.message
    assert "line 3" in last.message and "not read" in last.message, last.message


def test_a_read_renewal_is_still_checked() -> None:
    right = doc_steps(_NOTES.format(BODY="e^z + y", DERIV="e^z"))
    assert right[-1].verdict is Verdict.PROVED, right[-1].message
    wrong = doc_steps(_NOTES.format(BODY="e^z + y", DERIV="2e^z"))
    assert wrong[-1].verdict is Verdict.FAILED, wrong[-1].message


def test_a_step_before_the_unread_renewal_keeps_the_old_definition() -> None:
    steps = doc_steps("Let $\\ell(z) = z^2$, so\n$$\\frac{d\\ell}{dz} = 3z$$\n\n"
                      "Now another loss: $\\ell(z) = e^z + y^\\dagger$.\n")
    assert steps[0].verdict is Verdict.FAILED, steps[0].message


def test_a_value_at_a_point_not_read_is_no_renewal() -> None:
    # review32b: "f(0) = \text{the intercept}" gives f's value at one point in words; it does not define f
    # anew, and the definition before it still reads the lines after it (a wrong f(1) FAILED, not SKIPPED).
    steps = doc_steps("Let $f(x) = x^3 + 2x$.\n\nAt the origin, $f(0) = \\text{the intercept}$.\n\n"
                      "So $f'(x) = 3x^2 + 2$.\n\nAlso $f(1) = 4$.\n")
    assert steps[-2].verdict is Verdict.PROVED, steps[-2].message
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message


def test_an_entry_at_a_number_not_read_keeps_the_other_entries() -> None:
    # review32b: "$w_1 = \text{the old value}$" set aside w_2's definition too (both keys are w's)
    steps = doc_steps("Let $w_1 = x^2$ and $w_2 = x^3$.\n\nReset the first: $w_1 = \\text{the old value}$.\n\n"
                      "Then $\\frac{d w_2}{dx} = 2x^2$.\n")
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message

