"""smallnote66: a chain with no hypotheses (no stated value it is checked at) is not searched for rounded values —
the document's stated values and their computations (documents.roundedgivens) are not read for it — while a
chain checked at a rounded stated value is still PASSED, not PROVED."""

from unittest import mock

from support import verdicts_by_line

from verifier.documents import roundedgivens

PLAIN = """We expand the square.

$$
(a + 1)^2 = a^2 + 2a + 1
$$
"""

ROUNDED = """Let $\\eta \\approx 0.1$ be the step size.

$$
2 \\eta = 0.2
$$
"""


def _counted(text: str) -> tuple[list[str], dict[int, list[str]]]:
    calls: list[str] = []
    real = roundedgivens.rounded_computations

    def counted(text: str) -> frozenset[tuple[str, str, int]]:
        calls.append(text)
        return real(text)

    with mock.patch.object(roundedgivens, "rounded_computations", counted):
        verdicts = verdicts_by_line(text)
    return calls, verdicts


def test_a_chain_without_hypotheses_reads_no_rounded_values() -> None:
    calls, verdicts = _counted(PLAIN)
    assert verdicts == {4: ["PROVED"]}
    assert calls == []


def test_a_step_at_a_rounded_value_is_still_passed() -> None:
    calls, verdicts = _counted(ROUNDED)
    assert verdicts == {4: ["PASSED"]}
    assert calls == [ROUNDED]
