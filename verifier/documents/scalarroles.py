r"""Names the prose gives a role only a number plays: "softmax with temperature $T$", "$\eta$ is the
learning rate", "the regularisation strength $C$".

Inference reads an undeclared name with no other evidence as a real scalar, and a capital so read
is doubted (:mod:`verifier.documents.weights`): a capital multiplying a name is how notes write a
matrix times a vector, so a green step resting on the scalar reading is checked again with the
capital a matrix, and SKIPPED where that fails. A temperature, a learning rate, a step size or a
regularisation strength is a number whatever its letter; the prose that says so is evidence a
reader uses. This module owns that evidence, and only the roles no vector or matrix plays; shape
inference (:mod:`verifier.documents.infer`) reads such a name as a scalar and says why with the step.

Two ways of saying it are read, in one sentence: the role right before the name (``temperature
$T$``, ``a scalar $c$``) and the name, then "is"/"denotes"/"be", then the role (``$\lambda$ is the
regularization parameter``). A role followed by "vector" or "matrix" ("a learning-rate vector") is
none of these.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from verifier.documents.context import Key

__all__ = ["scalar_role_sites", "scalar_roles"]

_ROLE = (
    r"temperature|learning[ -]rate|step[ -]?size|scalar|scaling factor|scale factor|discount factor|"
    r"weight[ -]decay(?: coefficient| factor)?|momentum(?: coefficient| parameter)?|smoothing (?:parameter|factor)|"
    r"regulari[sz]ation (?:parameter|strength|coefficient|constant|weight|hyper-?parameter)|"
    r"penalty (?:parameter|coefficient)|"
    # a Poisson rate Λ, an angular frequency Ω: read as matrices by their capital Greek letter (greekcapitals),
    # a correct scalar step x^T Ω x = Ω‖x‖² was FAILED (review30a)
    r"(?:(?:angular|sampling)\s+)?frequency|(?:event\s+|arrival\s+|poisson\s+)?rate"
)
# the name alone in its math, or compared with zero there ("$\Lambda > 0$ is the rate")
_NAME = (r"\$\s*(?P<name>\\?[A-Za-z]+(?:\s*_\s*(?:\{[A-Za-z0-9]{1,4}\}|[A-Za-z0-9]))?)"
         r"\s*(?:(?:>|\\gt|\\geq?|\\geqslant)\s*0\s*)?\$")
# the role and the name on one line: "… is a scalar\n$W$ …" may end a sentence the notes left unpunctuated
_BEFORE = re.compile(rf"\b(?P<role>{_ROLE})[ \t]+{_NAME}(?!\s*(?:-\s*)?(?:vector|matrix|matrices|tensor))", re.I)
_AFTER = re.compile(
    rf"{_NAME}\s+(?:is|denotes|be|as)\s+(?:the|a|an|our|some)?\s*(?:(?:small|positive|fixed|given|constant)\s+)*"
    rf"(?P<role>{_ROLE})\b(?!\s*(?:-\s*)?(?:vector|matrix|matrices|tensor))",
    re.I,
)


def scalar_role_sites(text: str, key_of_text: Callable[[str], Key | None]) -> dict[Key, tuple[str, int]]:
    """The names the prose of ``text`` gives a scalar role, each with the role's words and the line
    (1-based) where the prose first gives it: the role holds from there until the prose introduces the
    name anew ("Let $T$ be the transition matrix", :mod:`verifier.documents.anew`; read in ``reader``)."""
    roles: dict[Key, str] = {}
    lines: dict[Key, int] = {}
    for pattern in (_BEFORE, _AFTER):
        for m in pattern.finditer(text):
            key = key_of_text(m.group("name"))
            if key is not None:
                roles.setdefault(key, " ".join(m.group("role").lower().split()))
                line = text.count("\n", 0, m.start("name")) + 1
                lines[key] = min(lines.get(key, line), line)
    return {key: (role, lines[key]) for key, role in roles.items()}


def scalar_roles(text: str, key_of_text: Callable[[str], Key | None]) -> dict[Key, str]:
    """The names the prose of ``text`` gives a scalar role, each with the role's words."""
    return {key: role for key, (role, _line) in scalar_role_sites(text, key_of_text).items()}
