r"""``\text{ gives }``, ``\text{ yields }``, ``\text{ i.e. }`` between two equations of a display join them as
statements, as ``\text{then}`` and ``\text{so}`` do: the word is no factor of a member (sound46, latex.chains).

``y = 2x + 1 \quad \text{then } x = 3 \text{ gives } y = 7`` was read ``x = 3 \cdot gives \cdot y = 7`` — "defines x"
as a product with a name "gives", and the worked value a step over it. Every example is written here."""

from __future__ import annotations

from support import doc_steps


def _sides(body: str) -> list[str]:
    return [f"{s.lhs_latex} = {s.rhs_latex}" for s in doc_steps(body)]


def test_gives_is_no_factor_of_a_member() -> None:
    for word in ("gives", "yields", "giving", "i.e.", "thus", "we get"):
        body = f"$$y = 2x + 1 \\quad \\text{{then }} x = 3 \\text{{ {word} }} y = 7$$\n"
        sides = _sides(body)
        assert not any(word.split()[0] in side for side in sides), (word, sides)


def test_a_wrong_value_after_gives_is_not_green() -> None:
    body = "$$y = 2x + 1 \\quad \\text{then } x = 3 \\text{ gives } y = 8$$\n"
    assert all(s.verdict.name not in ("PROVED", "PASSED") for s in doc_steps(body) if "8" in s.rhs_latex)
