r"""A Newton step at one iterate: f's Hessian and gradient at one point, the next iterate by its update rule (ctx62).

Newton notes write a step at the current iterate, ``x^{(i)} - H(x^{(i)})^{-1}\nabla f(x^{(i)})``, then reason about
it in a later chain ("use the above equations to see that $Az^{(i+1)} = … = x^{(i+1)}$"). documents.hessianpoints
reads the stated Hessian H at its own variable x, and leaves it unread at another point: its definition is written
in x. This module reads the chains where that point is the only one:

* **one point**: where every Hessian call of the chain (``H(p)``, ``H^{-1}(p)``, ``H(p)^{-1}``, and a bracket holding
  H, ``(A^THA)^{-1}(p)``) and every gradient of f (``\nabla f(p)``) is at one point p, f is not defined in the notes,
  and the chain writes neither x, nor f, H or another gradient otherwise, the chain is read at x (``H(p)`` as H,
  ``\nabla f(p)`` as ``\nabla f(x)``). That is exact: for an arbitrary f the pair (H(p), ∇f(p)) is what (H(x), ∇f(x))
  is, any symmetric matrix and any vector (f translated by x − p), and p enters the chain otherwise only as itself.
  A chain that writes f's derivatives at two points, or a defined f (the Hessian's value at p is then the notes'),
  is left to hessianpoints (unread).
* **next iterates**: a later chain of the same part that writes the next iterate of an update rule (``x^{(i+1)}``,
  with the rule ``x^{(i+1)} = x^{(i)} - H^{-1}(x^{(i)})\nabla f(x^{(i)})`` above: documents.updaterule) is read
  with the rule's right member in its place, the notes' definition of that iterate; of a rule written in several
  forms (``= z^{(i)} - P^{-1}(z^{(i)})\nabla g(z^{(i)}) = z^{(i)} - (A^THA)^{-1}(x^{(i)})A^T\nabla f(x^{(i)})``) the
  last form that makes the chain one point's is used, and named with the step.
* **iterates**: the names the rules iterate, written at the current label (``x^{(i)}``, ``z^{(i)}``), are read as
  vectors of their own (``x^{[i]}``, documents.iterates' name for an iterate; that module keeps a display that
  shifts the letter a family, as a scalar recurrence is one);
* **the induction's hypothesis**: an assumption of the prose before the chain, in force there (documents.assumed),
  that equates one such iterate with a value ("assume that $x^{(i)} = Az^{(i)}$") puts the value in the iterate's
  place: the chain is read under it, as the notes say (the inference relates no sides of a hypothesis, so the
  iterate alone had no shape).

Every reading is reported with the chain. It runs before hessianpoints (which then reads ``H(x)`` as H).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence

from verifier.documents.assumed import Assumed
from verifier.documents.context import Definition
from verifier.documents.hessianpoints import (
    BOLD,
    INVERSE,
    POINT,
    hessian_function,
    hessian_variable,
    name_pattern,
    plain,
)
from verifier.documents.members import _Chain
from verifier.documents.parts import part_of
from verifier.documents.updaterule import is_update_rule
from verifier.latex.braces import SIZING, bracket_end, split_top_equals

__all__ = ["newton_points"]

#: a gradient of one letter's function at a point: ``\nabla f(p)``, ``\nabla_x f(p)``, ``\nabla_{x} f (p)``
_GRADIENT = r"\\nabla\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z]+)\s*)?{f}\s*(?:\\(?:left|bigl|Bigl|big|Big)\s*)?\("
#: the label of a rule's new iterate: ``x^{(i+1)}`` → name ``x``, letter ``i``
#: an iterate at a shifted label (``x^{(i+1)}``, ``z^{(t-1)}``)
_SHIFTED = re.compile(r"\^\s*\{\s*\(\s*[a-z]\s*[-+]\s*\d+\s*\)\s*\}")
_NEW = re.compile(r"^(?P<name>.*?)\s*\^\s*\{\s*\(\s*(?P<letter>[a-z])\s*\+\s*1\s*\)\s*\}\s*$", re.S)


def _starts_name(text: str, start: int) -> bool:
    r"""Does a name start at ``start``? A command always does (``A\theta``); a letter unless it ends a command's
    name (``\max``): after plain letters it is a factor of a product (``Ax``, ``Bw^{(k)}``)."""
    if text.startswith("\\", start):
        return True
    k = start
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return not (k > 0 and text[k - 1] == "\\")


def _found(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` that start a name (:func:`_starts_name`)."""
    return (m for m in pattern.finditer(text) if _starts_name(text, m.start()))


def _replaced(pattern: re.Pattern[str], text: str, by: str) -> str:
    """``text`` with each match of ``pattern`` that starts a name written ``by``."""
    out, at = [], 0
    for m in _found(pattern, text):
        out += [text[at : m.start()], by]
        at = m.end()
    return "".join(out) + text[at:]


def _token(letter: str) -> re.Pattern[str]:
    r"""``letter`` (``x``, ``\theta``): a command not followed by another letter, a letter wherever it stands (``QB``,
    ``Ax`` are products; :func:`_found` says where it starts a name). Found generously: it is what a chain may not
    write otherwise."""
    letter = letter.lstrip("\\")
    return re.compile(re.escape("\\" + letter) + r"(?![A-Za-z])" if len(letter) > 1 else re.escape(letter))


def _calls(latex: str, name: str, f: str) -> Iterator[tuple[int, int, int, str]]:
    """The calls of ``latex`` at a point: (start of the argument's bracket, its end, where the call's head
    starts, the point), for the Hessian ``name`` (written alone or inside a bracket) and the gradient of ``f``."""
    heads = [(m.start(), m.end() - 1) for m in name_pattern(name).finditer(latex)]
    heads += [(m.start(), m.end() - 1) for m in re.finditer(_GRADIENT.replace("{f}", re.escape(f)), latex)]
    token = _token(name)
    for k, ch in enumerate(latex):  # a bracket holding the Hessian, applied at a point: (A^THA)^{-1}(p)
        if ch != "(" or (close := bracket_end(latex, k)) < 0 or not any(_found(token, latex[k:close])):
            continue
        after = re.compile(INVERSE).match(latex, close + 1)
        at = after.end() if after else close + 1
        opening = re.compile(r"\s*(?:\\(?:left|bigl|Bigl|big|Big)\s*)?\(").match(latex, at)
        if opening:
            heads.append((k, opening.end() - 1))
    for head, opened in heads:
        end = bracket_end(latex, opened)
        if end > 0:
            yield opened, end, head, latex[opened + 1 : end].strip()


def _defined(lines: Sequence[str], f: str) -> bool:
    """Do the notes define ``f`` (``f(x) = …``, ``f := …``, ``$f = …$``)? Then its Hessian at a point is theirs."""
    call = r"\s*(?:\((?:[^()]|\([^()]*\))*\))?"
    head = re.compile(r"(?<![\\A-Za-z_])" + re.escape(f) + call + r"\s*(?::=|\\coloneqq|=(?!=))")
    for line in lines:
        for m in head.finditer(line):
            before = line[: m.start()].rstrip()
            if not re.search(r"\\(?:nabla|partial)\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z]+))?$|[\^']$", before):
                return True
    return False


def _at_one_point(latexes: Sequence[str], name: str, variable: str, f: str, others: Iterable[str]) -> str | None:
    """The point every call of ``latexes`` is at, when the chain is one point's (module docstring), else None."""
    points: set[str] = set()
    rest = []
    for latex in latexes:
        calls = sorted(set(_calls(latex, name, f)), key=lambda c: c[2])
        if any(not POINT.fullmatch(SIZING.sub("", p)) for _, _, _, p in calls):
            return None
        points |= {plain(SIZING.sub("", p)) for _, _, _, p in calls}
        cut, at = [], 0
        for opened, end, head, _ in calls:
            if head < at:
                return None  # a call inside another's argument or bracket
            inside = latex[head + 1 : opened] if latex[head] == "(" else ""  # a bracket's other names count
            cut += [latex[at:head], " ", _replaced(_token(name), inside, " "), " "]
            at = end + 1
        rest.append("".join(cut) + latex[at:])
    if len(points) != 1:
        return None
    point = points.pop()
    if point == plain(variable):
        return None  # at x already: hessianpoints reads it
    spaced = r"\s*".join(re.escape(c) for c in point)
    text = re.sub(spaced, " ", BOLD.sub(r"\1", " ".join(rest)))  # p itself is free to appear
    if any(any(_found(_token(n), text)) for n in (variable, f, name, *others)) or "\\nabla" in text:
        return None  # x, f or H written otherwise, another gradient, another stated Hessian: not one point's
    return point


def _at_variable(latex: str, name: str, f: str, point: str, variable: str) -> str:
    """``latex`` with each call at ``point`` written at ``variable`` (a bracket's call dropped: its H is at x)."""
    calls = sorted(_calls(latex, name, f), key=lambda c: c[0])
    out, at = [], 0
    for opened, end, head, _ in calls:
        if opened < at:
            continue
        bracket = latex[head] == "("
        out += [latex[at:opened], "" if bracket else f"({variable})"]
        at = end + 1
    return "".join(out) + latex[at:]


def _rules(chains: Sequence[_Chain]) -> list[tuple[_Chain, str, str, list[str]]]:
    """The update rules among ``chains``: (chain, new iterate's name, its letter, the rule's right members)."""
    out = []
    for c in chains:
        if len(c.members) < 2 or not all(m.latex for m in c.members):
            continue
        if is_update_rule(c.members[0].latex, c.members[1].latex) is None:
            continue
        m = _NEW.match(c.members[0].latex.strip())
        if m is not None:
            out.append((c, m.group("name"), m.group("letter"), [x.latex for x in c.members[1:]]))
    return out


def _current(name: str, letter: str, shift: str = "") -> re.Pattern[str]:
    """``name^{(letter)}``, the current iterate; ``shift`` ``"+1"``: ``name^{(letter+1)}``, the next one."""
    shifted = r"\s*\+\s*1" if shift == "+1" else ""
    return re.compile(re.escape(name) + r"\s*\^\s*\{\s*\(\s*" + letter + shifted + r"\s*\)\s*\}")


def newton_points(
    chains: Sequence[_Chain],
    stated: Iterable[Definition],
    lines: Sequence[str],
    assumed: Sequence[Assumed] = (),
    declared: Callable[[int], Collection[str]] = lambda _line: (),
) -> None:
    """Read, in place, the chains of a Newton step at one iterate (module docstring); ``assumed``: the prose's
    assumptions, read with the chain's iterates where they write them; ``declared``: the names a context declares
    at a line (a function a context defines is not arbitrary: its Hessian at a point is its own)."""
    hessians = [(d, v) for d in stated if (v := hessian_variable(d)) is not None]
    if not hessians:
        return
    rules = _rules(chains)
    names = {d.key[0] for d, _ in hessians}
    for chain in chains:
        if any(m.error or m.unread or not m.latex for m in chain.members) or chain in [r[0] for r in rules]:
            continue
        part = part_of(lines, chain.line)
        mine = [r for r in rules if r[0].line < chain.line and part_of(lines, r[0].line) == part]
        used = [r for r in mine if any(any(_found(_current(r[1], r[2], "+1"), m.latex)) for m in chain.members)]
        for d, variable in hessians:
            if chain.line < d.line:
                continue
            f = hessian_function(d)
            if f is None or _defined(lines, f) or f in declared(chain.line):
                continue
            done = _read(chain, used, mine, d.key[0], variable, f, names - {d.key[0]}, assumed)
            if done:
                break


def _read(
    chain: _Chain,
    used: list[tuple[_Chain, str, str, list[str]]],
    mine: list[tuple[_Chain, str, str, list[str]]],
    name: str,
    variable: str,
    f: str,
    others: set[str],
    assumed: Sequence[Assumed],
) -> bool:
    """Rewrite ``chain`` (its next iterates by the rules ``used``) when it is one point's; True if it was."""
    originals = [m.latex for m in chain.members]
    forms = [list(reversed(r[3])) for r in used]  # the last form first
    for choice in itertools.product(*forms) if used else [()]:
        latexes = originals
        for (_, new, letter, _), form in zip(used, choice, strict=True):
            pattern = _current(new, letter, "+1")
            latexes = [_replaced(pattern, x, f"\\left({form}\\right)") for x in latexes]
        point = _at_one_point(latexes, name, variable, f, others)
        if point is None or any(_SHIFTED.search(x) for x in latexes):
            continue  # not one point's, or an iterate no rule gives (x^{(i-1)}): a family's entry, not read so
        latexes = [_at_variable(x, name, f, point, variable) for x in latexes]
        renamed = sorted({(r[1], r[2]) for r in mine})
        for new, letter in renamed:
            latexes = [_replaced(_current(new, letter), x, f"{new}^{{[{letter}]}}") for x in latexes]
        assuming = []
        for a in assumed:  # "assume that $x^{(i)} = Az^{(i)}$": the iterate is that value in the chain
            sides = [x.strip() for x in split_top_equals(a.body)]
            if not a.line < chain.line <= a.last or len(sides) != 2:
                continue
            for new, letter in renamed:
                one = _current(new, letter)
                for it, value in (sides, sides[::-1]):
                    if not one.fullmatch(it) or any(_found(one, value)):
                        continue
                    for other, k in renamed:  # the value's iterates as the chain now writes them
                        value = _replaced(_current(other, k), value, f"{other}^{{[{k}]}}")
                    own = re.compile(re.escape(f"{new}^{{[{letter}]}}"))
                    latexes = [_replaced(own, x, f"\\left({value}\\right)") for x in latexes]
                    assuming.append(f"{new}^({letter}) read as {value}: {a.note}")
                    break
        for m, latex in zip(chain.members, latexes, strict=True):
            m.latex = latex
        bare = variable.lstrip("\\")
        chain.notes.append(
            f"{name}({point}) and \\nabla {f}({point}) read at {bare}: the chain writes {f}'s derivatives at the one "
            f"point {point} and {f} is arbitrary (any Hessian and gradient there)"
        )
        for (c, new, letter, _), form in zip(used, choice, strict=True):
            chain.notes.append(f"{new}^({letter}+1) read by its update rule at line {c.line}: {form.strip()}")
        if renamed:
            chain.notes.append(
                ", ".join(f"{n}^({k})" for n, k in renamed) + " read as vectors of their own (the iterates of the "
                "update rules above)"
            )
        chain.notes.extend(assuming)
        return True
    return False
