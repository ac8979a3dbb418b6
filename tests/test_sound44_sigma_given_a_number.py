r"""σ the prose gives a number, or calls a noise level, a scale or a width, is no logistic (sound44,
documents.numberednames, documents.spreadnames).

"Let the noise level be $\sigma = 2$." then ``\sigma(x + 1) = 2x + 2`` was FAILED, read as the logistic (sound43,
left). σ(…) is now σ times the bracket in that section, read at the stated number: PROVED with the reading
reported; a product that fails there is not FAILED (the logistic reading is not tried). "$\sigma$ … the noise
scale" keeps σ(…) from being read as the built-in, as "standard deviation" did. A later section of the same level
keeps the sigmoid. Every example is written here."""

from __future__ import annotations

from support import doc_steps, verdicts_by_line


def test_sigma_given_a_number_is_a_product_where_that_holds() -> None:
    text = "# S\n\nLet the noise level be $\\sigma = 2$.\n\n$$\\sigma(x + 1) = 2x + 2$$\n"
    assert verdicts_by_line(text)[5] == ["PROVED"]
    assert "times the bracket" in doc_steps(text)[-1].message


def test_sigma_given_a_number_is_never_failed_as_a_logistic() -> None:
    got = verdicts_by_line("# S\n\nLet the noise level be $\\sigma = 2$.\n\n$$\\sigma(x + 1) = 2x + 1$$\n\n"
                           "$$\\sigma(0) = 0.5$$\n\n# T\n\n$$\\sigma(0) = 0.5$$\n")
    assert "FAILED" not in got[5] + got[7]
    assert got[11] == ["PROVED"]  # another section: the sigmoid


def test_sigma_called_a_scale_or_width_is_no_logistic() -> None:
    for words in ("Let $\\sigma$ be the noise scale.", "Here $\\sigma$ is the width of the kernel.",
                  "Let $\\sigma$ be the noise level."):
        got = verdicts_by_line(f"# S\n\n{words}\n\n$$\\sigma(x + 1) = \\sigma x + \\sigma$$\n")
        assert got[5] != ["FAILED"], words
