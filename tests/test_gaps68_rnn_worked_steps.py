r"""An RNN worked by hand: ``h_t = \tanh(W h_{t-1} + U x_t)`` with ``h_0 = 0`` and W, U, x stated (gaps68).

Two gaps on the base. The worked links ``\tanh(W h_0 + U x_1) = \tanh(1)`` and ``\tanh(W h_1 + U x_2) = \tanh(0.5
\cdot 0.7616 + 2)`` held at the stated values but were SKIPPED "holds only with U, W read as numbers (nothing in the
notes gives a shape)": the notes state W = 0.5 and U = 1, numbers, which no matrix reading makes a shape of
(documents.weights). And a wrong worked value on a later line made the recurrence's own line an ERROR (a
RecursionError: documents.fixedentries wrote the recurrence out at a counterexample's t); it is SKIPPED as the
notes' definition again. Wrong twins stay not green.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sympy as sp
from support import verdicts_by_line

from verifier.cli import main
from verifier.documents.fixedentries import _value

NOTES = r"""# A tiny RNN

The recurrence is

$$
h_t = \tanh(W h_{t-1} + U x_t)
$$

with $h_0 = 0$, $W = 0.5$ and $U = 1$. The inputs are $x_1 = 1$ and $x_2 = 2$. Then

$$
h_1 = \tanh(W h_0 + U x_1) = FIRST \approx 0.7616
$$

and

$$
h_2 = \tanh(W h_1 + U x_2) = \tanh(0.5 \cdot 0.7616 + SECOND) \approx 0.9830
$$
"""


def _lines(first: str = r"\tanh(1)", second: str = "2") -> dict[int, list[str]]:
    return verdicts_by_line(NOTES.replace("FIRST", first).replace("SECOND", second))


def test_the_worked_links_at_stated_numbers_are_green() -> None:
    lines = _lines()
    assert lines[12][1] in ("PROVED", "PASSED"), lines[12]
    assert lines[18][1] in ("PROVED", "PASSED"), lines[18]


def test_a_wrong_worked_link_is_not_green() -> None:
    line = _lines(first=r"\tanh(2)")[12]
    assert line[1] not in ("PROVED", "PASSED") and "FAILED" in line, line


def test_a_wrong_value_later_leaves_the_recurrence_line_no_error(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    # as verify doc runs it (200 points, its seed): the counterexample's t wrote the recurrence out too deep
    notes = tmp_path / "rnn.md"
    notes.write_text(NOTES.replace("FIRST", r"\tanh(1)").replace("SECOND", "1"))
    main(["doc", str(notes), "--no-cache", "--jobs", "1", "--format", "json"])
    steps = [s for r in json.loads(capsys.readouterr().out)["results"] for s in r["steps"]]
    assert not any(s["verdict"] == "ERROR" for s in steps), [s["message"] for s in steps if s["verdict"] == "ERROR"]
    assert any(s["verdict"] == "FAILED" for s in steps)


def test_a_recurrence_too_deep_to_write_out_is_not_read() -> None:
    class Deep(sp.Function):
        def doit(self, **hints: object) -> sp.Basic:
            raise RecursionError("maximum recursion depth exceeded")

    assert _value(Deep(sp.Symbol("t")), {}, {}) is None


def test_capitals_with_no_stated_number_are_still_doubted() -> None:
    # W h for a matrix W and a vector h: without "W = 0.5" the green rests on W read as a number
    text = NOTES.replace("$W = 0.5$ and ", "").replace(r"\tanh(0.5 \cdot 0.7616 + SECOND) \approx 0.9830", "y")
    text = text.replace("FIRST", r"\tanh(1)")
    lines = verdicts_by_line(text)
    assert lines[12][1] not in ("PROVED", "PASSED"), lines[12]
