"""smallnote66: the decimals a FAILED rounding step names as exact inputs are named in the order the member writes
them, whatever order the set of them iterates in (it follows the hash seed): ``0.2`` and ``0.25`` were one place
apart for ``str.find``, so "0.5, 0.2, 0.25" and "0.5, 0.25, 0.2" came from one note in two runs."""

from collections.abc import Iterator
from unittest import mock

from verifier.documents import workedrounding
from verifier.results import StepResult, Verdict


class _Ordered(set[str]):
    """A set iterated in a given order (a stand-in for two hash seeds)."""

    def __init__(self, order: list[str]) -> None:
        super().__init__(order)
        self.order = order

    def __iter__(self) -> Iterator[str]:
        return iter(self.order)


def _named(order: list[str]) -> str:
    step = StepResult(1, "l", "r", "l", "r", Verdict.FAILED)
    texts = (r"\frac{1}{1 + e^{-0.1}}", r"0.5 + 0.25 \cdot 0.2")
    with mock.patch.object(workedrounding, "propagated_slack", lambda *_: 1.0):
        out = workedrounding._exact_inputs_note(step, texts, 0.55, _Ordered(order), 0.03)
    assert out is not None
    return out.message.split(" round no value")[0]


def test_the_exact_inputs_are_named_in_written_order_whatever_the_set_order() -> None:
    assert _named(["0.5", "0.2", "0.25"]) == "0.5, 0.25, 0.2"
    assert _named(["0.25", "0.2", "0.5"]) == "0.5, 0.25, 0.2"
