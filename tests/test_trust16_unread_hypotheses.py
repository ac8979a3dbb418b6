r"""trust16: a property the prose states and the checker does not read ("if $W$ is orthogonal", "assume $x$
is a unit vector") keeps a step that rests on it from FAILED (documents.unreadhypotheses); it never makes
one green."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.unreadhypotheses import stated_properties
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)
_ROTATION = ("# Rotations\n\nLet $f(x) = \\|W x\\|^2$ with $W \\in \\mathbb{R}^{3 \\times 3}$. {said}\n\n"
             "$$\\nabla f(x) = 2 x$$\n")


def _first(text: str) -> tuple[Verdict, str]:
    s = next(s for ch in check_text(text, "notes.md").chains for s in ch.result.steps)
    return s.verdict, s.message or ""


@pytest.mark.slow(4)
def test_an_orthogonal_matrix_stated_in_the_prose_is_not_failed() -> None:
    verdict, message = _first(_ROTATION.replace("{said}", "If $W$ is orthogonal,"))
    assert verdict is Verdict.SKIPPED and "W orthogonal" in message


@pytest.mark.slow(3)
def test_without_the_property_or_in_another_section_the_step_fails() -> None:
    assert _first(_ROTATION.replace("{said}", "Then"))[0] is Verdict.FAILED
    other = _ROTATION.replace("{said}", "An orthogonal $W$ comes later.\n\n# Gradient\n\nThen")
    assert _first(other)[0] is Verdict.FAILED


def test_stated_properties_reads_the_usual_phrasings() -> None:
    assert stated_properties("If $W$ is orthogonal,") == {"W": "orthogonal"}
    assert stated_properties("Assume $x$ is a unit vector.") == {"x": "unit vector"}
    assert stated_properties("for an orthonormal matrix $Q$") == {"Q": "orthonormal"}
    assert stated_properties("let $P$ be idempotent") == {"P": "idempotent"}
    assert stated_properties("We do not assume $W$ orthogonal.") == {}
    assert stated_properties("$A$ is symmetric") == {}  # read elsewhere (symmetricprose)
