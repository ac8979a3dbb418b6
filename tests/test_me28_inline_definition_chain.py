r"""An inline definition that goes on as a chain: ``$h(x) = 2(x+1) = 2x + 2$``.

A display chain's first link may define a name and the rest is checked; an inline one was dropped
whole when its first link was a definition, so ``$h_\theta(x) = g(\theta^T x) = \frac{1}{1 +
e^{\theta^T x}}$`` (a sign slip in the sigmoid) left the notes green with no step at all — silently,
which issue 8 forbids. Its first link is reported as the definition and the rest is checked. Values set
together ("Initialise $w = b = 0$") and conditions ("If $a = b = c$") stay prose. Examples written here."""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")


def _steps(body: str) -> list[tuple[str, str]]:
    return [(s.verdict.value, s.message) for s in doc_steps(body)]


def test_the_rest_of_an_inline_definition_chain_is_checked() -> None:
    right = _steps(r"Let $h(x) = 2(x+1) = 2x + 2$ be the map.")
    assert right[0][0] == "SKIPPED" and "defines h" in right[0][1]
    assert right[1][0] in GREEN
    wrong = _steps(r"Let $h(x) = 2(x+1) = 2x + 1$ be the map.")
    assert [v for v, _ in wrong] == ["SKIPPED", "FAILED"]


def test_a_wrong_sigmoid_written_out_after_a_hypothesis_is_failed() -> None:
    body = (r"Our hypothesis is $h_\theta(x) = g(\theta^T x) = \frac{1}{1 + e^{\theta^T x}}$, where "
            r"$g(z) = \frac{1}{1+e^{-z}}$ is the logistic function.")  # fmt: skip
    assert [v for v, _ in _steps(body)] == ["SKIPPED", "FAILED"]
    assert [v for v, _ in _steps(body.replace(r"e^{\theta^T x}", r"e^{-\theta^T x}"))][1] in GREEN


def test_values_set_together_and_conditions_are_no_chains() -> None:
    assert _steps("Initialise $w = b = 0$ and train.") == []
    assert _steps("If $a = b = c$ then all three are equal.") == []
