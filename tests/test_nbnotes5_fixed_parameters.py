r"""A probability written with and without the parameters the prose holds fixed (documents.fixedparams).

Maximum-likelihood notes write ``\mathcal{L}(\theta|t,z) = P(t|z,\theta)``, say the parameters are held
fixed ("which we write $P(t|z)$ for fixed $\theta$"), define ``P(t|z)`` and go on with the log-likelihood.
The examples are written for these tests.
"""

from __future__ import annotations

import sympy as sp

from verifier.documents.check import check_text
from verifier.documents.fixedparams import fixed_parameters, names_a_quantity
from verifier.engine import Settings
from verifier.latex import parse_latex

FAST = Settings(points=30)

_NOTES = r"""
The likelihood of the labels is $\mathcal{L}(\theta|t,z) = P(t|z,\theta)$SAID. With $y_i = \sigma(z_i)$:

$$ P(t|z) = \prod_{i=1}^{n} y_i^{t_i} (1 - y_i)^{1-t_i} $$

The log-likelihood is

$$ CLAIM $$
"""

_TRUE = r"\log \mathcal{L}(\theta|t,z) = \sum_{i=1}^{n} \left[ t_i \log(y_i) + (1-t_i) \log(1 - y_i) \right]"
_SAID = r", which we write $P(t|z)$ for fixed $\theta$"


def _step(claim: str, said: str = _SAID) -> tuple[str, str]:
    check = check_text(_NOTES.replace("SAID", said).replace("CLAIM", claim), "t.md", FAST)
    first, *rest = [s for c in check.chains for s in c.result.steps]
    assert first.lhs_latex == "P(t|z)" and "defines" in first.message  # the notes' definition, not a claim
    assert len(rest) == 1
    return rest[0].verdict.value, rest[0].message


def test_the_likelihood_is_read_through_the_probability_without_the_fixed_parameters() -> None:
    verdict, message = _step(_TRUE)
    assert verdict in ("PROVED", "PASSED"), message


def test_a_wrong_log_likelihood_is_failed() -> None:
    verdict, message = _step(_TRUE.replace(r"(1-t_i) \log(1 - y_i)", r"t_i \log(1 - y_i)"))
    assert verdict == "FAILED", message


def test_the_parameter_written_is_reported_with_the_step() -> None:
    verdict, message = _step(_TRUE.replace(r"\mathcal{L}(\theta|t,z)", r"P(t|z,\theta)"))
    assert verdict in ("PROVED", "PASSED"), message
    assert "P(t|z,theta) read as the notes' P(t|z)" in message and "holds theta fixed" in message


def test_without_the_prose_holding_the_parameters_fixed_the_step_is_not_checked() -> None:
    verdict, message = _step(_TRUE, said="")
    assert verdict == "SKIPPED", message


def test_the_names_the_prose_holds_fixed() -> None:
    def parse(src: str) -> sp.Basic:
        return parse_latex(src)

    assert fixed_parameters(r"written $P(t|z)$ for fixed $\theta$", parse) == {"theta"}
    assert fixed_parameters(r"is fixed for a given $w$", parse) == {"w"}
    assert fixed_parameters(r"the probability $P(y|x) = q$ is fixed for a given $w$", parse) == {"w"}
    assert fixed_parameters(r"the probability of $y$ for a given $x$", parse) == set()  # the input, not fixed
    assert fixed_parameters(r"where $\theta$ is held fixed", parse) == {"theta"}
    assert fixed_parameters(r"for every $\theta$ the loss is convex", parse) == set()


def test_an_equation_between_two_named_conditionals_names_one_of_them() -> None:
    assert names_a_quantity(sp.Symbol("Lcal(theta|t,z)"), sp.Symbol("P(t|z,theta)"))
    assert not names_a_quantity(sp.Symbol("y"), sp.Symbol("t"))  # y = t: a case, not a definition


def test_no_conditioning_name_left_is_no_alias() -> None:
    notes = r"""
We hold $\theta$ fixed: $\theta$ is fixed. The prior is

$$ P(t) = \frac{1}{2} $$

$$ P(t|\theta) = \frac{1}{3} $$
"""
    check = check_text(notes, "t.md", FAST)
    verdicts = [s.verdict.value for c in check.chains for s in c.result.steps]
    assert "PROVED" not in verdicts and "FAILED" not in verdicts


def test_a_parameter_after_a_semicolon_is_dropped_too() -> None:
    notes = r"""
We write $\ell(\theta) = p(y|x;\theta)$, and $p(y|x)$ for fixed $\theta$:

$$ p(y|x) = \sigma(x)^y (1-\sigma(x))^{1-y} $$

$$ \log \ell(\theta) = y \log \sigma(x) + (1-y) \log(1 - \sigma(x)) $$

$$ \log \ell(\theta) = y \log \sigma(x) + y \log(1 - \sigma(x)) $$
"""
    check = check_text(notes, "t.md", FAST)
    verdicts = [s.verdict.value for c in check.chains for s in c.result.steps]
    assert verdicts[:2] == ["SKIPPED", "PROVED"]
    assert verdicts[2] not in ("PROVED", "PASSED")  # θ on one side only: SKIPPED by the one-side doubt


def _verdicts(notes: str) -> list[str]:
    check = check_text(notes, "t.md", FAST)
    return [s.verdict.value for c in check.chains for s in c.result.steps]


_ORDER = r"""
We write $P(t|KEPT)$ for fixed $FIXED$.

$$ P(t|KEPT) = \sigma(KEPT) $$

$$ P(t|z,x) + P(t|KEPT) = 2 \sigma(KEPT) $$
"""


def test_a_fixed_name_before_a_kept_one_is_not_dropped() -> None:
    assert _verdicts(_ORDER.replace("KEPT", "z").replace("FIXED", "x"))[-1] == "PROVED"  # x last: a parameter
    assert _verdicts(_ORDER.replace("KEPT", "x").replace("FIXED", "z"))[-1] == "SKIPPED"  # z first: not one
