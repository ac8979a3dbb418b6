r"""Code that assigns a stated value's own numbers again (``F = np.array([[1., 1.], [0., 1.]])`` after "$F =
\begin{pmatrix} 1 & 1 \\ 0 & 1 \end{pmatrix}$") changes nothing (lead49, after the merge).

sound49 ended a stated value at a code assignment to its name (a step at the old value was PROVED), keeping it where
the code writes the same number (``w = 2.0``). A vector or a matrix written again with numpy — the usual notebook,
which states the numbers in a Markdown cell and computes with them in the next — ended the value too, and a wrong
worked step after it went from FAILED to SKIPPED (fresh33's Kalman notebook, in the probe collection). The notes here
are written for this test."""

from __future__ import annotations

from support import doc_steps

NOTES = """
# Two weights

Take $w = (1, 2)$ and $v = (3, 1)$.

```python
import numpy as np
CODE
```

Then

$$w^\\top v = RESULT$$
"""


def _verdict(code: str, result: str) -> str:
    return doc_steps(NOTES.replace("CODE", code).replace("RESULT", result))[-1].verdict.value


def test_numpy_writing_the_same_numbers_keeps_the_value() -> None:
    for code in ("w = np.array([1., 2.])", "w = np.array([1, 2]); v = np.array([3., 1.])", "w = [1.0, 2.0]"):
        assert _verdict(code, "6") == "FAILED", code
        assert _verdict(code, "5") in ("PROVED", "PASSED"), code


def test_numpy_writing_other_numbers_ends_the_value() -> None:
    for code in ("w = np.array([1., 4.])", "w = np.array([2., 1.])", "w = 2 * np.array([1., 2.])", "w = np.zeros(2)"):
        assert _verdict(code, "5") not in ("PROVED", "PASSED"), code
        assert _verdict(code, "6") != "FAILED", code
