"""Notes written the way instructors write them, read without an error or a silent drop. Every
example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings


def verdicts(notes: str, path: str = "notes.md") -> list[tuple[int, str]]:
    result = check_text(notes, path, Settings())
    steps = [zip(ch.result.steps, ch.step_lines, strict=True) for ch in result.chains]
    return [(line, s.verdict.value) for pairs in steps for s, line in pairs]


def test_a_function_defined_with_max_then_called_is_not_an_error() -> None:
    # the body max(αz, z) at the call's argument made SymPy raise "z is not comparable" while the
    # reader inferred shapes: the whole document stopped with an ERROR
    notes = (
        "The leaky ReLU, $f(z) = \\max(\\alpha z, z)$ for $0 < \\alpha < 1$, can be written\n"
        "$$f(z) = \\mathrm{ReLU}(z) - \\alpha\\,\\mathrm{ReLU}(-z)$$\n"
        "so that $f(3) = 3$.\n"
    )
    found = verdicts(notes)
    assert found and all(v != "ERROR" for _, v in found)
