r"""A sentence that contrasts a letter with a named function, "Unlike the logistic function, $g(z)$
here is the hyperbolic tangent", does not say the letter is that function: read as the logistic, the
right tanh derivative after it was FAILED (documents.prosefunctions)."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.prosefunctions import prose_functions
from verifier.results import Verdict


def _named(text: str) -> dict[str, str]:
    return {d.key[0]: d.builtin for d in prose_functions(text + "\n$$g(z) = 1$$\n")}


def test_a_contrast_before_the_named_function_names_nothing():
    assert _named(r"Unlike the logistic function, $g(z)$ here is the hyperbolic tangent.") == {}
    assert _named(r"Instead of the sigmoid function $g(z)$ we use a ReLU.") == {}
    assert _named(r"We replace the logistic function $g$ by a tanh.") == {}
    assert _named(r"Rather than the softmax function $g$, take the max.") == {}


def test_the_plain_sentence_still_names_it():
    assert _named(r"Here the logistic function $g(z)$ squashes its input.") == {"g": "logistic"}
    assert _named(r"Unlike before. We use the logistic function, $g(z)$, as the link.") == {"g": "logistic"}


def test_the_tanh_derivative_after_a_contrast_is_not_failed():
    steps = doc_steps(
        "Unlike the logistic function, $g(z)$ here is the hyperbolic tangent.\n\n$$g'(z) = 1 - g(z)^2$$\n"
    )
    assert steps[-1].verdict is not Verdict.FAILED, steps[-1].message
