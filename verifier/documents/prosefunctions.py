r"""Functions the prose names: "this softmax function $\varsigma$", "where $g(z)$ is the logistic function".

Notes name the activation they use in words and then write it with a letter of their own:
``\varsigma(\mathbf{z})_c``, ``g(z)``, ``g'(z) = g(z)(1 - g(z))``. A reader takes the letter to mean
that function; this module finds those sentences and turns each into a definition of the letter as
the built-in (:data:`verifier.documents.context.BUILTIN_ALIASES`), in force from the sentence's line
on, as if the notes had written ``\varsigma := softmax``: like a definition the notes write, it
holds until the notes define the letter anew (a later problem's ``g(z) = f(Az)``), and a context's
declaration wins over it. It owns only that reading, and keeps it narrow:

* the sentence says it in so many words: "the softmax function $\varsigma$", "$g(z)$ is the
  logistic function", "$\phi$ denotes the sigmoid", "let $s$ be the softmax function" — a word
  after the function's name other than function/activation/map ("$L$ is the logistic loss")
  names something else, and a formula after the name (``$h(z) = 1/(1+e^{-z})$``) is a definition
  the inline reader learns;
* the formula is one plain name, bare or applied (``$\varsigma$``, ``$g(\cdot)$``, ``$g(z)$``),
  never a name with a subscript ("an input to the logistic function $z_i$" names the input);
* the notes apply that name somewhere (``\varsigma(…)``): a letter never applied is not a function;
* a name whose default meaning is already that function (``\sigma``: the logistic) gains nothing;
* a sentence that sets the letter against the function ("unlike the logistic function, $g(z)$ …",
  "instead of the sigmoid function $g$") names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.documents.betaconvention import BETA_NOTE, conventional_beta
from verifier.documents.context import Definition, Key, key_of
from verifier.documents.normalconvention import CONVENTION_NOTE, conventional_normal
from verifier.documents.partscope import OTHER, relation
from verifier.documents.sentences import SENTENCE_END as _SENTENCE_END
from verifier.latex import LatexError, parse_latex

__all__ = ["NAMED", "named_functions", "prose_functions", "reading", "sigma_said_logistic"]

#: the definitions this module made (a Definition is a value: the note for a step is looked up by it)
_MADE: set[Definition] = set()
_MAX_MADE = 4096
_BY_CONVENTION: set[Definition] = set()  # made by documents.normalconvention

#: the built-in each word of the prose means
NAMED = {"softmax": "softmax", "logistic": "logistic", "sigmoid": "logistic", "relu": "relu",
         "rectifier": "relu", "tanh": "tanh", "softplus": "softplus", "swish": "swish", "silu": "silu",
         "softsign": "softsign", "normal_cdf": "normal_cdf", "normal_pdf": "normal_pdf",
         "digamma": "digamma", "beta_function": "beta_function"}  # fmt: skip
_WORDS = "|".join(NAMED)
_NAME = r"\\?[A-Za-z]+"
_ARGS = r"(?:\s*(?:\\left)?\(\s*[^()$=]*\s*(?:\\right)?\))?"  # g(\cdot), g(z), g\left(z\right)
_FORMULA = rf"\$\s*({_NAME}){_ARGS}\s*\$"
_KIND = r"(?:\s+(?:activation\s+)?(?:function|activation|map)\b|(?=\s*(?:[.,;:)]|$)))"
# "the softmax function $\varsigma$", "a sigmoid activation function $g(\cdot)$"
_BEFORE = re.compile(rf"\b({_WORDS})(?:\s+activation)?\s+function\s*,?\s*{_FORMULA}", re.I)
# "$g$ is the sigmoid function", "$\psi$ denotes the softmax", "let $s$ be the softmax function"
_AFTER = re.compile(
    rf"{_FORMULA}\s*,?\s+(?:is|denotes?|be|means|stands\s+for)\s+(?:the|a)\s+({_WORDS}){_KIND}", re.I | re.M
)
# "Unlike the logistic function, $g(z)$ …", "instead of the sigmoid function $g$", "we replace the
# softmax function $s$ by …": the sentence sets the letter against the function, it does not name it
_CONTRAST = re.compile(
    r"\b(?:unlike|instead\s+of|rather\s+than|not|replac\w*|compared?\s+(?:with|to)|differ\w*|than|"
    r"except|other\s+than|alternative\s+to)\b[^.!?]*$",
    re.I,
)
# the standard normal's CDF and density: "with $\Phi$ the standard normal CDF", "$\Phi(x)$ is the CDF of the
# standard normal distribution", "the standard Gaussian density $\varphi$" (GELU, probit notes)
# … or written as a formula: "the CDF of $N(0,1)$", "of $\mathcal{N}(0, 1)$" (trust15)
_STD = (r"(?:standard\s+(?:normal|gaussian)|unit\s+(?:normal|gaussian)|N\(0,\s*1\)"
        r"|\$\s*(?:\\mathcal\s*\{\s*N\s*\}|\\mathcal\s*N|N)\s*\(\s*0\s*,\s*1\s*\)\s*\$)")
_CDF = r"(?:cdf|c\.d\.f\.|cumulative\s+distribution(?:\s+function)?|cumulative\s+density(?:\s+function)?)"
_PDF = r"(?:pdf|p\.d\.f\.|density(?:\s+function)?|probability\s+density(?:\s+function)?)"
_NORMAL_AFTER = re.compile(
    rf"{_FORMULA}\s*,?\s+(?:(?:is|denotes?|be|means|stands\s+for|for)\s+)?(?:the|a|its)\s+"
    rf"(?:{_STD}\s+(?P<kind1>{_CDF}|{_PDF})|(?P<kind2>{_CDF}|{_PDF})\s+of\s+(?:the\s+|a\s+)?{_STD})(?![A-Za-z])",
    re.I,
)
# "Let $\Phi$ denote the standard normal CDF and $\phi$ its density": the density of that CDF, in its sentence
_ITS_DENSITY = re.compile(rf"[^.!?$]*?\band\s+{_FORMULA}\s*,?\s+(?:(?:is|denotes?|for)\s+)?"
                          rf"(?:its|the\s+corresponding)\s+(?:{_PDF})(?![A-Za-z])", re.I)
# "$\Phi$ and $\varphi$ are the standard normal CDF and density", "$\phi$ and $\Phi$ denote the density and CDF of
# the standard normal, respectively": two letters named in one clause, matched to the two words by position (fresh70)
_PAIR_FORMULA = rf"\$\s*(?P<{{}}>{_NAME}){_ARGS}\s*\$"
_PAIR_KINDS = rf"(?P<k1>{_CDF}|{_PDF})\s+and\s+(?:the\s+|its\s+)?(?P<k2>{_CDF}|{_PDF})"
_NORMAL_PAIR = re.compile(
    _PAIR_FORMULA.format("f1") + r"\s*,?\s+and\s+" + _PAIR_FORMULA.format("f2")
    + r"\s*,?\s+(?:(?:are|denote|be|mean|stand\s+for|for)\s+)?(?:the\s+)?"
    + rf"(?:{_STD}\s+{_PAIR_KINDS}|{_PAIR_KINDS.replace('k1', 'k3').replace('k2', 'k4')}\s+of\s+(?:the\s+|a\s+)?{_STD})"
    + r"(?![A-Za-z])(?:\s*,?\s*respectively)?",
    re.I,
)
_NORMAL_BEFORE = re.compile(rf"\b(?:the|a)\s+{_STD}\s+(?P<kind>{_CDF}|{_PDF})\s*,?\s*{_FORMULA}", re.I)
# after the name: "… the standard normal CDF evaluated at $x/s$", "scaled by σ", "truncated to x > 0", "we
# would get" (a counterfactual): the letter is that function of something else, or not that function, not
# the standard normal's (the clause up to "and $…" counts)
_MODIFIED = re.compile(
    r"\b(?:evaluat\w*|appl\w*|at|scal\w*|rescal\w*|shift\w*|truncat\w*|restrict\w*|condition\w*|times|"
    r"multipl\w*|divid\w*|compos\w*|squared|powers?|invers\w*|complement\w*|minus|plus|over|mean|variance|"
    r"standard\s+deviation|location|centred|centered|mixture|would|could)\b|\bof\s*\$",
    re.I,
)
# a clause, not a sentence: sentences.SENTENCE_END, or a clause word ("and $…$", "while", "where")
_CLAUSE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n|\band\s+\$|\b(?:while|where|whereas)\b", re.I)
#: names whose default meaning is already the built-in (verifier.documents.functions)
_DEFAULTS = {"sigma": "logistic", "sigmoid": "logistic", "logistic": "logistic", "softmax": "softmax",
             "relu": "relu", "tanh": "tanh"}  # fmt: skip


def prose_functions(text: str) -> list[Definition]:
    """The built-ins the prose of ``text`` names, as definitions (line: the sentence's line)."""
    return [d for d, _ in named_functions(text)]


def named_functions(text: str) -> list[tuple[Definition, int]]:
    """The definitions of :func:`prose_functions`, each with the offset in ``text`` of the formula that names
    it (a "where" sentence right after a display names it for that display too: documents.trailing)."""
    out: list[tuple[Definition, int]] = []
    seen: set[Key] = set()
    found = [(m.start(), m.group(2), m.group(1)) for m in _BEFORE.finditer(text) if not _contrasted(text, m.start())]
    found += [(m.start(), m.group(1), m.group(2)) for m in _AFTER.finditer(text)]
    for m in _NORMAL_AFTER.finditer(text):
        if not _modified(text, m.end()):
            found.append((m.start(), m.group(1), _normal(m.group("kind1") or m.group("kind2"))))
    found += [(m.start(), m.group(2), _normal(m.group("kind"))) for m in _NORMAL_BEFORE.finditer(text)
              if not _contrasted(text, m.start()) and not _modified(text, m.end())]  # fmt: skip
    for m in _NORMAL_PAIR.finditer(text):
        kinds = [_normal(m.group("k1") or m.group("k3")), _normal(m.group("k2") or m.group("k4"))]
        if kinds[0] != kinds[1] and not _modified(text, m.end()):
            found += [(m.start(g), m.group(g), kind) for g, kind in zip(("f1", "f2"), kinds, strict=True)]
    for m in _NORMAL_AFTER.finditer(text):  # "… the standard normal CDF and $\phi$ its density" (lecture23)
        if (m.group("kind1") or m.group("kind2")) and _normal(m.group("kind1") or m.group("kind2")) == "normal_cdf":
            if (d := _ITS_DENSITY.match(text, m.end())) is not None:
                found.append((d.start(1), d.group(1), "normal_pdf"))
    for _, cdf, _ in [f for f in found if f[2] == "normal_cdf"]:  # "$\phi = \Phi'$" with Φ the normal CDF
        prime = re.escape(cdf) + r"\s*(?:'|\^\s*\{?\s*\\prime\s*\}?)" + _ARGS
        found += [(m.start(), m.group(1), "normal_pdf")
                  for m in re.finditer(rf"\$\s*({_NAME}){_ARGS}\s*=\s*{prime}\s*\$", text)]  # fmt: skip
    conventional = [] if any(word.lower() == "normal_cdf" for _, _, word in found) else conventional_normal(text)
    found += conventional  # Φ applied in notes about a normal model (documents.normalconvention)
    beta = conventional_beta(text)  # B(α, β) in notes about a Beta distribution (documents.betaconvention)
    found += beta
    conventional = [*conventional, *beta]
    for start, name, word in sorted(found):
        builtin = NAMED[word.lower()]
        try:
            key = key_of(parse_latex(name))
        except LatexError:
            continue
        if key is None or key[1] or key in seen or _DEFAULTS.get(key[0]) == builtin:
            continue
        if not re.search(re.escape(name) + r"(?![A-Za-z])\s*(?:\\left\s*)?\(", text):
            continue  # never applied: not a function of these notes
        seen.add(key)
        out.append((Definition(key, "", (), (), builtin, True, text.count("\n", 0, start) + 1), start))
        if (start, name, word) in conventional:
            _BY_CONVENTION.add(out[-1][0])
    if len(_MADE) > _MAX_MADE:
        _MADE.clear()
        _BY_CONVENTION.clear()
    _MADE.update(d for d, _ in out)
    return out


def _modified(text: str, end: int) -> bool:
    """Does the clause after a naming of the standard normal's function (ending at ``end``) make the
    letter that function of something else ("evaluated at $x/s$", "scaled by", "truncated")?"""
    rest = text[end : end + 300]
    stop = _CLAUSE_END.search(rest)
    return _MODIFIED.search(rest[: stop.start()] if stop else rest) is not None


def _normal(kind: str) -> str:
    """The built-in a word for the standard normal's function means: its CDF or its density."""
    return "normal_cdf" if re.fullmatch(_CDF, kind, re.I) else "normal_pdf"


def _contrasted(text: str, start: int) -> bool:
    """Do the words of the sentence before ``start`` set what follows against the function?"""
    before = text[max(0, start - 300) : start]
    ends = list(_SENTENCE_END.finditer(before))
    return _CONTRAST.search(before[ends[-1].end() :] if ends else before) is not None


def reading(d: Definition) -> str | None:
    """How the reading is reported with a step that uses it; None for a definition not made here."""
    if d not in _MADE:
        return None
    what = _SAID.get(d.builtin or "", f"the {d.builtin}")
    if d in _BY_CONVENTION:
        return BETA_NOTE if d.builtin == "beta_function" else CONVENTION_NOTE.format(name=d.key[0], what=what)
    return f"{d.key[0]} read as {what}: the prose at line {d.line} names it so"


_SAID = {"normal_cdf": "the standard normal CDF", "normal_pdf": "the standard normal density",
         "digamma": "the digamma function ψ = (log Γ)'"}


# "$\sigma$ is the logistic sigmoid", "let $\sigma$ denote the logistic function", "the sigmoid function $\sigma$"
_SIGMA = r"\$\s*\\sigma\s*(?:\(\s*[^()$]*\))?\s*\$"
_SIGMA_LOGISTIC = re.compile(
    rf"{_SIGMA}\s*,?\s+(?:is|denotes?|be|means|stands\s+for)\s+(?:the|a)\s+(?:logistic|sigmoid)\b"
    rf"|\b(?:logistic|sigmoid)(?:\s+(?:sigmoid|activation))?(?:\s+function)?\s*,?\s*{_SIGMA}", re.I)


def sigma_said_logistic(text: str, lines: Sequence[str], line: int) -> bool:
    r"""Does the prose of ``text`` name ``\sigma`` the logistic (sigmoid) function in a sentence that reaches the
    1-based ``line`` (the same part or its setup: documents.partscope) and says nothing of a softmax? The reading
    of ``\sigma_i(z)`` as softmax (documents.meanings) is then no reading of these notes: it rescued the softmax
    Jacobian written for an entry-wise sigmoid (redteam38). Notes that name the softmax between that sentence and
    ``line`` ("For several classes it becomes the softmax") keep the softmax reading (review38: FAILED needs every
    plausible reading to fail)."""
    for m in _SIGMA_LOGISTIC.finditer(text):
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n\n", 0, m.start()), 0)
        stop = _SENTENCE_END.search(text, m.end())
        sentence = text[start : stop.end() if stop is not None else len(text)]
        upto = text[start : _line_end(text, line)]  # the sentence, and what the notes say after it up to the step
        if not re.search(r"softmax", sentence + upto, re.I) and not _contrasted(text, m.start()) and relation(
                lines, text.count("\n", 0, m.start()) + 1, line) != OTHER:
            return True
    return False


def _line_end(text: str, line: int) -> int:
    """The offset in ``text`` where its 1-based ``line`` ends (the text's end past its last line)."""
    at = 0
    for _ in range(max(line, 1)):
        at = text.find("\n", at) + 1
        if at == 0:
            return len(text)
    return at
