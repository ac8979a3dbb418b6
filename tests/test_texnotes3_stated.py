r"""Worked numbers checked at the values the notes state (verifier.documents.stated)."""

from __future__ import annotations

from pathlib import Path

from verifier.documents.check import check_document
from verifier.documents.stated import stated_values
from verifier.engine import Settings

NOTES = r"""# A worked neuron

Take the weight $w = 2$ and the input $x = 1.5$, with bias $b = -1$.

$$
s = w x + b
$$

$$
\sigma(s) = 0.8808
$$

$$
\frac{\partial \sigma(s)}{\partial w} = 0.1575
$$
"""


def _verdicts(tmp_path: Path, text: str) -> dict[int, tuple[str, str]]:
    doc = tmp_path / "notes.md"
    doc.write_text(text)
    out = {}
    for ch in check_document(doc, Settings(), display=doc.name).chains:
        for s, line in zip(ch.result.steps, ch.step_lines, strict=True):
            out[line] = (s.verdict.value, s.message)
    return out


def test_values_stated_in_prose_and_tables_are_found() -> None:
    text = "Take $w = 2$, $y^* = 1$ and $x_0 = z_0 = 1$; $f(x) = 2$ is no value.\n" + (
        "\\begin{tabular}{c|c}\n$1$ & $v_{1}$ & $-1.5$ \\\\ \\hline\n$0.5$ & $-1$ \\\\\n\\end{tabular}\n"
    )
    found = stated_values(text)
    assert ("w", "2", 1) in found and ("y^*", "1", 1) in found
    assert ("x_0", "1", 1) in found and ("z_0", "1", 1) in found
    assert not any(name.startswith("f") for name, _, _ in found)
    assert ("v_{1}", "-1.5", 3) in found
    assert len(found) == 5  # the data row with no name states nothing


def test_worked_numbers_pass_at_the_stated_values(tmp_path: Path) -> None:
    got = _verdicts(tmp_path, NOTES)
    # sigma(2*1.5 - 1) = 0.88080 and its derivative by w, x sigma'(2) = 0.15749, to the 4 decimals written
    assert got[10][0] == "PASSED" and "values the notes state" in got[10][1]
    assert got[14][0] == "PASSED"


def test_a_wrong_worked_number_is_not_green(tmp_path: Path) -> None:
    # sigma(2) = 0.8808, not 0.8708; the derivative is 0.1575, not 0.1755
    got = _verdicts(tmp_path, NOTES.replace("0.8808", "0.8708").replace("0.1575", "0.1755"))
    # one digit changed at inputs stated exactly (w = 2, x = 1.5, b = -1): a slip, FAILED (documents.exactslips);
    # two digits swapped may be another computation: SKIPPED, never green
    assert got[10][0] == "FAILED" and "not the 0.8708 written" in got[10][1]
    assert got[14][0] == "SKIPPED"


def test_without_stated_values_the_worked_number_stays_unchecked(tmp_path: Path) -> None:
    got = _verdicts(tmp_path, NOTES.replace("Take the weight $w = 2$ and the input $x = 1.5$, with bias $b = -1$.",
                                            "Take some weight, input and bias."))  # fmt: skip
    assert got[10][0] == "SKIPPED" and got[14][0] == "SKIPPED"


def test_a_name_stated_with_two_values_is_not_used(tmp_path: Path) -> None:
    text = NOTES.replace("with bias $b = -1$.", "with bias $b = -1$ (later $w = 3$).")
    got = _verdicts(tmp_path, text)
    assert got[10][0] == "SKIPPED"


def test_an_identity_ending_in_an_exact_number_is_not_read_at_the_stated_values(tmp_path: Path) -> None:
    # "at $x = 0$" states where the question evaluates; the identity holds for every x and stays PROVED
    text = r"""Compute it at $x = 0$.

$$
\frac{d}{dx}\left(x^2 + x\right) - 2x = 1
$$
"""
    got = _verdicts(tmp_path, text)
    assert got[4][0] == "PROVED" and "stated in the notes" not in got[4][1]


FORWARD = r"""# A forward pass

The label is $y^* = 1$.

$$
y = -2.4369
$$

$$
L = \frac{1}{2}(y - y^*)^2
$$

$$
(y - y^*) = -3.437
$$
"""


def test_a_displayed_worked_result_is_a_value_for_the_lines_after_it(tmp_path: Path) -> None:
    got = _verdicts(tmp_path, FORWARD)
    assert got[6][0] == "SKIPPED" and "states the value of y" in got[6][1]
    assert got[14][0] == "PASSED" and "y = -2.4369" in got[14][1]  # -2.4369 - 1 = -3.4369, written -3.437


def test_a_wrong_result_after_a_displayed_value_is_not_green(tmp_path: Path) -> None:
    got = _verdicts(tmp_path, FORWARD.replace("-3.437", "-3.537"))
    assert got[14][0] == "SKIPPED" and "not the -3.537 written" in got[14][1]


def test_an_identity_link_is_not_read_at_the_stated_values(tmp_path: Path) -> None:
    text = FORWARD.replace("(y - y^*) = -3.437", r"\frac{\partial L}{\partial y} = y - y^*")
    got = _verdicts(tmp_path, text)
    assert got[14][0] == "PROVED" and "stated in the notes" not in got[14][1]


def test_a_declared_vector_given_its_worked_value_is_not_failed(tmp_path: Path) -> None:
    text = r"""# SGD

```verify
w: vector[3]
```

After the first step:

$$
w = [0.005, 0.00250, -0.00500]
$$
"""
    got = _verdicts(tmp_path, text)
    assert got[10][0] == "SKIPPED" and "states the value of w" in got[10][1]
