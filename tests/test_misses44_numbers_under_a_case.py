r"""A link of numbers alone under a case the prose states is checked: no condition can change it (misses44, fresh33).

"take the worst case $p = 1/2$" before `$$n = \frac{2 \cdot 0.25}{0.05^2} = \frac{0.5}{0.0025} = 200$$` made
every link of the display SKIPPED "the condition p = 1/2 … is not about indices", the links between numbers too.
Those are checked now; a link that writes a name stays SKIPPED under the case."""

from __future__ import annotations

import pytest
from support import doc_steps

_NOTE = """# Sample size

For a margin $m$ we need $n = z^2 p(1 - p)/m^2$. Without a guess take the worst case
$p = 1/2$; for $m = 0.05$:

$$n = \\frac{{2 \\cdot 0.25}}{{0.05^2}} = \\frac{{{num}}}{{0.0025}} = {value}.$$
"""


@pytest.mark.parametrize(("num", "value", "verdicts"), [
    ("0.5", "200", ["SKIPPED", "PROVED", "PROVED"]),
    ("0.05", "20", ["SKIPPED", "FAILED", "PROVED"]),
    ("0.5", "2000", ["SKIPPED", "PROVED", "FAILED"]),
])
def test_numbers_alone_are_checked_under_a_case(num: str, value: str, verdicts: list[str]) -> None:
    steps = doc_steps(_NOTE.format(num=num, value=value))
    assert [s.verdict.name for s in steps] == verdicts, [(s.verdict.name, s.message) for s in steps]


def test_a_link_writing_a_name_stays_skipped_under_the_case() -> None:
    steps = doc_steps(_NOTE.format(num="0.5", value="200"))
    assert "is not about indices" in steps[0].message, steps[0].message
