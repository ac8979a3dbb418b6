r"""A typed ``√`` before a juxtaposed product without brackets (``√2π``) is not read as √2·π alone.

redmid61 (red team of stop 61): fresh64's typedmath (b245c8a1) reads ```√2π = 2.5066``` and ```1/√2π = 0.3989```
(the Gaussian's normaliser, √(2π) = 2.5066) as ``\sqrt{2}\pi`` and FAILED both; base: not read. Typed, ``√2π`` is
as often √(2π): a right value must not be FAILED (PASSED under that reading, or the span left as code). A wrong
value (``√2π = 3.14``) must never be green. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_RIGHT = ["`√2π = 2.5066`", "`1/√2π = 0.3989`"]


@pytest.mark.parametrize("span", _RIGHT)
def test_a_right_typed_root_of_a_product_is_not_failed(span: str) -> None:
    verdicts = verdicts_by_line(f"# Gaussian\n\nThe normaliser: {span} here.\n")
    assert "FAILED" not in verdicts.get(3, []), verdicts


def test_a_wrong_typed_root_of_a_product_is_not_green() -> None:
    verdicts = verdicts_by_line("# Gaussian\n\nThe normaliser: `√2π = 3.14` here.\n")
    assert not {"PROVED", "PASSED"} & set(verdicts.get(3, [])), verdicts
