r"""The variable of a derivative the notes write out is not a name "on one side only".

A failing step whose sides write different undeclared names is SKIPPED: the notes may relate a
name of one side to the other in a way they do not write. The variable of a derivative whose
operand is written out and contains it (``x`` in ``\frac{d}{dx} x^3``, ``A`` in ``\nabla_A
\operatorname{tr}(AB)``) is no such name: the step says what the derivative by it is, and a right
side without it (``= 3``, the power rule with the x dropped) is a mistake under every reading.
An operand with an arbitrary function keeps the doubt (documents.generic reads those).

The same holds for the other inputs of a quantity the notes define, differentiated by one of its
variables (:func:`held_inputs`): ``\partial\mathcal{J}/\partial u_2`` with the notes' ``\mathcal{J} =
a u_1^2 + 2b u_1u_2 + \dots`` keeps ``u_1`` (held fixed) in its value, so a right side without it, or
with ``u_2`` in its place, is wrong under every reading; written-out sums (``\partial Y_{12}/\partial
X_{22}`` of the notes' ``Y_{12} = W_{11}X_{12} + \dots``) alike. Again a point named in the prose
before the step keeps the doubt (the derivative may be taken there). An operand written out in
the step itself (``\frac{\partial}{\partial a}(ab + c) = 2a``) is not such a quantity: a name that
stays there keeps its doubt (documents.vanishing). The parameters of a notes' function used bare
(``\partial F/\partial b`` after ``F(a, b) = …``) are on both sides likewise, except where the prose
names a point (:func:`unvalued`).

The prose these read is the step's own section: a heading between the prose and the step (Markdown's
``##``, LaTeX's ``\subsection{…}``) starts a new one (:func:`in_section`). "The two pieces meet smoothly
at $z = -1$" at the end of one section named no point the next section's gradient is taken at, and kept
a dropped factor in it SKIPPED (fresh45's modified Huber loss).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Key, display_key, key_of
from verifier.documents.generic import derivatives_in
from verifier.documents.infer import names_in
from verifier.latex import Component, LatexError, parse_latex

__all__ = ["held_inputs", "in_section", "unvalued", "written_variables"]

# a Markdown heading line, or LaTeX's sectioning command (its title in braces, a short title in brackets)
_HEADING = re.compile(r"^[ \t]*(?:#{1,6}[ \t]|\\(?:chapter|(?:sub)*section|(?:sub)?paragraph)\*?[ \t]*[\[{])",
                      re.MULTILINE)

# the prose names a point in words or through another name: "at the origin", "evaluated at zero",
# "at $x_0 = 0$", "at the point $a$" (the step may be the derivative there, whatever the variable's name)
_AT_POINT = re.compile(
    r"\b(?:at|evaluated\s+at)\s+(?:the\s+(?:origin|point|optimum|minimum|maximum|minimi[sz]er)\b|zero\b"
    r"|\$[^$]*=\s*-?\d)",
    re.IGNORECASE,
)


def in_section(prose: str) -> str:
    """``prose`` from the line after its last heading (all of it when it has none): what the prose before a
    step says in the step's own section."""
    starts = [m.start() for m in _HEADING.finditer(prose)]
    if not starts:
        return prose
    end = prose.find("\n", starts[-1])
    return "" if end < 0 else prose[end + 1 :]


def written_variables(trees: Iterable[sp.Basic], arbitrary: Collection[str], prose: str = "") -> set[str]:
    """Names that are the variable of a derivative in ``trees`` whose operand writes that variable and
    calls none of the ``arbitrary`` functions (documents.generic.generic_names; ``tr`` is no such),
    and that the ``prose`` before the step gives no value ("at $x = 0$": the step may be the
    derivative at that point, so the variable may well be missing from its right side). Prose that
    names a point another way ("at the origin", "at $x_0 = 0$") leaves every such name in doubt: which
    variable the point is of is not said."""
    prose = in_section(prose)
    out: set[str] = set()
    for tree in trees:
        hessians = [(h.args[0], h.args[1]) for h in sp.preorder_traversal(tree)
                    if isinstance(h, AppliedUndef) and h.func.__name__ == "hessian" and len(h.args) == 2]  # fmt: skip
        # ∇²f(x, y), ∇f(x, y) of a function of several numbers: each plain argument is a variable
        # (documents.callgradients; ∇²f(x, y) = [[2, 1], [1, 2]] writes neither, green72)
        called = [(h.args[0], a) for h in sp.preorder_traversal(tree) if isinstance(h, AppliedUndef)
                  and h.func.__name__ in ("hessian", "grad") and len(h.args) == 1
                  and isinstance(h.args[0], AppliedUndef) and len(h.args[0].args) >= 2
                  for a in h.args[0].args if isinstance(a, sp.Symbol)]  # fmt: skip
        for expr, var in [*derivatives_in(tree), *hessians, *called]:  # ∇²f(x) = 2A: x is the Hessian's variable
            if any(getattr(a.func, "__name__", "") in arbitrary for a in expr.atoms(AppliedUndef)):
                continue
            # \nabla_{W[i,:]}: a slice's variable is its matrix; the index and the ':' are no names (trust14)
            names = names_in(var.args[0] if isinstance(var, Component) and var.args else var)
            if names and names <= names_in(expr):
                out |= names
    if _AT_POINT.search(prose):
        return set()
    return {n for n in out if not _valued(n, prose)}


def held_inputs(
    held: Iterable[tuple[sp.Derivative, set[Key]]], arbitrary: Collection[str], prose: str = ""
) -> set[Key]:
    """The inputs of notes' definitions that derivatives differentiate by one of their variables:
    ``held`` pairs each derivative with the keys its operand reaches through the definitions
    (``v_1`` apart from ``v_2``) and its variable's keys. A pair whose operand calls, or reaches, an
    ``arbitrary`` function is dropped (it may hide any dependence), and so is every key when the
    ``prose`` before the step names a point or gives that name a value, as for
    :func:`written_variables`."""
    prose = in_section(prose)
    if _AT_POINT.search(prose):
        return set()
    out: set[Key] = set()
    own: set[Key] = set()  # the variables the derivatives are taken by
    for d, keys in held:
        calls = {getattr(a.func, "__name__", "") for a in d.expr.atoms(AppliedUndef)}
        if calls & set(arbitrary) or {k[0] for k in keys} & set(arbitrary):
            continue
        operands = names_in(d.expr) | calls
        # an inline equation defining a name the operand reaches (``$s = v^T a$`` of ``L = (s - y)^2``) is the
        # notes' definition that relates the input to the operand, not a constraint tying it to the variable
        reached = {display_key(k) for k in keys}
        out |= {k for k in keys if not _tied(display_key(k), operands, prose, reached)}
        own |= {k for v, _ in d.variable_count for k in _keys_of_variable(v)}
    # "minimising over $u_1$ first", "with $w_1$ set to its optimal value": the prose names that input on
    # its own right before the step, which may vary or eliminate it (not held fixed). The variable the
    # derivative is taken by is not eliminated that way ("the visible bias $b$", then ∂F/∂b): named alone,
    # it is still the derivative's own variable.
    return {k for k in out if not _valued(display_key(k), prose)
            and (k in own or not _named_alone(display_key(k), prose))}  # fmt: skip


def _keys_of_variable(v: sp.Basic) -> set[Key]:
    """The keys a derivative's variable is (``u_2``: u_2; ``s_i``: s, as the held keys write it)."""
    key = key_of(v)
    if key is None:
        return set()
    return {key} if all(r.isdigit() for r in key[1]) else {(key[0], ())}


def unvalued(names: set[str], prose: str) -> set[str]:
    """``names`` (the parameters of a notes' function used bare) less those the ``prose`` before the
    step gives a value, and none when it names a point ("At the optimum $a = 0$": the derivative may
    be taken there, so ``a`` may well be missing from the right side)."""
    prose = in_section(prose)
    if _AT_POINT.search(prose):
        return set()
    return {n for n in names if not _valued(n, prose)}


def _spelled(name: str) -> str:
    r"""A pattern for ``name`` as LaTeX writes it (``u_1``, ``u_{1}``, ``\theta_2``)."""
    head, _, sub = name.partition("_")
    return (re.escape(head) if len(head) == 1 else r"\\?" + re.escape(head)) + (
        r"_\s*(?:" + re.escape(sub) + r"|\{\s*" + re.escape(sub) + r"\s*\})" if sub else "")


def _named_alone(name: str, prose: str) -> bool:
    """Does ``prose`` write ``name`` alone in an inline formula (``$u_1$``, ``$u_{1}$``, ``$w_1^*$``)?"""
    pattern = r"\$\s*" + _spelled(name) + r"\s*(?:\^\s*(?:\*|\{\s*\*\s*\}|\\ast))?\s*\$"
    return re.search(pattern, prose) is not None


def _tied(name: str, operands: set[str], prose: str, reached: Collection[str] = ()) -> bool:
    """Does ``prose`` write ``name`` in an inline equation that is not about the differentiated quantity
    (none of ``operands`` in it): a constraint ("on the line where $u_1 + u_2 = 1$") that may tie it to
    the variable? The definition of the quantity itself (``$J = u_1^2 + …$``) writes an operand, and
    the definition of a name the operand ``reached`` through the notes' definitions (``$s = v^T a$`` of
    ``L = (s - y)^2 / 2``) relates the input to the operand: neither is a tie."""
    spelled = r"(?<![A-Za-z\\])" + _spelled(name) + r"(?![0-9A-Za-z])"
    for m in re.finditer(r"(?<!\$)\$([^$]+)\$(?!\$)", prose):
        body = m.group(1)
        if "=" not in body or not re.search(spelled, body):
            continue
        written: set[str] = set()
        try:
            parts = [names_in(parse_latex(part)) for part in body.split("=")]
        except LatexError:
            return True  # an equation with the name that cannot be read: it may tie it to the variable
        written = set().union(*parts)
        if not written & operands and not (len(parts) == 2 and len(parts[0]) == 1 and parts[0] & reached):
            return True
    return False


def _valued(name: str, prose: str) -> bool:
    """Does ``prose`` give ``name`` a value (``$x = 0$``, ``$w=-1.5$``, ``at $x_0 = 2$``), or, for a lowercase letter,
    a sentence outside formulas ("With x = (1, 5, 7) and p = 2:", notes typed in Unicode: fresh39)?"""
    spelled = re.escape(name) if len(name) == 1 else r"\\?" + re.escape(name)
    if re.search(r"\$\s*" + spelled + r"\s*=\s*-?\d", prose) is not None:
        return True
    if len(name) != 1 or not name.islower():
        return False  # "here K = 3": a capital stated in words is a size (the number of classes), no point
    plain = re.sub(r"\$\$.*?\$\$|\$[^$]*\$", " ", prose, flags=re.DOTALL)  # the words, formulas left out
    # not inside a subscript, superscript or group (``\sum_{i=1}^n`` of a formula the prose is cut inside of: read17)
    return re.search(r"(?<![\w\\.{_^])(?<![{_^]\s)" + spelled + r"\s*=\s*-?\d", plain) is not None
