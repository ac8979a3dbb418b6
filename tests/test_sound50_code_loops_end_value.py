r"""Code that binds a stated name in other Python forms ends its value, as ``w = 3`` does (sound49).

"Take $w = 2$." then a code block ``for w in [1.0, 3.0]:`` (the loop leaves w at its last value), ``w: float = 3.0``
(an annotated assignment), ``b = w = 3.0`` (a chained one), ``(w, b) = (3.0, 1.0)``, ``if (w := 3.0) > 0:`` or
``w.fill(3.0)`` (numpy's in place fill), and "$$2w = 4$$" was PROVED "under the hypothesis w = 2". Each now ends the
value for the chains after it (SKIPPED). Code that only reads w (``for x in range(w):``, ``print(w)``) keeps it.
Every example is my own.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _note(code: str) -> str:
    return f"# W\n\nTake $w = 2$.\n\n```python\n{code}\n```\n\nThen\n$$2w = 4$$\n"


@pytest.mark.parametrize("code", [
    "for w in [1.0, 3.0]:\n    print(2 * w)",
    "for i, w in enumerate([1.0, 3.0]):\n    pass",
    "w: float = 3.0",
    "b = w = 3.0",
    "(w, b) = (3.0, 1.0)",
    "if (w := 3.0) > 0:\n    pass",
    "w.fill(3.0)",
])  # fmt: skip
def test_code_binding_the_name_ends_the_value(code: str) -> None:
    assert doc_steps(_note(code))[-1].verdict not in _GREEN


@pytest.mark.parametrize("code", ["for x in range(w):\n    print(x)", "print(w)", "ws = [w, 3.0]"])
def test_code_reading_the_name_keeps_the_value(code: str) -> None:
    assert doc_steps(_note(code))[-1].verdict is Verdict.PROVED
