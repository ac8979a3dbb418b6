r"""A unit after a worked number is a label of it: ``-\ln 0.6 = 0.511 \text{ nats}``, ``\$4 \times 1.25 = \$5``.

The unit was read as a name multiplying the number (an equation between undeclared quantities: SKIPPED, a right
value and a wrong one alike) and ``\$`` was an unsupported command (latex.units). A link between different units is
a conversion, not compared (documents.unitsteps)."""

from __future__ import annotations

import pytest
from support import doc_steps


def _verdict(display: str) -> str:
    return doc_steps(f"The value is\n\n$${display}$$\n")[-1].verdict.value


@pytest.mark.parametrize("right", [r"-\ln 0.6 = 0.511 \text{ nats}", r"-\log_2 0.6 = 0.737\,\mathrm{bits}",
                                   r"\$4 \times 1.25 = \$5", r"-\log_2 \tfrac{1}{8} = 3~\text{bits}"])
def test_a_right_value_with_its_unit_is_green(right: str) -> None:
    assert _verdict(right) in ("PROVED", "PASSED")


@pytest.mark.parametrize("wrong", [r"-\ln 0.6 = 0.611 \text{ nats}", r"-\log_2 0.6 = 0.837\,\mathrm{bits}",
                                   r"\$4 \times 1.25 = \$6"])
def test_a_wrong_value_with_its_unit_fails(wrong: str) -> None:
    assert _verdict(wrong) == "FAILED"


# (a link between units of information was SKIPPED here; rounding36 computes the conversion: 1 bit = ln 2 nats)
@pytest.mark.parametrize(("conversion", "verdict"), [(r"0.511 \text{ nats} = 0.737 \text{ bits}", "PASSED"),
                                                     (r"1 \text{ bit} = 1 \text{ nat}", "FAILED")])
def test_a_link_between_units_is_compared_as_a_conversion(conversion: str, verdict: str) -> None:
    assert _verdict(conversion) == verdict


def test_a_word_not_in_the_list_of_units_is_no_unit() -> None:
    # "2 apples" is not 2: only the listed units (information, currency) are labels
    assert _verdict(r"1 + 1 = 2 \text{ apples}") not in ("PROVED", "PASSED")


def test_verify_check_compares_a_conversion_as_one(capsys: pytest.CaptureFixture[str]) -> None:
    from verifier.cli import main

    main(["check", r"1 \text{ bit} = 1 \text{ nat}", "--points", "20", "--no-cache"])
    assert "FAILED" in capsys.readouterr().out  # 1 bit is 0.693 nats (rounding36; SKIPPED before)
    main(["check", r"1 \text{ bit} = 0.693 \text{ nats}", "--points", "20", "--no-cache"])
    assert "PASSED" in capsys.readouterr().out
    main(["check", r"-\ln 0.6 = 0.611 \text{ nats}", "--points", "20", "--no-cache"])
    assert "FAILED" in capsys.readouterr().out
