r"""``w' = w - \eta \frac{\partial L}{\partial w}``: the updated weight, not a derivative (documents.primenames).

A lower-case letter written primed and unprimed on one line is read as two quantities (the new weight beside the
old) only on a line that writes no derivative: beside ``\partial`` the prime is taken for a derivative (the product
rule's ``(uv)' = u'v + uv'``). So the gradient step written with its gradient, ``w' = w - \eta \frac{\partial
L}{\partial w}``, read ``w'`` as Derivative(w, w): its first link was SKIPPED for a wrong reason ("eta appear(s) on
one side only") and the lines after it could not use the new weight. A display row that *starts* with the update
head ``w' = w ±`` (the primed letter alone, then the same letter unprimed and a sign) writes the new value whatever
else the line holds; the prime is a name there, and the head defines it for the lines after it (gaps41).
"""

from __future__ import annotations

from support import doc_steps, verdicts_by_line

from verifier.documents.primenames import quantity_primes

_LOSS = "The loss is $L = \\frac{1}{2}(w x - y)^2$. One gradient step with learning rate $\\eta$ gives\n\n"


def test_the_update_head_beside_a_derivative_is_a_name() -> None:
    assert "w" in quantity_primes("$$ w' = w - \\eta \\frac{\\partial L}{\\partial w} $$")
    assert "\\theta" in quantity_primes("$$\\theta' = \\theta - \\alpha \\nabla_\\theta J$$")


def test_the_update_is_a_definition_and_its_gradient_link_is_checked() -> None:
    text = _LOSS + "$$ w' = w - \\eta \\frac{\\partial L}{\\partial w} = w - \\eta (w x - y) x $$\n"
    first = doc_steps(text)[0]
    assert first.message.startswith("defines wprime"), first.message  # not Derivative(w, w) with η "one side only"
    lines = verdicts_by_line(text)
    assert lines[3] == ["SKIPPED", "PROVED"], lines
    wrong = verdicts_by_line(text.replace("(w x - y) x $$", "(w x - y) $$"))
    assert wrong[3] == ["SKIPPED", "FAILED"], wrong


def test_the_new_weight_is_used_by_the_lines_after_it() -> None:
    text = (_LOSS + "$$ w' = w - \\eta \\frac{\\partial L}{\\partial w} = w - \\eta (w x - y) x $$\n\n"
            "The new prediction is\n\n$$ w' x = w x - \\eta (w x - y) x^2 $$\n")
    lines = verdicts_by_line(text)
    assert lines[7] == ["PROVED"], lines
    wrong = verdicts_by_line(text.replace("- \\eta (w x - y) x^2 $$", "- \\eta (w x - y) x $$"))
    assert wrong[7] != ["PROVED"] and wrong[7] != ["PASSED"], wrong  # (names the notes never define: the
    # "equation between undeclared quantities" policy keeps it SKIPPED, never green)


def test_a_derivative_prime_beside_a_derivative_stays_a_derivative() -> None:
    # y' = y(1 - y) is no update head (no sign after the unprimed letter); (uv)' = u'v + uv' neither
    assert "y" not in quantity_primes("$$ y' = y(1 - y) = \\frac{d y}{d x} $$")
    assert not quantity_primes("$$ (u v)' = u' v + u v' = \\frac{d}{dx}(uv) $$")
    assert "u" not in quantity_primes("$$ u' = \\frac{\\partial u}{\\partial x} + u $$")
