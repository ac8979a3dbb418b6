r"""A quantity the notes define by a model with a noise term: ``y = Xw + \epsilon``.

Regression notes state the model that generated the data, ``\mathbf{y} = X\mathbf{w} + \epsilon`` "where
$\epsilon$ is noise", and then fit it: ``J(\mathbf{w}) = \|\mathbf{y} - X\mathbf{w}\|^2``,
``\nabla_{\mathbf{w}} J = -2X^T(\mathbf{y} - X\mathbf{w})``. The model line is learned as the notes'
definition of y (it is one: later steps substitute it, ``\mathbb{E}[\hat{w}] = w`` needs it), but a
derivative of the loss by w is taken with the data y *observed*, held fixed: read through the model, J
is ``\|\epsilon\|^2`` and does not depend on w at all. So the wrong ``\partial J/\partial\mathbf{w} = 0``
was PROVED and the correct gradient FAILED (or SKIPPED as "a dropped path").

This module owns the notes' noise models: that reading, as a post-pass of :mod:`verifier.documents.check`, and
which names such a model holds fixed (its last bullet):

* :func:`noise_models`: the notes' definitions whose body adds a bare name (``\epsilon``, ``\epsilon_i``,
  bold or not) nobody defines to a product or function of other names (``\tilde{x} = x + \epsilon``
  is a perturbed input, not a model; a bare name plus one the prose says is noise, ``y = w + \varepsilon``
  with ``\varepsilon \sim \mathcal{N}(0, 1)``, observes w: fresh55), whatever its letter: an ε, or
  ``t = Ab + \eta`` with no prose (read
  through such a line, the fit lost its variable and ``\partial J/\partial b = 0`` was PROVED). The prose
  calling it noise or error (``where $e$ is Gaussian noise``) or giving it a distribution (``$\epsilon
  \sim \mathcal{N}(0, \sigma^2)$``) is what the notes *say* (:func:`said_noise`);
* :func:`through_a_noise_model`: a step that differentiates by a name such a model's body uses an
  expression that compares the modelled quantity with the model's prediction, itself or through the
  notes' other definitions (the residual of a fit, ``\|\mathbf{y} - X\mathbf{w}\|^2``, loses the
  variable when the model is put in; not ``\partial\mathbf{y}/\partial\mathbf{w}``, a derivative of
  the model itself, nor ``L = (z - t)^2 + \lambda w z`` of a noisy unit), is checked again with
  the model left out (the data held fixed). A green step that then fails is SKIPPED (its green rested
  on the data moving with w: the noise term is what the model says y is *not* a function of); a FAILED
  or "dropped path" step that then holds is PROVED with the reading reported, only where the prose says
  the name is noise (elsewhere a FAILED one is SKIPPED);
* a model through a drawn latent (``y_i = a u_i + \epsilon_i`` with ``u_i \sim \mathcal{N}(0, 1)`` and the noise
  said: factor analysis, probabilistic PCA) generates observed data whose cause is never seen: a derivative by
  a parameter of anything reaching y (its likelihood, through a statistic ``T = \sum_i y_i^2`` that compares
  y with nothing) is read so too; only the model's own ``\partial y_i/\partial a`` is read through. A drawn
  ε beside a bare μ (``z = \mu + \sigma\epsilon``) is the reparametrisation's noise, no latent;
* :func:`model_inputs`: the other names of a model whose noise the prose states are its fixed part, taken out of 𝔼
  by documents.expectation (``\mathrm{Var}(y) = \sigma^2`` of ``y = w x + \epsilon``: lead64), unless the prose
  says one is random, with ``\sim`` or in words ("the input $x$ is sampled uniformly": review64; "Assume the weight is
  random", by a noun alone: wrong65), or takes a moment of it alone. Where the prose calls random a noun it ties
  to no letter ("Assume the gain is random" beside ``y = g x + \epsilon``), no name of that model is held fixed
  (wrong66).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Any

import sympy as sp

from verifier.documents.context import Definition, Key, Scope, key_of
from verifier.documents.generic import derivatives_in
from verifier.documents.gradientlayout import SENTENCE
from verifier.documents.infer import names_in
from verifier.documents.members import step_trees
from verifier.documents.symmetricprose import prose_clauses
from verifier.documents.wordcases import same_noun, subjects, tied_formulas
from verifier.documents.wordedchanges import conventional_nouns
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["NoiseModel", "model_inputs", "noise_models", "said_noise", "said_random", "through_a_noise_model"]

_NOISE_LETTERS = frozenset({"epsilon", "varepsilon"})
_NOISE_WORDS = re.compile(r"\b(?:noise|noisy|errors?|disturbances?)\b", re.IGNORECASE)
# a clause that gives a name a distribution in words: "$x$ is sampled uniformly", "drawn from", "normally distributed"
_DRAWN_WORDS = re.compile(  # (review64's words and redlead64's, one pattern)
    r"\b(?:random(?:ly)?|sampled|samples?|drawn|draws?|distributed|uniform(?:ly)?|gaussian|normally|prior|"
    r"i\.?i\.?d\b\.?|stochastic)\b",
    re.IGNORECASE,
)
_MATH = re.compile(r"\$([^$]{1,80})\$")
# where a sentence's prose cuts it into clauses ("$b$ is the bias and $\epsilon$ is noise")
_CLAUSE = re.compile(r"[,;]|\band\b")
_DROPPED_PATH = "a dropped path?"


@dataclass(frozen=True)
class NoiseModel:
    r"""``name := body`` with ``noise`` added in ``body``; ``said``: the prose calls ``noise`` noise;
    ``latents``: the other names of ``body`` nobody defines that the prose draws from a distribution
    (``u_i \sim \mathcal{N}(0, 1)`` in ``y_i = a u_i + \epsilon_i``): the model's unobserved causes."""

    definition: Definition
    noise: str
    said: bool
    latents: frozenset[str] = frozenset()


def said_noise(text: str, noise: str, parse: Any) -> bool:
    r"""Does the prose call ``noise`` (the parser's name) noise or error, or give it a distribution
    (``\epsilon \sim \mathcal{N}(0, \sigma^2)``)? A clause that names it alone in math and says noise,
    error or disturbance counts: "where $b$ is the bias and $\epsilon_i$ is noise" says it of ε only
    (read by sentence, b was the noise term, and ∂L/∂b of the fit was read through the model)."""
    return _said(text, noise, parse, _NOISE_WORDS)


def said_drawn(text: str, name: str, parse: Any) -> bool:
    r"""Does the prose give ``name`` a distribution (``u_i \sim \mathcal{N}(0, 1)``): a random draw?"""
    return _said(text, name, parse, None)


def _said(text: str, name: str, parse: Any, words: re.Pattern[str] | None) -> bool:
    r"""``name`` alone before a ``\sim`` in a formula of the prose, or in a clause with ``words`` (noise, a draw)."""
    for clause in _text_clauses(text):
        for m in _MATH.finditer(clause):
            latex = m.group(1)
            head, sim, _ = latex.partition(r"\sim")
            if not sim and words is None:
                continue
            try:
                tree = parse((head if sim else latex).strip())
            except LatexError:
                continue
            alone = _base(tree) == name
            if alone and (sim or (words is not None and words.search(clause))):
                return True
    return False


# prose that makes a name random where it writes it: "$x$ drawn from the data", "inputs $x$ sampled from $p(x)$"
_DENSITY_OF = re.compile(r"^\s*p\s*(?:\\left\s*)?\((.*)(?:\\right\s*)?\)\s*$")
_TUPLE = re.compile(r"^\s*(?:\\left\s*)?\((.*?)(?:\\right\s*)?\)\s*$")


def said_random(text: str, name: str, parse: Any) -> bool:
    r"""Does the prose make ``name`` random: drawn from a distribution, alone or in a tuple (``(x, y) \sim
    \mathcal{D}``), written alone (or as its density ``p(w)``, or before an ``=``) in a clause with a word of a draw
    (:data:`_DRAWN_WORDS`: "inputs $x$ sampled from $p(x)$", "$x$ drawn from the data", "the input $x$ is sampled
    uniformly", "$x$ follows a $\mathrm{Uniform}(0, 1)$ law"), or named there by a noun alone ("Assume the weight is
    random": a subject the prose ties to ``name`` — "$w$ is the gain" — or, tied to nothing, the word conventional
    for its letter, :func:`_named_by_noun`)? A model's name the notes make random so is no fixed input of it
    (review64, redlead64: "$x$ drawn from the data" then ``\mathbb{E}[xy] = wx^2`` was PROVED with x taken out of
    𝔼; wrong65: "Assume the weight is random" then ``\mathbb{E}[y^2] = w^2x^2 + \sigma^2``)."""
    for clause in _text_clauses(text):
        worded = _DRAWN_WORDS.search(clause) is not None  # (a word in math counts: \mathrm{Uniform}, review64)
        for m in _MATH.finditer(clause):
            head, sim, _ = m.group(1).partition(r"\sim")
            if not sim and not worded:
                continue
            head = head if sim else head.partition("=")[0]
            inner = _DENSITY_OF.match(head) or _TUPLE.match(head)
            for piece in (inner.group(1) if inner else head).split(","):
                try:
                    if _base(parse(piece.strip())) == name:
                        return True
                except LatexError:
                    continue
        if worded and _named_by_noun(text, _MATH.sub(" ", clause), name, parse):
            return True
    return False


def _named_by_noun(text: str, prose: str, name: str, parse: Any) -> bool:
    """Does a subject of ``prose`` (a clause's words, its math taken out) name ``name``: a noun the notes tie to a
    formula of ``name`` ("$w$ is the gain"), or, where they tie it to no formula, a word conventional for its letter
    (*weight*, *slope* for w; *input*, *feature* for x)? A noun tied to other formulas only ("the minibatch $B$") is
    not ``name``'s."""
    for noun in subjects(prose):
        tied = tied_formulas(text, noun)
        if tied:
            for formula in tied:
                try:
                    if _base(parse(formula.strip())) == name:
                        return True
                except LatexError:
                    continue
            continue
        if any(same_noun(noun, word) for word in conventional_nouns(name, as_input=True)):
            return True
    return False


@functools.lru_cache(maxsize=4)
def _text_clauses(text: str) -> tuple[str, ...]:
    """The clauses of every sentence of ``text``, in order: each sentence cut at each comma, semicolon or "and" of
    its prose (not of its math). A function of the text alone, asked again for each name of each chain's noise
    models (:func:`said_noise`, :func:`said_drawn`, :func:`said_random`): cut once per text (docspeed66)."""
    return tuple(clause for sentence in SENTENCE.findall(text) for clause in prose_clauses(sentence, _CLAUSE))


# nouns of what a noise model makes random anyway: its output ("the outputs are random" makes no input random)
_MODELLED_NOUNS = ("output", "target", "response", "observation", "measurement", "label")


def _random_noun_untold(text: str, names: set[str], parse: Any) -> str | None:
    """A subject the prose of ``text`` calls random in words ("Assume the gain is random") that may name one of
    ``names`` (a noise model's names) though the prose ties it to no formula and it is no word conventional for
    one of them: which letter it makes random is not known. None where every such subject is told: a noun tied to
    formulas (read by :func:`said_random`), one conventional for a letter of ``names``, a word of noise, or the
    model's output; a clause that writes its quantity in math is read by :func:`said_random` too."""
    for clause in _text_clauses(text):
        if _DRAWN_WORDS.search(clause) is None or _MATH.search(clause):
            continue
        for noun in subjects(clause):
            if _NOISE_WORDS.search(noun) or tied_formulas(text, noun) or any(
                same_noun(noun, word)
                for word in (*_MODELLED_NOUNS, *(w for n in names for w in conventional_nouns(n, as_input=True)))
            ):
                continue
            return noun
    return None


class _Parses:
    """``doc.parse(src, None, frozenset())`` remembered by ``src`` (a LatexError too) for one pass over
    one chain: the line being read, which the parse depends on, does not change within it."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.done: dict[str, sp.Basic | LatexError] = {}

    def __call__(self, src: str) -> sp.Basic:
        got = self.done.get(src)
        if got is None:
            try:
                got = self.doc.parse(src, None, frozenset())
            except LatexError as exc:
                got = exc
            self.done[src] = got
        if isinstance(got, LatexError):
            raise got
        return got


def _base(tree: sp.Basic) -> str | None:
    """The name ``tree`` is written with, its subscripts left out (``ε_i`` → "ε"); None if it is no name."""
    key = key_of(tree)
    return key[0] if key is not None else None


def noise_models(doc: Any, scope: Scope) -> dict[str, NoiseModel]:
    """The notes' definitions in ``scope`` that add a noise term, by the name they define."""
    mine = {id(d) for d in doc.note_definitions}
    defined = {k[0] for k, e in scope.names.items() if isinstance(e, Definition)}
    entries = [(k, e) for k, e in scope.names.items() if isinstance(e, Definition) and id(e) in mine]
    return _models(doc, entries, defined, _Parses(doc))


def _models(doc: Any, entries: list[tuple[Key, Definition]], defined: set[str], parse: _Parses,
            ) -> dict[str, NoiseModel]:  # fmt: skip
    """Of ``entries`` (the notes' definitions), those that add a noise term, by the name they define."""
    out: dict[str, NoiseModel] = {}
    for key, entry in entries:
        if entry.is_function or not entry.body:
            continue
        try:
            body = parse(entry.body)
        except LatexError:
            continue
        terms = sp.Add.make_args(body)
        if len(terms) < 2:
            continue
        candidates: list[NoiseModel] = []
        for term in terms:
            noise = _base(term)
            if noise is None or noise in defined or noise == key[0]:
                continue
            rest = [t for t in terms if t is not term]
            others = set().union(*(names_in(t) for t in rest))
            if noise in others:
                continue
            said = said_noise(doc.text, noise, parse)
            # a model of the data applies parameters to inputs (Xw, w x_i + b); x + ε is a perturbed input,
            # unless the prose says ε is noise: y = w + ε, ε ∼ N(0, 1) observes w (fresh55: a MAP of one weight)
            if not said and not any(isinstance(t, sp.Mul | sp.Function) or t.atoms(sp.Function) for t in rest):
                continue
            # a drawn ε beside a bare μ is the reparametrisation's noise (z = μ + σε), not a latent cause
            causes = others - defined - _NOISE_LETTERS - {key[0]} if said else set()
            drawn = frozenset(n for n in causes if said_drawn(doc.text, n, parse))
            candidates.append(NoiseModel(entry, noise, said, drawn))
        # the term the prose calls noise, else an ε, else any (``t = Ab + \eta`` with nothing said is still
        # a model of the data a fit reads with the data held: redteam10); only ``said`` makes a step green
        ranked = sorted(candidates, key=lambda m: (not m.said, m.noise not in _NOISE_LETTERS))
        if ranked:
            out[key[0]] = ranked[0]
    return out


def _through(doc: Any, scope: Scope, expr: sp.Basic, var: sp.Basic, name: str, model: NoiseModel,
             parse: _Parses) -> bool:
    r"""Whether the derivative of ``expr`` by ``var`` is one of a fit of the modelled ``name``: ``expr``,
    or a definition of the notes it reaches ``name`` through (the loss J), compares ``name`` with the
    model's prediction, by a name the model's body uses (not the noise). A derivative of the model
    itself (``\partial\mathbf{y}/\partial\mathbf{w} = X``) is left as it is read, and so is one through a
    definition that only writes y beside the variable (``L = (z - t)^2 + \lambda w z`` of a noisy unit
    ``z = wx + \epsilon``, ``J = (\hat{y} - y)^2 + \lambda w^2`` of a prediction ``\hat{y} = wx + b``)."""
    body = parse(model.definition.body)
    by = names_in(var) - {model.noise}
    if not by & names_in(body):
        return False
    indices = model.definition.index_params or tuple(str(i) for i in model.definition.key[1])
    written = names_in(expr)
    # a model through a drawn latent (y_i = a u_i + ε_i, u_i ∼ N(0, 1)) generates observed data: a
    # derivative of anything written with y by a parameter of the model (a likelihood, often through a
    # statistic T = Σ y_i²) holds y, whose cause u is never seen; only the model's own ∂y/∂a reads it
    latent = bool(model.latents - by)
    if name in written:
        return _compares(expr, name, body, indices, by) or (latent and _base(expr) != name)
    reached = doc._reach(written, scope)
    # a function written alone (∂J/∂b for J(A, t, b)) is applied to the names its parameters name (resolve:
    # a function used bare), so they are reached too: J's t is the modelled data
    bare = {a.name for a in expr.atoms(sp.Symbol)}
    for key, e in scope.names.items():
        if key[0] in bare and key[0] in reached and isinstance(e, Definition) and e.params:
            reached |= doc._reach(set(e.params), scope)
    if name not in reached:
        return False
    for key, e in scope.names.items():
        if key[0] != name and key[0] in reached and isinstance(e, Definition) and e.body:
            try:
                used = parse(e.body)
            except LatexError:
                continue
            if _compares(used, name, body, indices, by):
                return True
    return latent


def _compares(tree: sp.Basic, name: str, body: sp.Basic, indices: tuple[str, ...], by: set[str]) -> bool:
    r"""Does ``tree`` hold a sum that compares ``name`` with the model's prediction: one that writes
    ``name`` and a name of ``by``, and loses every name of ``by`` when the model's ``body`` is put in
    for ``name`` (the residual ``\mathbf{y} - X\mathbf{w}`` is the noise; ``y_j - w x_j`` with the model
    ``y_i = w x_i + \epsilon_i`` too, its index ``indices`` renamed)?"""

    def model_of(node: sp.Basic) -> sp.Basic:
        if isinstance(node, sp.Indexed) and len(node.indices) == len(indices):
            return body.xreplace({sp.Symbol(i): j for i, j in zip(indices, node.indices, strict=True)})
        return body

    def plain(t: sp.Basic) -> sp.Basic:  # a chain's trees may write a name noncommutative: compare by names
        return t.xreplace({x: sp.Symbol(x.name) for x in t.atoms(sp.Symbol)})

    tree, body = plain(tree), plain(body)
    for a in sp.preorder_traversal(tree):
        if not isinstance(a, sp.Add) or not by & names_in(a):
            continue
        entries = a.atoms(sp.Indexed)
        mine = [n for n in entries if _base(n) == name]
        mine += [n for n in a.atoms(sp.Symbol) if n.name == name and not any(x.base.label == n for x in entries)]
        if not mine:
            continue
        put = a.xreplace({n: model_of(n) for n in mine})
        if not by & names_in(put):
            return True
    return False


def _recheck(doc: Any, chain: Any, models: list[NoiseModel], todo: list[int]) -> list[StepResult] | None:
    """The steps ``todo`` (positions) checked with the models' definitions left out (the data held)."""
    from verifier.documents.resolve import ResolveError
    from verifier.documents.steps import _Checker

    left_out = {m.definition.key[0] for m in models}  # every line that states the model (y, then y_i)
    saved = doc.note_definitions
    doc.note_definitions = [d for d in saved if d.key[0] not in left_out]
    try:
        scope = doc._infer(chain, doc.scope_of(chain))
        asked = {chain.steps[k].index for k in todo}
        return _Checker(doc, chain, scope, asked, frozenset(asked)).run()
    except ResolveError:
        return None
    finally:
        doc.note_definitions = saved


def through_a_noise_model(doc: Any, chain: Any, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    r"""``steps`` with the derivatives through a noise model read with the data held fixed (see the
    module docstring). ``doc``: the document being checked (``note_definitions``, ``parse``, ``_reach``,
    ``_infer``, ``scope_for``)."""
    models = noise_models(doc, scope)
    if not models:
        return steps
    todo: list[int] = []
    through: set[str] = set()  # the models the steps go through: only they are left out and reported
    parse = _Parses(doc)  # the models' bodies and the definitions reached, per tree × derivative × model
    for k, r in enumerate(steps):
        green = r.verdict in (Verdict.PROVED, Verdict.PASSED)
        open_ = r.verdict is Verdict.FAILED or (r.verdict is Verdict.SKIPPED and _DROPPED_PATH in r.message)
        if not (green or open_):
            continue
        trees = list(step_trees(chain, k))
        pairs = [(expr, var) for t in trees for expr, var in derivatives_in(t)]
        met = {name for name, m in models.items()
               if any(_through(doc, scope, expr, var, name, m, parse) for expr, var in pairs)}  # fmt: skip
        if met:
            todo.append(k)
            through |= met
    if not todo:
        return steps
    # a layer z = Wx + b the step does not go through is no model of its data: left in, and its unsaid
    # "noise" b does not make the fit's reading unsaid (review21b: the said ε's fit was SKIPPED beside it)
    used = [m for name, m in sorted(models.items()) if name in through]
    alt = _recheck(doc, chain, used, todo)
    if alt is None:
        return steps
    names = ", ".join(f"{name} (line {m.definition.line}: noise {m.noise})" for name, m in sorted(models.items())
                      if name in through)  # fmt: skip
    said = all(m.said for m in used)
    out = list(steps)
    for k in todo:
        r, a = steps[k], alt[k]
        if r.verdict in (Verdict.PROVED, Verdict.PASSED) and a.verdict in (Verdict.FAILED, Verdict.TIMEOUT):
            # a re-check cut short by its budget clears nothing: under load it kept the green (redteam9)
            fails = "it fails" if a.verdict is Verdict.FAILED else "it could not be checked in time"
            why = (f"holds only when the data the notes model as {names} move with the variable; read with "
                   f"the data observed (held fixed), as a fit of the model takes them, {fails}")
            out[k] = r.skipped(why)
        elif r.verdict not in (Verdict.PROVED, Verdict.PASSED) and a.verdict in (Verdict.PROVED, Verdict.PASSED):
            why = f"holds when read with the data modelled as {names} observed (held fixed), as a fit takes them"
            if said:
                out[k] = replace(a, message="; ".join(x for x in (why, a.message) if x))
            elif r.verdict is Verdict.FAILED:
                out[k] = r.skipped(f"{why}; read through the model it fails")
    return out


# an expectation or a variance of a name alone ("\mathbb{E}[x]", "\mathrm{Var}(x)"): the notes take that name as random
_ALONE = (r"(?:\\mathbb\{{E\}}|\\mathbf\{{E\}}|\\operatorname\{{E\}}|\\E(?![A-Za-z])|(?<![A-Za-z\\])E|"
          r"\\(?:mathrm|operatorname|text)\{{Var\}}|(?<![A-Za-z\\])Var|\\mathbb\{{V\}})\s*(?:_\s*(?:\{{[^{{}}]*\}}|\w))?"
          r"\s*(?:\\left\s*)?[\[(]\s*(?:\\(?:mathbf|boldsymbol|bm)\{{)?\\?{name}\}}?\s*(?:\\right\s*)?[\])]")
# text that takes a moment: no model inputs are needed where the notes take none
_MOMENT = re.compile(r"\\mathbb\{E\}|\\E(?![A-Za-z])|(?<![A-Za-z])E\s*\[|Var|\\mathbb\{V\}")


def model_inputs(doc: Any) -> list[tuple[str, int]]:
    r"""The fixed names of the notes' noise models, each with its model's line: the names (as the parser writes
    them) of a model's body besides its noise, where the prose says the noise is noise or random (``y = w x + b +
    \epsilon`` with ``\epsilon \sim \mathcal{N}(0, \sigma^2)``: w, x, b). Not a latent the prose draws, a name it
    calls random or states with ``\sim``, nor one it takes an expectation or variance of by itself. Read by
    documents.expectation, which takes them out of 𝔼 (lead64: 𝔼[y] = wx + b was SKIPPED)."""
    from verifier.documents.expectation import called_random  # (expectation's conventions: not at import time)

    if not _MOMENT.search(doc.text):
        return []
    parse = _Parses(doc)
    definitions = list(doc.note_definitions)
    models = _models(doc, [(d.key, d) for d in definitions], {d.key[0] for d in definitions}, parse)
    random = called_random(doc.text)
    out: list[tuple[str, int]] = []
    for name, model in models.items():
        if not model.said:
            continue
        try:
            body = parse(model.definition.body)
        except LatexError:
            continue
        rest = [t for t in sp.Add.make_args(body) if _base(t) != model.noise]
        names = set().union(*(names_in(t) for t in rest)) - model.latents - random - {name, model.noise}
        if _random_noun_untold(doc.text, names | {name, model.noise}, parse) is not None:
            continue  # "Assume the gain is random", the gain tied to no letter: none of them is known fixed (wrong66)
        for n in sorted(names):
            latex = n if len(n) == 1 else "\\" + n
            if re.search(_ALONE.format(name=re.escape(latex)), doc.text) or said_random(doc.text, n, parse):
                continue  # an input the prose draws (review64, redlead64, wrong65)
            out.append((n, model.definition.line))
    return out
