r"""Notes that say ``\log`` is the natural logarithm mean it: a number that comes out in base 2 or 10 is then a
mistake, not another reading (``\log 8 = 3`` was PROVED "with \log in base 2" under "Throughout, $\log$ denotes
the natural logarithm"). Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps


@pytest.mark.parametrize("said", [
    r"Throughout, $\log$ denotes the natural logarithm.",
    r"All logarithms are natural logarithms.",
    r"We measure information in nats, with $\log$ to base $e$.",
])
def test_a_stated_natural_log_is_not_read_in_another_base(said: str) -> None:
    (step,) = doc_steps(f"""
        {said}

        $$\\log 8 = 3$$
        """)
    assert step.verdict.value == "FAILED", step


def test_without_a_statement_the_number_still_reads_in_base_2() -> None:
    (step,) = doc_steps(r"""
        A fair coin.

        $$\log 8 = 3$$
        """)
    assert step.verdict.ok, step
