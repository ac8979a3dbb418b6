r"""The layout the notes' own gradients settle: a gradient by a matrix written transposed is FAILED.

A derivative of a scalar by a matrix has two layouts: the denominator layout (shaped as the matrix,
the reading checked first) and the numerator layout (its transpose). Where the notes state neither,
a step that holds only in the numerator layout (``\partial L/\partial W_2 = h\delta_2^T`` for
``\delta_2 h^T``) is SKIPPED "holds only when read with numerator layout …, which the notes do not
state", and one whose sides come out transposed (``\partial L/\partial W_1 = x\delta_1^T``, 3×2 against
2×3) SKIPPED "the shapes inferred … do not fit": both may be the other convention.

But notes that write one gradient by a matrix do not switch layouts for the next. When another step
of the same notes equates a derivative by a matrix annotated non-square (``W_1 \in
\mathbb{R}^{m \times d}``) with its value and holds as written (PROVED/PASSED, no other reading
needed), that step holds in the denominator layout only (in the numerator layout its sides' shapes
would be d×m against m×d): the notes' layout is settled, and those two SKIPPED steps are the
missing transpose (FAILED, with the written reading's counterexample where it has one). A document
that states the numerator layout anywhere, or a context that declares a layout, is left as it is.

A bold name is its plain name (``\mathbf{W} \in \mathbb{R}^{m \times d}``, ``\partial L/\partial\mathbf{W}``), and a
step green under the one-hot labels reading alone settles as one green as written (that reading changes no shape). A
vector gradient green only as a row beside such a step is SKIPPED; for that alone a matrix the checker read
non-square ("inferred W: a n₃×n₂ matrix", no annotation) settles too (red68), and so does a matrix read square whose
gradient holds as written as an outer product of two different factors (``(Wx - y)x^T``: not symmetric, so its
transpose, the numerator layout's value, differs; green69). A symmetric value (``x x^T``) settles nothing.

A post-pass over a document's checked chains (:meth:`PreparedDocument.finished`): the chains are
checked independently, and the evidence may stand after the step it settles. The evidence counts in
its own part of the notes only (documents.parts: a homework's problems may follow other conventions).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from verifier.documents.parts import part_of
from verifier.documents.partscope import SAME, relation
from verifier.documents.records import CheckedChain
from verifier.latex.braces import without_braces
from verifier.results import StepResult, Verdict

_GROUP = r"(?:[^{}]|\{[^{}]*\})+?"
_FRAC = re.compile(r"\\frac\s*\{\s*\\partial\s*" + _GROUP + r"\s*\}\s*\{\s*\\partial\s*(" + _GROUP + r")\s*\}")
_SLASH = re.compile(r"\\partial\s*[A-Za-z]\w*\s*/\s*\\partial\s*(\\?[A-Za-z]+(?:_\{[^{}]*\}|_\w)?)")
_NABLA = re.compile(r"\\nabla_\s*(\{" + _GROUP + r"\}|\\?[A-Za-z]+)")
# (a name starts where its run of letters starts: tried at every letter of a long run it was quadratic; redteam36)
_ANNOTATED = re.compile(r"((?:\\(?:mathbf|boldsymbol|bm)\s*\{[^{}]*\}|(?<![A-Za-z\\])[A-Za-z]+|\\[A-Za-z]+)"
                        r"(?:_\{[^{}]*\}|_\w)?)"
                        r"\s*\\in\s*\\mathbb\s*\{?R\}?\s*\^\s*\{\s*([A-Za-z0-9]+)\s*"
                        r"(?:\\times|\\cdot|\*)\s*([A-Za-z0-9]+)\s*\}")  # fmt: skip
# "numerator layout", "the (numerator) convention", "numerator (Jacobian) layout", "the Jacobian convention"
_NUMERATOR_SAID = re.compile(r"\bnumerator\b[\s()-]*(?:\(?\s*Jacobian\s*\)?[\s-]*)?(?:layout|convention|notation)"
                             r"|\bJacobian[\s-]+(?:layout|convention|formulation)", re.IGNORECASE)
_UNSAID = "numerator layout for derivatives, which the notes do not state"
# a vector gradient green in the other layout: read so, or "up to orientation" (a row against a column)
_NUMERATOR_READ = ("holds when read with numerator layout", "holds up to orientation")
_READ = "holds when read with "
_LITERAL_FAILS = " (the literal reading fails)"
# bold names are the plain names the parser reads (\mathbf{W} is W): an annotation and a derivative may differ in it
# readings that change no shape: a step green under one of them alone settles the layout as one green as written
# (softmax regression's ∂L/∂W = (p − y)xᵀ with the target y read one-hot; meanings.HOT_NOTE)
_SHAPE_KEPT = ("the labels y/t one-hot",)
_BOLD = re.compile(r"\\(?:mathbf|boldsymbol|bm)\s*(?:\{([^{}]*)\}|([A-Za-z]))")
_TRANSPOSED_SIDES = re.compile(r"the shapes inferred for the undeclared names do not fit this step \(shape mismatch: "
                               r"the left member is (\d+)×(\d+), the right member is (\d+)×(\d+)")  # fmt: skip
_GREEN = (Verdict.PROVED, Verdict.PASSED)
_HINT = "; declare the shapes in a context"
_AT = re.compile(r" \(at ([^()]*)\)")
# an outer product ``a b^T`` of two factors, each a name (bold, subscripted) or a bracket: (Wx - y) x^T, \delta h^\top
_FACTOR = r"(\((?:[^()]|\([^()]*\))*\)|(?:\\(?:mathbf|boldsymbol|bm)\s*\{[^{}]*\}|\\?[A-Za-z]+)(?:_\{[^{}]*\}|_\w)?)"
_OUTER = re.compile(_FACTOR + r"\s*(?:\\,|\\cdot)?\s*" + _FACTOR
                    + r"\s*\^\s*(?:\{\s*(?:\\top|\\intercal|T|\\mathsf\{T\})\s*\}|\\top|\\intercal|T)")
_ZERO = re.compile(r"\s*(?:0|\\(?:mathbf|boldsymbol|vec|bm)\s*\{?[0O]\}?)\s*")  # a zero: no shape to transpose


class _Notes(Protocol):
    """What the post-pass asks of the read document (documents.reader)."""

    text: str

    def layout_said(self, line: int) -> str | None: ...


def _name(raw: str) -> str:
    """``W_{1}``, ``{W_1}``, ``W_1`` → ``W_1`` (the key the annotation and the derivative share)."""
    raw = _BOLD.sub(lambda m: m.group(1) or m.group(2), raw).strip()
    if raw.startswith("{") and raw.endswith("}"):
        raw = raw[1:-1].strip()
    return without_braces(raw)


def _factor(raw: str) -> str:
    """A factor of an outer product as a plain key: no bold wrapper, no spaces, no outer bracket."""
    raw = re.sub(r"\s+", "", _BOLD.sub(lambda m: m.group(1) or m.group(2), raw))
    while raw.startswith("(") and raw.endswith(")"):
        raw = raw[1:-1]
    return without_braces(raw)


def _variable(member: str) -> str | None:
    """The variable of ``member`` when the whole member is one derivative (``\\frac{\\partial L}{\\partial
    W}``, ``\\partial L/\\partial W``, ``\\nabla_W L``), else None."""
    text = member.strip()
    for pattern in (_FRAC, _SLASH):
        m = pattern.match(text)
        if m and m.end() == len(text):
            return _name(m.group(1))
    m = _NABLA.match(text)
    if m and re.fullmatch(
        r"\s*(?:\\?[A-Za-z]+(?:_\{[^{}]*\}|_\w)?|\\mathrm\{\w+\}\s*\(\s*\w+\s*\))?\s*", text[m.end() :]
    ):
        return _name(m.group(1))
    return None


def _reading(message: str) -> str | None:
    """The other reading a green step was read with (``"holds when read with NOTE (the literal reading fails)…"``), if
    it names one reading only; else None."""
    if not message.startswith(_READ) or message.count(_READ) != 1 or _LITERAL_FAILS not in message:
        return None
    return message[len(_READ) : message.index(_LITERAL_FAILS)]


def _numerator_read(message: str) -> bool:
    """Is a green step's ``message`` a reading in the numerator layout, alone or with another reading (``the labels
    y/t one-hot and numerator layout for derivatives``: softmax regression's ∂L/∂x = (p − y)ᵀW)?"""
    if message.startswith(_NUMERATOR_READ):
        return True
    note = _reading(message)
    return note is not None and "numerator layout" in note


def _non_square(text: str) -> dict[str, tuple[str, str]]:
    """Names the notes annotate as matrices of two different sizes (``W \\in \\mathbb{R}^{m \\times d}``);
    a name annotated more than once with different sizes is left out (two quantities)."""
    seen: dict[str, set[tuple[str, str]]] = {}
    for m in _ANNOTATED.finditer(text):
        seen.setdefault(_name(m.group(1)), set()).add((m.group(2), m.group(3)))
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and len({*next(iter(v))}) == 2}


def _read_non_square(s: StepResult, name: str) -> bool:
    """Did the checker read ``name`` as a non-square matrix for the step ``s`` ("inferred W: a n₃×n₂ matrix")?"""
    m = re.search(r"\binferred " + re.escape(name) + r": a (\S+)×(\S+) matrix\b", s.message)
    return m is not None and m.group(1) != m.group(2)


def _settling(
    chains: Sequence[CheckedChain | None], sizes: dict[str, tuple[str, str]], part: tuple[int, int],
    lines: Sequence[str], at: int, inferred: bool = False,
) -> tuple[int, str, str] | None:
    r"""(line, step, why in that layout only) of a step of the lines ``part`` that holds as written equating a
    derivative by a non-square matrix with its value: it holds in the denominator layout only. No problem starts
    between it and ``at`` either ("**Problem 2.**", documents.partscope: parts.part_of splits at headings only).
    With ``inferred`` a matrix the checker read non-square for that step counts as well as an annotated one
    (``\partial L/\partial W = \delta x^T`` with W inferred n₃×n₂ from ``z = Wx + b``)."""
    for c in chains:
        if c is None:  # a chain left unchecked (tests' check_chains_at)
            continue
        for s, line in zip(c.result.steps, c.step_lines, strict=True):
            if not part[0] <= line <= part[1] or relation(lines, line, at) != SAME:
                continue
            if s.verdict not in _GREEN or "layout" in s.message or (
                    _READ in s.message and _reading(s.message) not in _SHAPE_KEPT):
                continue
            by = [_variable(m) for m in (s.lhs_latex, s.rhs_latex)]
            if any(_ZERO.fullmatch(m) for m in (s.lhs_latex, s.rhs_latex)):
                continue  # ∂(bᵀb)/∂W = 0 holds in either layout: a zero has no shape to transpose
            named = [v for v in by if v is not None]
            if len(named) != 1:
                continue
            if named[0] in sizes or (inferred and _read_non_square(s, named[0])):
                return line, f"{s.lhs_latex} = {s.rhs_latex}", "its matrix non-square"
            if inferred and _square_outer(s, named[0]):  # (Wx - y)xᵀ, W square: not symmetric (green69)
                return line, f"{s.lhs_latex} = {s.rhs_latex}", "its value an outer product that is not symmetric"
    return None


def _square_outer(s: StepResult, name: str) -> bool:
    r"""Is ``s`` a derivative by ``name``, a matrix the checker read square, equated with an outer product ``a b^T``
    of two different factors (``(Wx - y) x^T``)? Such a value is not symmetric, so as written it holds in the
    denominator layout only (the numerator layout's value is ``b a^T``): a square matrix settles the layout then
    (green69; a symmetric ``x x^T`` holds in both and settles nothing)."""
    m = re.search(r"\binferred " + re.escape(name) + r": a (\S+)×(\S+) matrix\b", s.message)
    if m is None or m.group(1) != m.group(2):
        return False
    value = s.rhs_latex if _variable(s.lhs_latex) is not None else s.lhs_latex
    outer = _OUTER.fullmatch(value.strip())
    if outer is None:
        return False
    left, right = (_factor(outer.group(k)) for k in (1, 2))
    return left != right and left != name and right != name


def _transposed_sides(s: StepResult, sizes: dict[str, tuple[str, str]]) -> bool:
    """Do the sides of ``s`` come out as transposes, the derivative side shaped as its annotated matrix?"""
    m = _TRANSPOSED_SIDES.match(s.message)
    if m is None:
        return False
    left, right = (int(m.group(1)), int(m.group(2))), (int(m.group(3)), int(m.group(4)))
    if left != right[::-1] or left[0] == left[1]:
        return False
    by = [_variable(x) for x in (s.lhs_latex, s.rhs_latex)]
    if sum(v is not None for v in by) != 1:
        return False
    side = 0 if by[0] is not None else 1
    var = by[side]
    if var not in sizes:
        return False
    at = dict(s.sizes)  # a SKIPPED step keeps its sizes in its message only: "(at d=3, k=2, m=4)"
    if (said := _AT.match(s.message, m.end())) is not None:
        at.update((k, int(v)) for k, v in re.findall(r"(\w+)=(\d+)", said.group(1)))
    try:
        shape = tuple(int(d) if d.isdigit() else at[d] for d in sizes[var])
    except KeyError:
        return False
    return shape == (left, right)[side]


def settled_layout(doc: _Notes, chains: list[CheckedChain | None], said_by_context: bool) -> list[CheckedChain | None]:
    """``chains`` with the steps a settled denominator layout refutes FAILED (see the module docstring)."""
    if said_by_context or _NUMERATOR_SAID.search(doc.text):
        return chains
    sizes = _non_square(doc.text)
    lines = doc.text.splitlines()
    out = []
    for c in chains:
        if c is None:
            out.append(c)
            continue
        steps = list(c.result.steps)
        changed = False
        for k, s in enumerate(steps):
            at = c.step_lines[k]
            if s.verdict in _GREEN and _numerator_read(s.message) and doc.layout_said(at) is None and (
                    evidence := _settling(chains, sizes, part_of(lines, at), lines, at, inferred=True)) is not None:
                # ∂L/∂x = δᵀW green only as a row beside a settled ∂L/∂W = δxᵀ: the missing transpose (lead66)
                steps[k] = s.skipped(
                    f"holds only when read with the numerator layout, but the notes' gradients are in the denominator "
                    f"layout (line {evidence[0]}: {evidence[1]} holds as written, {evidence[2]}, and only in that "
                    f"layout): a missing transpose?")  # fmt: skip
                changed = True
                continue
            if not sizes or s.verdict is not Verdict.SKIPPED or doc.layout_said(at) is not None:
                continue  # (a SKIPPED step turns FAILED on annotated evidence only)
            unsaid, transposed = _UNSAID in s.message, _transposed_sides(s, sizes)
            if not (unsaid or transposed):
                continue
            evidence = _settling(chains, sizes, part_of(lines, at), lines, at)  # a homework's problems may differ
            if evidence is None:
                continue
            line, step, _ = evidence
            why = (
                f"the notes' gradients are in the denominator layout (line {line}: {step} holds as written, its "
                f"matrix non-square, and only in that layout)"
            )
            if unsaid:
                literal = s.message.split("read literally: ", 1)[-1]
                message = f"holds only when read with the numerator layout, but {why}; read so: {literal}"
                steps[k] = replace(s, verdict=Verdict.FAILED, message=message)
            else:
                message = f"its sides' shapes are transposes of each other where {why}; {s.message.removesuffix(_HINT)}"
                steps[k] = replace(s, verdict=Verdict.FAILED, counterexample=None, message=message)
            changed = True
        if changed:
            c = c.with_steps(steps)
        out.append(c)
    return out
