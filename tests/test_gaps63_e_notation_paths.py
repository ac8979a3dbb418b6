r"""A number in E notation or as a power of ten, read the same in every path (gaps63, stop 62's note).

E notation (``1e-3``) was rewritten to its power of ten only where the reader parsed a chain's member: a
definition's body is parsed by the definitions' own path, where the tokenizer refuses ``1e-3``, so ``$$f(w) =
1e-3 \cdot w^2$$`` defined nothing — f stayed "not defined in the notes" and a wrong derivative ``f'(w) = 3 \cdot
10^{-3} w`` was SKIPPED, though ``0.001 \cdot w^2`` and ``10^{-3} \cdot w^2`` defined f and FAILED it. The rewrite is
now in the one parse every path shares (documents.notationparse).

A value written as a power of ten (``$$\eta = 10^{-3}$$``, ``$\lambda = 2 \times 10^{-4}$``) was no stated value:
``$$\eta = 0.001$$`` and ``$$\eta = 1e-3$$`` are (documents.stated), so a step using η was checked at it there and
"an equation between undeclared quantities" here. It is now stated as its decimal, as E notation is.
"""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.stated import displayed_values, stated_values

_DEFINED = "# Decay\n\nLet the penalty be\n$$f(w) = BODY.$$\nIts derivative is\n$$f'(w) = SLOPE \\cdot 10^{-3} w.$$\n"
_VALUE = "# Rate\n\nWe set the learning rate\n$$\\eta = VALUE.$$\nThen one step moves by\n$$\\eta \\cdot 10 = STEP.$$\n"


def test_a_definition_body_in_e_notation_defines_the_function() -> None:
    text = _DEFINED.replace("BODY", "1e-3 \\cdot w^2")
    assert verdicts_by_line(text.replace("SLOPE", "3"))[6] == ["FAILED"]
    assert verdicts_by_line(text.replace("SLOPE", "2"))[6] == ["PROVED"]


def test_a_definition_body_reads_e_notation_as_the_decimal_is_read() -> None:
    for slope in ("2", "3"):
        text = _DEFINED.replace("SLOPE", slope)
        assert verdicts_by_line(text.replace("BODY", "1e-3 \\cdot w^2")) == verdicts_by_line(
            text.replace("BODY", "0.001 \\cdot w^2")
        )


def test_a_power_of_ten_is_stated_as_its_decimal() -> None:
    found = stated_values("We set $\\eta = 10^{-3}$, $\\lambda = 2 \\times 10^{-4}$ and $n = 10^3$.")
    assert [(n, v) for n, v, _ in found] == [("\\eta", "0.001"), ("\\lambda", "0.0002"), ("n", "1000")]
    assert [(n, v) for n, v, _ in displayed_values([("\\eta", "10^{-3}", 4)])] == [("\\eta", "0.001")]
    assert [(n, v) for n, v, _ in displayed_values([("\\eta", "2.5 \\cdot 10^{-3}", 4)])] == [("\\eta", "0.0025")]


def test_a_displayed_power_of_ten_is_a_value_for_the_later_steps() -> None:
    text = _VALUE.replace("VALUE", "10^{-3}")
    assert verdicts_by_line(text.replace("STEP", "0.01"))[6] == ["PROVED"]
    assert (
        verdicts_by_line(text.replace("STEP", "0.02"))[6]
        == verdicts_by_line(text.replace("STEP", "0.02").replace("10^{-3}", "0.001"))[6]
    )


def test_a_power_of_ten_with_a_name_is_no_value() -> None:
    assert stated_values("the bound $\\epsilon = 10^{-k}$ and $c = x \\cdot 10^{2}$") == []


_INLINE = "# Rate\n\nWe set the learning rate $\\eta = VALUE$. Then one step moves by\n$$\\eta \\cdot 10 = 0.01.$$\n"


def test_a_value_in_e_notation_is_data_as_its_decimal_is() -> None:
    # 1e-2 was taken for a computation (its letter e: documents.exactdata), so a slip with it was only SKIPPED
    decimal = verdicts_by_line(_INLINE.replace("VALUE", "0.01"))[4]
    assert decimal == ["FAILED"]
    for written in ("1e-2", "10^{-2}", "1 \\times 10^{-2}"):
        assert verdicts_by_line(_INLINE.replace("VALUE", written))[4] == decimal, written
