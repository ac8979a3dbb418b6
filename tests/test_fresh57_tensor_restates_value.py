r"""Code that writes a stated number again as a tensor with keyword arguments (``w = torch.tensor(2.0,
requires_grad=True)`` after "with $w = 2$") changes nothing (fresh57).

A blog post states its numbers, checks them with autograd in a code block, then goes on by hand: the stated w = 2
ended at the code block (documents.codeupdates read ``torch.tensor(2.0, requires_grad=True)`` as another value),
so every worked step after it was SKIPPED "a worked number against a definition … whose values the notes give only
in prose" (b, w, x "appear on one side only" here). A literal tensor or array of the same number, with keyword
arguments (``requires_grad``, ``dtype``) or without, is the stated value written again; other numbers, or a
computation, still end it."""

from __future__ import annotations

from support import doc_steps

NOTES = """
# One unit

Take $y = (wx + b)^2$ with $w = 2$, $b = -1$ and input $x = 1.5$.

```python
import torch
CODE
```

By hand: $$\\frac{\\partial y}{\\partial w} = 2(wx + b)x = RESULT$$
"""


def _verdict(code: str, result: str) -> str:
    return doc_steps(NOTES.replace("CODE", code).replace("RESULT", result))[-1].verdict.value


def test_a_tensor_of_the_same_number_keeps_the_value() -> None:
    for code in ("w = torch.tensor(2.0, requires_grad=True)", "w = torch.tensor([2.0], dtype=torch.float64)",
                 "w = np.array(2.0)"):
        assert _verdict(code, "6") in ("PROVED", "PASSED"), code


def test_a_tensor_of_another_number_ends_the_value() -> None:
    for code in ("w = torch.tensor(3.0, requires_grad=True)", "w = torch.randn(1, requires_grad=True)"):
        assert _verdict(code, "6") not in ("PROVED", "PASSED"), code
