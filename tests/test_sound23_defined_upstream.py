r"""An upstream gradient held fixed where the notes define the loss (sound23; review33b found it).

With ``L = \tfrac12\|O - Y\|_F^2``, ``O = AV`` and ``G = \partial L/\partial O`` defined, ``\frac{\partial}{\partial V}
\operatorname{tr}(G^\top A V) = A^\top G`` was PROVED by the direct-partials reading (G held fixed); literally
G = AV − Y moves with V. Holding G fixed is backpropagation's reading only where the loss is left unspecified;
where it is defined the notes rule it out, and the step is SKIPPED with the reason
(documents.paths.defined_upstream)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

SETUP = ("# Backward\n\nLet $A \\in \\mathbb{R}^{n \\times m}$, $V \\in \\mathbb{R}^{m \\times k}$ and "
         "$Y \\in \\mathbb{R}^{n \\times k}$.\n")
CLAIM = "\n$$\\frac{\\partial}{\\partial V} \\operatorname{tr}(G^\\top A V) = A^\\top G$$\n"


def test_a_gradient_of_a_defined_loss_is_not_held_fixed() -> None:
    steps = doc_steps(SETUP + "The output is $O = AV$ and the loss is $L = \\tfrac12\\|O - Y\\|_F^2$. "
                      "Write $G = \\frac{\\partial L}{\\partial O}$.\n" + CLAIM)
    assert [s.verdict for s in steps] == [Verdict.SKIPPED], [s.message for s in steps]
    assert "define L" in steps[0].message


def test_a_gradient_of_an_unspecified_loss_is_held_as_backpropagation_does() -> None:
    steps = doc_steps(SETUP + "The output is $O = AV$, and $G = \\frac{\\partial L}{\\partial O}$ is the gradient "
                      "of the loss with respect to it.\n" + CLAIM)
    assert [s.verdict for s in steps] == [Verdict.PROVED], [s.message for s in steps]


def test_a_wrong_step_with_the_loss_defined_is_not_green() -> None:
    steps = doc_steps(SETUP + "The output is $O = AV$ and the loss is $L = \\tfrac12\\|O - Y\\|_F^2$. "
                      "Write $G = \\frac{\\partial L}{\\partial O}$.\n"
                      "\n$$\\frac{\\partial}{\\partial V} \\operatorname{tr}(G^\\top A V) = A G$$\n")
    assert steps[0].verdict not in (Verdict.PROVED, Verdict.PASSED), steps[0].message
