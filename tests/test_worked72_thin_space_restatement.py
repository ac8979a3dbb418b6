r"""worked72: a thin space ``\,`` in a worked display is no clause's end (documents.restatedvalues): in
``\frac{\partial E}{\partial s} = (q - r)\, b = 4 \cdot 4 = 16`` the stated b was read as restated ``b = 16`` and
dropped from the values every later chain is read at (fresh79's backprop note: w₂ lost, the right ∂L/∂z SKIPPED)."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Two-step toy

A unit computes $s = a t$ and $q = b s$ with the loss $E = \frac{1}{2}(q - r)^2$.
Take $t = 3$, $r = 2$, $a = 0.5$ and $b = 4$.

$$s = a t = 0.5 \cdot 3 = 1.5$$

$$q = b s = 4 \cdot 1.5 = 6$$

$$\frac{\partial E}{\partial s} = (q - r)\, b = 4 \cdot 4 = 16$$

$$\frac{\partial E}{\partial a} = \frac{\partial E}{\partial s}\, t = 16 \cdot 3 = 48$$
"""


def test_value_after_a_thin_space_product_is_still_held() -> None:
    # on the base b was stale: the link read over b and SKIPPED
    assert verdicts_by_line(_NOTE)[12] == ["PROVED", "PROVED", "PROVED"]


def test_wrong_twin_is_not_green() -> None:
    wrong = _NOTE.replace(r"= 16 \cdot 3 = 48", r"= 16 \cdot 2 = 32")
    assert verdicts_by_line(wrong)[12][1] in ("FAILED", "SKIPPED")


def test_thin_space_is_no_restatement() -> None:
    from verifier.documents.restatedvalues import stale_values
    from verifier.latex import parse_latex

    text = _NOTE
    held = [("b", "4", 3)]
    assert stale_values(held, text, 12, [("t", "3", 3), ("b", "4", 3)], parse_latex) == []
    # a real restatement after a comma still makes it stale
    renewed = text + "\nNow $c = 1$, $b = q - r = 7$.\n\n$$b\\,t = 21$$\n"
    assert stale_values(held, renewed, 16, [("b", "4", 3)], parse_latex) == [("b", "4", 3)]


def test_derivative_variable_is_not_written_out() -> None:
    # ∂E/∂s · t with s defined as a t: s is the derivative's variable, not a name to replace (an internal error)
    wrong = _NOTE.replace(r"= 16 \cdot 3 = 48", r"= 16 \cdot 0.5 = 8")
    assert "ERROR" not in verdicts_by_line(wrong)[12]
