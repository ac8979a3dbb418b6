r"""A derivative the prose takes along a constraint: "along the line $u_1 + u_2 = 1$", "restricted to …".

"On the line where $u_1 + u_2 = 1$, $$\frac{dJ}{du_1} = 2u_1$$" with ``J = u_1^2 + u_2^2`` was PROVED: the step
was read as the partial derivative with u_2 held, but along the line u_2 = 1 - u_1 moves with u_1 and the
derivative is 4u_1 - 2. Which quantity the step states depends on a constraint the checker does not read, so
neither verdict of the plain partial stands: this module owns the cue (:func:`constraint_of`: the sentence
that leads into the claim says "along", "restricted to", "constrained to" or "on the line/curve/surface/
constraint/circle/…" before an equation written inline) and :func:`along_constraint`, which makes a step
SKIPPED with the reason when it differentiates by a name the constraint relates to another name the step
does not write (a derivative by t of ``f(x_0 + tv)`` along ``x = x_0 + tv`` writes its curve out and also
leaves x unwritten: it is SKIPPED too, a checkable step lost rather than a wrong verdict). "subject to" is
no cue: Lagrangian notes write "minimise $f$ subject to $g = 0$" before plain partials of the Lagrangian.
"""

from __future__ import annotations

import re

from verifier.documents.sentences import last_sentence
from verifier.results import StepResult, Verdict

__all__ = ["along_constraint", "constraint_of", "differentiated_by"]

_CUE = re.compile(
    r"\b(?:along|restricted\s+to|restricting\s+to|constrained\s+to|on|within)\s+(?:the|this|that|a)\s+"
    r"(?:\w+\s+){0,2}?(?:line|curve|circle|sphere|surface|plane|manifold|constraint|simplex|set|level\s+set)s?\b"
    r"|\balong\s+(?=\$)|\brestricted\s+to\s+(?=\$)|\bconstrained\s+(?:so\s+)?(?:to|that)\s+(?=\$)",
    re.IGNORECASE,
)
_INLINE = re.compile(r"\$([^$]+)\$")
_NAME = re.compile(r"\\(?:mathbf|boldsymbol|bm)\s*\{\s*([A-Za-z])\s*\}|\\([A-Za-z]+)|([A-Za-z])")
_SUB = re.compile(r"\s*_\s*(?:\{\s*([A-Za-z0-9]+)\s*\}|([A-Za-z0-9]))")
#: what the step differentiates by: \partial x (a numerator's name too: harmless), d x in \frac{d…}{d x}, \nabla_x
_BY = re.compile(
    r"\\partial\s*(?=\S)|\\frac\s*\{[^{}]*\}\s*\{\s*(?:\\mathrm\s*\{\s*d\s*\}|d)\s*(?=\S)|\\nabla\s*_\s*\{?\s*"
)
_COMMANDS = frozenset({"frac", "left", "right", "cdot", "mathrm", "partial", "nabla", "top", "sum", "int", "in",
                       "le", "leq", "ge", "geq", "quad", "text", "operatorname", "exp", "log", "ln", "sqrt"})


def names_in(latex: str) -> list[tuple[str, int, int]]:
    """The names written in ``latex`` (a letter or a command, with a subscript: ``u_1``, ``\\theta_{k}``),
    with their spans."""
    out: list[tuple[str, int, int]] = []
    for m in _NAME.finditer(latex):
        base = m.group(1) or m.group(2) or m.group(3)
        if m.group(2) and base in _COMMANDS:
            continue
        end = m.end()
        sub = _SUB.match(latex, end)
        if sub:
            base, end = f"{base}_{sub.group(1) or sub.group(2)}", sub.end()
        out.append((base, m.start(), end))
    return out


def constraint_of(prose: str) -> str | None:
    """The equation of the constraint the sentence ``prose`` ends with takes the claim along ("On the line
    where $u_1 + u_2 = 1$, …"), or None."""
    sentence = last_sentence(prose)
    cue = _CUE.search(sentence)
    if cue is None:
        return None
    for m in _INLINE.finditer(sentence, cue.end()):
        body = m.group(1)
        if "=" in body and not re.search(r"[<>]|\\[lg]e", body):
            return body
    return None


def differentiated_by(latex: str) -> set[str]:
    out = set()
    for m in _BY.finditer(latex):
        found = names_in(latex[m.end():m.end() + 40])
        if found and found[0][1] == 0:
            out.add(found[0][0])
    return out


def along_constraint(result: StepResult, prose: str) -> StepResult:
    """``result`` SKIPPED when the prose before it takes it along a constraint that relates a name it
    differentiates by to another name it does not write (module docstring); unchanged otherwise."""
    if result.verdict not in (Verdict.PROVED, Verdict.PASSED, Verdict.FAILED):
        return result
    constraint = constraint_of(prose)
    if constraint is None:
        return result
    related = {n for n, _, _ in names_in(constraint)}
    written = f"{result.lhs_latex} {result.rhs_latex}"
    by = differentiated_by(written) & related
    if not by or not (related - by - {n for n, _, _ in names_in(written)}):
        return result
    return result.skipped(f"the notes take this derivative along the constraint ${constraint.strip()}$, which "
                          "ties the variable to names the step does not write: the plain partial derivative "
                          "is not what it states, and the constraint is not read")
