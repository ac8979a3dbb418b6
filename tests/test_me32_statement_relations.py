r"""A chain's statement shows the relations the notes wrote, not ``=`` between every member.

"$\ell''(p) = -\frac{k}{p^2} - \frac{n-k}{(1-p)^2} < 0$" was reported as "… = 0" and "$w \leftarrow w - \eta g =
(1-\eta\lambda)w$" as "w = w - …": a report that misquotes the line it points at. Examples written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

FAST = Settings(points=20)


def _statements(text: str) -> list[str]:
    return [c.result.statement for c in check_text(text, "t.md", FAST).chains]


def test_non_equalities_and_assignments_are_quoted_as_written() -> None:
    assert _statements("$$f(p) = -p^2 - 1 < 0$$\n") == ["f(p) = -p^2 - 1 < 0"]
    assert _statements("$$w \\leftarrow w - \\eta g = (1 - \\eta) w$$\n") == [
        "w \\leftarrow w - \\eta g = (1 - \\eta) w"
    ]
    assert _statements("$$a := b + c = c + b \\approx 3$$\n") == ["a := b + c = c + b \\approx 3"]


def test_equalities_are_joined_as_before() -> None:
    assert _statements("$$x^2 - 1 = (x - 1)(x + 1)$$\n") == ["x^2 - 1 = (x - 1)(x + 1)"]
