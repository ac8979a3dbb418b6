r"""The prose words the readings key on, in the other languages course notes are written in (fresh62): "Sei
$\sigma(z) = …$", "Soit", "Sea", "Seja", "设" define as "Let" does, and "Für/Pour/Para/Com $p = 0.5$ …" gives the
values of the display after it as "For $p = 0.5$" does. Before, a German, French, Spanish, Portuguese or Chinese
definition of a function the checker knows by another meaning (a sigmoid of the other sign) was checked as a
claim and FAILED, and the worked value after "Für $p = 0.5$ und $q = 0.25$" was SKIPPED where a name had another
value earlier. Every example is written here."""

from __future__ import annotations

import pytest
from support import line_of, verdicts_by_line

_DEFINED = {
    "en": "Let $\\sigma(z) = \\frac{1}{1 + e^{z}}$ be the mirrored sigmoid.",
    "de": "Sei $\\sigma(z) = \\frac{1}{1 + e^{z}}$ die gespiegelte Sigmoidfunktion.",
    "fr": "Soit $\\sigma(z) = \\frac{1}{1 + e^{z}}$ la sigmoïde inversée.",
    "es": "Sea $\\sigma(z) = \\frac{1}{1 + e^{z}}$ la sigmoide invertida.",
    "pt": "Seja $\\sigma(z) = \\frac{1}{1 + e^{z}}$ a sigmoide invertida.",
    "zh": "设 $\\sigma(z) = \\frac{1}{1 + e^{z}}$ 为反向的 sigmoid 函数。",
}


@pytest.mark.parametrize("language", sorted(_DEFINED))
def test_a_definition_in_any_language_is_no_claim(language: str) -> None:
    text = f"# Sigmoid\n\n{_DEFINED[language]}\n\nThen $\\sigma(0) = 0.5$.\n"
    got = verdicts_by_line(text)
    assert 3 not in got, got  # the definition's line makes no step, as "Let … be" makes none
    assert got[5] == ["PROVED"], got


def test_a_claim_after_other_words_is_still_checked() -> None:
    text = "# Ableitung\n\nAlso ist $\\frac{d}{dz} z^2 = 3z$.\n"
    assert verdicts_by_line(text)[3] == ["FAILED"]


_KL = r"""# KL

Let $D = p \log\frac{p}{q} + (1 - p)\log\frac{1 - p}{1 - q}$ with $0 < p, q < 1$.

The derivative vanishes at $q = p$.

{LEAD} $p = 0.5$ {AND} $q = 0.25$ {WE_GET}

$$
D = 0.5 \log 2 + 0.5 \log\frac{0.5}{{DEN}} \approx 0.1438
$$
"""

_LEADS = {
    "en": ("For", "and", "we get"),
    "de": ("Für", "und", "erhalten wir"),
    "fr": ("Pour", "et", "on obtient"),
    "es": ("Para", "y", "se obtiene"),
    "pt": ("Com", "e", "temos"),
}


def _kl(language: str, den: str) -> list[str]:
    lead, conj, get = _LEADS[language]
    text = _KL.replace("{LEAD}", lead).replace("{AND}", conj).replace("{WE_GET}", get).replace("{DEN}", den)
    return verdicts_by_line(text)[line_of(text, "\\approx")]


@pytest.mark.parametrize("language", sorted(_LEADS))
def test_values_leading_a_display_in_any_language(language: str) -> None:
    assert _kl(language, "0.75")[0] == "PROVED"


@pytest.mark.parametrize("language", ["de", "fr"])
def test_a_wrong_worked_value_after_values_in_any_language_fails_as_in_english(language: str) -> None:
    got = _kl(language, "0.25")
    assert "FAILED" in got and got == _kl("en", "0.25"), got


_AFTER = {"en": "where", "de": "wobei", "fr": "où", "es": "donde", "pt": "onde", "zh": "其中"}


def _after_display(language: str, right: str) -> list[str]:
    text = f"# X\n\n$$\n\\frac{{d}}{{dx}} \\sigma(a x) = {right}\n$$\n\n{_AFTER[language]} $s = \\sigma(a x)$.\n"
    return verdicts_by_line(text)[4]


@pytest.mark.parametrize("language", sorted(_AFTER))
def test_a_where_after_a_display_in_any_language(language: str) -> None:
    assert _after_display(language, "a s (1 - s)") == ["PROVED"]


@pytest.mark.parametrize("language", ["de", "zh"])
def test_a_wrong_step_under_a_where_in_any_language_fails_as_in_english(language: str) -> None:
    got = _after_display(language, "a s (1 + s)")
    assert got == ["FAILED"] and got == _after_display("en", "a s (1 + s)")


@pytest.mark.parametrize("hence", ["hence", "d'où", "d’où"])
def test_d_ou_is_hence_not_where(hence: str) -> None:
    """The French "d'où" ("hence") ends with "où" ("where"): it introduces a consequence, never a hypothesis of the
    display before it (read as one, ``x = 0`` made the wrong derivative hold)."""
    text = f"# X\n\n$$\n\\frac{{d}}{{dx}} x^2 = 3x\n$$\n\n{hence} $x = 0$ est le point critique.\n"
    assert verdicts_by_line(text)[4] == ["FAILED"]
