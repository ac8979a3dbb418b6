r"""``B(\alpha, \beta)`` in notes about a Beta distribution: B is the Beta function, Γ(a)Γ(b)/Γ(a + b) (gaps54).

Notes on the Beta distribution write its normaliser with an italic B: "For $x \sim \mathrm{Beta}(\alpha, \beta)$
with density $p(x) = x^{\alpha-1}(1-x)^{\beta-1}/B(\alpha, \beta)$". The parser reads the Beta function only
upright (``\mathrm{B}(a, b)``, latex.special); the italic B was an arbitrary function the notes never define, so
every step through it was SKIPPED "B is not defined … says what it is": the score ``\frac{d}{dx}\log p(x)`` with a
sign slipped (fresh44's beta moments wrong2) and the right recurrence ``B(\alpha + 1, \beta) = B(\alpha, \beta)
\frac{\alpha}{\alpha + \beta}`` alike. This module owns that convention, narrowly, as documents.normalconvention owns
Φ's: the notes name a Beta distribution (``\sim \mathrm{Beta}(``, ``\operatorname{Beta}(``, ``\text{Beta}(``, "Beta
distribution", "beta function"), apply B to two arguments (a comma inside its bracket), and never write B bare (a
matrix, a batch size) nor define it (``$B(a, b) = …$`` with no B on the right: a recurrence is a property).
documents.prosefunctions makes the definition (a built-in of the whole notes, reported with every step that uses it);
a definition the notes write wins from its line on. Where the notes give the distribution's parameters
(``\mathrm{Beta}(\alpha, \beta)``) and do not say "beta function", every call must write one of them
(``B(\alpha + 1, \beta)``): "the spline basis functions $B(k, x)$" beside a Beta prior are the notes' own (sound55).
"""

from __future__ import annotations

import re

__all__ = ["BETA_NOTE", "conventional_beta"]

_BETA = re.compile(
    r"\\sim\s*(?:\\(?:mathrm|operatorname|text|textrm)\s*\{\s*Beta\s*\}|Beta)\s*(?:\\left\s*)?\("
    r"|(?<!\\)\bbeta\s+(?:distribut\w*|function|prior|posterior|density)", re.I)
_B = re.compile(r"(?<![A-Za-z\\{_^])B(?![A-Za-z])")
_APPLIED = re.compile(r"\s*(?:\\left\s*|\\[bB]igg?l?\s*)?\(")
_TWO = re.compile(r"\s*(?:\\left\s*|\\[bB]igg?l?\s*)?\(([^()$]*(?:\([^()$]*\)[^()$]*)*)\)")

# the distribution's parameters as written: \mathrm{Beta}(\alpha, \beta), Beta(a + 1, b) (group 1)
_PARAMETERS = re.compile(r"(?:\\(?:mathrm|operatorname|text|textrm)\s*\{\s*Beta\s*\}|(?<![A-Za-z\\])Beta)\s*"
                         r"(?:\\left\s*)?\(([^()$]*)\)")
_SAID = re.compile(r"(?<!\\)\bbeta\s+function", re.I)
_TOKEN = re.compile(r"\\[A-Za-z]+|[A-Za-z]")

#: how a step read with the convention says so
BETA_NOTE = "B read as the Beta function Γ(a)Γ(b)/Γ(a + b): the usual meaning in notes about a Beta distribution " \
            "(the notes never define it)"


def conventional_beta(text: str) -> list[tuple[int, str, str]]:
    """``[(0, "B", "beta_function")]`` where the convention above holds in ``text``, else ``[]``."""
    if _BETA.search(text) is None:
        return []
    # the parameters the notes give the distribution: unless they say "beta function", B of other arguments is a B
    # of their own ("the spline basis functions $B(k, x)$", sound55)
    params = set() if _SAID.search(text) else {
        t for m in _PARAMETERS.finditer(text) for t in _TOKEN.findall(m.group(1))}
    applied = False
    for m in _B.finditer(text):
        call = _TWO.match(text, m.end())
        if _APPLIED.match(text, m.end()) is None or call is None or "," not in call.group(1):
            return []  # B bare, or of one argument: another B
        opens = re.search(r"\$\s*$", text[max(0, m.start() - 3) : m.start()])  # B(a, b) opens a formula
        body = re.match(r"\s*(?::=|=)([^$]*)", text[call.end() :])
        if opens and body and not _B.search(body.group(1)):
            return []  # "$B(a, b) = …$" with no B on the right: the notes define it
        if params and not params & set(_TOKEN.findall(call.group(1))):
            return []  # B(k, x) beside Beta(α, β): not its normaliser
        applied = True
    return [(0, "B", "beta_function")] if applied else []
