r"""A conditional density the notes define through its logarithm: ``\log q(\tilde x \mid x) = -\frac{(\tilde x
- x)^2}{2\sigma^2} - \log\sigma - …``.

Notes on likelihoods and score matching write the log-density out rather than the density. Read as a
claim, such a line relates an undeclared name to a formula ("an equation between undeclared
quantities"), and the score on the next line, ``\frac{\partial}{\partial\tilde x}\log q(\tilde x\mid x)``,
has nothing to differentiate. The line says what ``q(\tilde x \mid x)`` is: the exponential of the
right side (the logarithm is one-to-one), so it is learned as ``q(\tilde x\mid x) = \exp(\text{body})``
and the score is checked against it. Only a conditional (``\mid`` or ``|`` inside the call):
``\log p(x)`` parses as ``x \log p`` and is left alone. Only a density the notes write here first
(:func:`written_before`): after "for one sample, $p(y_i \mid x_i; \theta) = …$", the line
``\log p(\mathbf{y} \mid \mathbf{x}; \theta) = \sum_i …`` is the log-likelihood derived from it (a claim,
documents.iidjoint), not a definition. Nor a density whose outcome the notes gave a distribution before
(:func:`distributed_before`: "$y \mid x \sim \mathcal{N}(w x, \sigma^2)$", then ``\log p(y \mid x) = …``): the line
works that distribution's log-density out, a claim (learned as the definition, a dropped ½ there made the
score that follows the mistake green).

A plain name is defined the same way (:func:`log_of_name`): "$\log p_i = z_i - \log\sum_k e^{z_k}$" (log-softmax)
says what ``p_i`` is, ``\exp`` of the right side, where the notes write the name nowhere before that line and
define it nowhere else (:func:`first_written`): after "$p = \mathrm{softmax}(z)$" the same line is a claim about
p, checked as one.
"""

from __future__ import annotations

import re

__all__ = ["distributed_before", "exp_of", "first_written", "log_of_conditional", "log_of_name", "written_before"]

_LOG_OF = re.compile(
    r"\s*\\(?:log|ln)\b\s*(?P<inner>\\?[A-Za-z]+\s*(?:\\left\s*)?\((?P<args>[^()]*)(?:\\right\s*)?\))\s*"
)


def log_of_conditional(lhs: str) -> str | None:
    r"""``q(\tilde x \mid x)`` of a left side ``\log q(\tilde x \mid x)`` (or ``\ln``), or None."""
    m = _LOG_OF.fullmatch(lhs)
    if m is None or not re.search(r"\\mid\b|\|", m.group("args")):
        return None
    return m.group("inner").strip()


# \log p_i, \log \hat{y}_k, \ln q: the logarithm of one Latin letter, maybe accented, with one subscript
_LOG_NAME = re.compile(
    r"\s*\\(?:log|ln)\b\s*(?P<inner>(?:\\(?:hat|tilde|bar)\s*\{\s*(?P<a>[A-Za-z])\s*\}|\\(?:hat|tilde|bar)\s+(?P<b>[A-Za-z])"
    r"|(?P<c>[A-Za-z]))(?:\s*_\s*(?:\{\s*[A-Za-z0-9]{1,3}\s*\}|[A-Za-z0-9]))?)\s*"
)


_FORMULA = re.compile(r"\$\$.*?\$\$|\$[^$]*\$|\\\[.*?\\\]|\\begin\{.*?\\end\{", re.S)


def log_of_name(lhs: str) -> str | None:
    r"""``p_i`` of a left side ``\log p_i`` (or ``\ln``): the logarithm of one name, or None. Not ``e`` or ``d``."""
    m = _LOG_NAME.fullmatch(lhs)
    if m is None or (m.group("a") or m.group("b") or m.group("c")) in ("e", "d"):
        return None
    return m.group("inner").strip()


def first_written(text: str, name: str, line: int) -> bool:
    r"""Is the letter of ``name`` (``p`` of ``p_i``) written in no formula of ``text`` before line ``line``
    (1-based; the line's own formulas before it count), and set equal to nothing elsewhere (``p_j = …``,
    ``p = …``, ``p(z) = …`` on any other line)?"""
    letter = re.escape(re.sub(r"^\\(?:hat|tilde|bar)\s*\{?\s*", "", name)[0])
    rows = text.splitlines()
    row = rows[line - 1] if 0 < line <= len(rows) else ""
    at = row.find(r"\log") if r"\log" in row else row.find(r"\ln")
    before = "\n".join([*rows[: max(line - 1, 0)], row[: max(at, 0)]])
    written = re.compile(r"(?<![A-Za-z\\])" + letter + r"(?![A-Za-z])")
    if any(written.search(m.group(0)) for m in _FORMULA.finditer(before)):
        return False
    defined = re.compile(r"(?:^|\$|\\\[|&|,|\\q?quad)\s*(?:\\(?:hat|tilde|bar)\s*\{?\s*)?" + letter
                         + r"\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+)\s*)?"
                         r"(?:\([^()]*\)\s*)?(?::=|=|\\coloneqq|\\triangleq|\\equiv)")  # fmt: skip
    rest = row[max(at, 0) :]
    after = rest[rest.find("$", 1) :] if rest.find("$", 1) > 0 else ""  # the line's formulas after this one
    return not any(defined.search(r) for k, r in enumerate(rows, 1) if k != line) and not defined.search(after)


def written_before(text: str, density: str, line: int) -> bool:
    r"""Does ``text`` write the letter of ``density`` as a call (``p(``, ``p_\theta(``) on a line before
    ``line`` (1-based)?"""
    head = re.match(r"\\?[A-Za-z]+", density)
    if head is None:
        return True
    letter = re.escape(head.group(0))
    call = re.compile(r"(?<![A-Za-z\\])" + letter + r"(?:_\{?\\?[A-Za-z0-9]+\}?)?\s*(?:\\left\s*)?\(")
    return any(call.search(row) for row in text.splitlines()[: max(line - 1, 0)])


def distributed_before(text: str, density: str, line: int) -> bool:
    r"""Does ``text`` give the outcome of ``density`` (``y`` of ``p(y \mid x)``) its distribution given the
    conditions with ``\sim`` on a line before ``line`` (1-based): ``y \mid x \sim …``, or ``y \sim …`` /
    ``y_i \sim …`` whose distribution writes a condition (``\mathcal{N}(w x, \sigma^2)``)? A prior
    ``\lambda \sim \mathrm{Gamma}(\alpha, \beta)`` is not the posterior ``p(\lambda \mid x)``."""
    inside = density.partition("(")[2].rpartition(")")[0]
    outcome, _, given = _split_bar(inside)
    outcome = re.sub(r"\s+", "", re.split(r"[;,]", outcome)[0])
    conditions = set(re.findall(r"\\[A-Za-z]+|[A-Za-z]", given)) - _FORMATTING
    if not outcome or not conditions:
        return False
    stated = re.compile(r"(?<![A-Za-z])" + re.escape(outcome) + r"(?![A-Za-z])(?:_\{?[^{}$\s]*\}?)?"
                        r"(?P<bar>(?:\\mid|\|)[^$]*?)?\\sim(?![A-Za-z])(?P<law>[^$]*)")  # fmt: skip
    for row in text.splitlines()[: max(line - 1, 0)]:
        for m in stated.finditer(re.sub(r"\s+", "", row)):
            law = re.sub(r"\\(?:mathrm|text|operatorname|mathcal)\{[^{}]*\}", "", m.group("law"))
            written = set(re.findall(r"\\[A-Za-z]+", law)) | set(re.sub(r"\\[A-Za-z]+", "", law))
            if m.group("bar") or conditions & written:
                return True
    return False


# commands that format a name (\mathbf{x} is x), not names
_FORMATTING = {r"\mathbf", r"\boldsymbol", r"\bm", r"\vec", r"\tilde", r"\hat", r"\bar", r"\left", r"\right",
               r"\mathrm"}


def _split_bar(inside: str) -> tuple[str, str, str]:
    """(outcome, bar, conditions) of the arguments of a conditional density."""
    m = re.search(r"\\mid\b|\|", inside)
    if m is None:
        return inside, "", ""
    return inside[: m.start()], m.group(0), inside[m.end() :]


def exp_of(body: str) -> str:
    r"""The density whose logarithm is ``body``: ``\exp\left(body\right)``."""
    return r"\exp\left(" + body + r"\right)"
