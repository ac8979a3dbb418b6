r"""A truncation to an order in several names at once: "to first order in $s$ and $t$", "for small $s$ and $t$".

documents.truncations tried each name the lead-in writes on its own: ``(1 + s)(1 + t) c = c + s c + t c`` "to
first order in $s$ and $t$" drops ``s t c``, which is of second order in the two together but of first order in
either alone, and the right truncation was FAILED. The names the lead-in writes are now also scaled together (the
order the total degree). A wrong first-order term stays FAILED. Every example is written here.
"""

from __future__ import annotations

from support import verdicts_by_line


def _verdict(prose: str, display: str) -> list[str]:
    return verdicts_by_line(f"# T\n\n{prose} $${display}.$$\n")[3]


def test_a_truncation_in_two_names_together_is_not_failed() -> None:
    assert _verdict("To first order in $s$ and $t$,", "(1 + s)(1 + t) c = c + s c + t c") == ["SKIPPED"]
    assert _verdict("For small $s$ and $t$, to first order,", "e^{s + t} c = c (1 + s + t)") == ["SKIPPED"]


def test_a_wrong_term_in_two_names_is_still_failed() -> None:
    assert _verdict("To first order in $s$ and $t$,", "(1 + s)(1 + t) c = c + s c + 2 t c") == ["FAILED"]
    assert _verdict("To first order in $s$ and $t$,", "(1 + s)(1 + t) c = c + s c - t c") == ["FAILED"]
    assert _verdict("For small $s$ and $t$, to first order,", "e^{s + t} c = c (1 + s + 2t)") == ["FAILED"]
