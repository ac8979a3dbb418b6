r"""Check every step of every derivation chain in Markdown, LaTeX and notebook documents.

``check_documents(paths, settings)`` is the API ``verify doc`` and ``verify all`` share: one
:class:`IdentityResult` (kind ``"document"``) per chain, one :class:`StepResult` per written
``=`` with the ``file:line`` where it stands. Nothing is dropped silently:

* a member the grammar cannot read makes the steps touching it SKIPPED, with the parser's reason;
  the other steps of the chain still run;
* a member that reads but cannot be given a meaning (an undeclared symbol, a tensor-valued
  derivative) makes its steps SKIPPED with that reason;
* a chain struck through by its author (``~~$$…$$~~``) is SKIPPED, "struck out by the author";
* a chain whose left-hand side is written in prose (``Case 2: $\frac{\partial a}{\partial b} =$``)
  takes that inline formula as its first member; when there is none, the first step is SKIPPED.

Each chain is checked at a few concrete sizes and, when its members carry free indices
(``\hat{y}_r``, ``x_k``), at index assignments covering every pattern of equal and distinct
indices (``r = i`` and ``r ≠ i``), restricted by the step's conditions (``\stackrel{k \neq l}{=}``,
"Case 1: $r = i$" just before the chain, or ``line N: cond`` in the context). For each
assignment the members become SymPy objects over declared variables and go through the
catalog's engine (:func:`verifier.engine.check_claim`); the verdict of a step is the worst over
its instances, and a failure reports the sizes and indices it happened at.

The work is split by job: :mod:`~verifier.documents.records` (what a check returns),
:mod:`~verifier.documents.members` (chains, members, steps), :mod:`~verifier.documents.reader`
(reading chains and their scope), :mod:`~verifier.documents.steps` (checking a chain's steps),
:mod:`~verifier.documents.indices` (index assignments, sizes, conditions) and
:mod:`~verifier.documents.doubts` (other readings, and doubt before FAILED). This module owns the
entry points and the orchestration of one chain.
"""

from __future__ import annotations

import copy
import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

import sympy as sp

from verifier.budget import BudgetExceeded
from verifier.documents.activebranch import on_active_side
from verifier.documents.almosteverywhere import almost_everywhere
from verifier.documents.anchoredfamily import on_anchored_families
from verifier.documents.annotations import key_of_text
from verifier.documents.appliedlabels import doubt_applied_products
from verifier.documents.approxvalues import approx_values, from_rounded_values
from verifier.documents.boldone import unsure_bold_one
from verifier.documents.boundnumbers import weaker_bounds
from verifier.documents.bracketsizes import past_checked_sizes
from verifier.documents.casedomains import case_domains
from verifier.documents.changedclosedforms import after_changed_closed_forms
from verifier.documents.claimedties import judged_ties
from verifier.documents.claimplace import claim_span
from verifier.documents.codeupdates import changed_since
from verifier.documents.constantfactors import doubt_constant_factors
from verifier.documents.constrained import along_constraint
from verifier.documents.context import (
    Assumption,
    ContextError,
    Definition,
    DocumentContext,
    Key,
    Scope,
    VarDecl,
    display_key,
    key_of,
    merge_contexts,
    parse_context,
    parse_context_file,
)
from verifier.documents.cookbook import as_vectors
from verifier.documents.datalength import unsure as unsure_length
from verifier.documents.datasums import on_stated_data
from verifier.documents.definedcases import through_defined_cases
from verifier.documents.definedconditions import kept_failures, under_defined_conditions
from verifier.documents.definedidentity import defined_identity
from verifier.documents.deniedranges import negated_cue, under_denied
from verifier.documents.differentials import read_differentials
from verifier.documents.disagreeing import on_disagreeing_renewals
from verifier.documents.distributioncalls import distribution_calls
from verifier.documents.distributions import hypotheses_for, reached_names
from verifier.documents.documentlayout import settled_layout
from verifier.documents.doubts import _Doubts
from verifier.documents.droppedindex import unsure as unsure_dropped
from verifier.documents.expectation import has_functionals
from verifier.documents.familyorientation import checked_own, doubt_orientation
from verifier.documents.fixedparams import by_a_fixed_parameter
from verifier.documents.generic import annotate_chain as annotate_generic
from verifier.documents.generic import unread_tops
from verifier.documents.heldconstant import held_constant
from verifier.documents.hypothetical import condition_cue, conditioned, conjuncts, stated_under, under_hypothesis
from verifier.documents.independence import independence_hypotheses, independent_pairs
from verifier.documents.independentstatistics import read_statistics
from verifier.documents.infer import names_in
from verifier.documents.infiniteseries import few_convergent
from verifier.documents.inputs import inputs_of
from verifier.documents.inverseorpower import unsure_inverse
from verifier.documents.kronecker import other_stacking
from verifier.documents.latestvalues import latest_values, with_other_values
from verifier.documents.layerinstances import by_layer
from verifier.documents.leadingvalues import under_leading_values
from verifier.documents.lemmas import established_only, with_earlier_results
from verifier.documents.members import _Chain, _Member, _shorten, chain_slide, step_trees, written_statement
from verifier.documents.namedparts import named_part, read_at_part, said_in_part
from verifier.documents.noisemodel import through_a_noise_model
from verifier.documents.notedcondition import under_noted_condition
from verifier.documents.notedroundings import on_noted_roundings
from verifier.documents.numberednames import applied_in
from verifier.documents.numberpoints import called_names, evaluated_at_numbers, substituted_numbers
from verifier.documents.onesidedvectors import one_sided_vectors, said_general
from verifier.documents.operatorscope import not_as_written
from verifier.documents.orientation import unsure_orientation
from verifier.documents.pointcases import each_case, unsure_cases
from verifier.documents.premises import on_broken_premises, on_unsettled_names, on_unsettled_statements
from verifier.documents.productrule import by_product_rule
from verifier.documents.ranges import stated_ranges
from verifier.documents.reader import STRUCK, Progress, _Reader
from verifier.documents.readernotes import unread_results
from verifier.documents.records import CheckedChain, DocumentCheck, StepCounts
from verifier.documents.recurrence import independent_greens
from verifier.documents.regions import under_read_region
from verifier.documents.rejected import judged, rejection
from verifier.documents.rendered import as_read, earlier_slides_read
from verifier.documents.renewednames import renewals, still_stated, updated
from verifier.documents.reparam import remark, reparametrise
from verifier.documents.restatedvalues import stale_values
from verifier.documents.restatements import restatement_results
from verifier.documents.roundedgivens import computed_claims, value_readings
from verifier.documents.rowentries import doubt_row_entries
from verifier.documents.saidinvertible import inverse_readings, said_invertible
from verifier.documents.sampleentries import unsure as unsure_entries
from verifier.documents.samples import unsure as unsure_sample
from verifier.documents.sentencecomputed import on_contradicted_values
from verifier.documents.shapestatements import shape_statements
from verifier.documents.shownnames import shown_names, table_shown
from verifier.documents.slideversions import earlier_slide_chains, without_repeated
from verifier.documents.solvedlater import on_solved_later
from verifier.documents.sources import github_inline_math, load_document, read_sources
from verifier.documents.specialcases import at_special_cases
from verifier.documents.squared import doubt_squared
from verifier.documents.squares import unsure_exponential
from verifier.documents.stated import displayed_values, stated_values, value_hypotheses, worked
from verifier.documents.statedintegers import at_stated_integers
from verifier.documents.statedmoments import moment_hypotheses
from verifier.documents.statedoptima import as_optimum_names, optima_shown
from verifier.documents.statedsizes import at_stated_sizes
from verifier.documents.statedvectors import (
    displayed_vectors,
    matrix_worked,
    prose_vectors,
    sized_by_stated,
    vector_hypotheses,
    worked_vector,
)
from verifier.documents.steps import _Checker, sample_curves
from verifier.documents.summeddelta import unsure_summed_deltas
from verifier.documents.symmetricprose import split_at_inline, symmetric_in, writes_names
from verifier.documents.tablevalues import as_table_names
from verifier.documents.truncations import on_truncations
from verifier.documents.unitsteps import in_one_unit, unit_after
from verifier.documents.unreadconditions import under_unread_condition
from verifier.documents.unreadhypotheses import unread_hypotheses
from verifier.documents.updaterule import iterate_algebra, update_rule
from verifier.documents.vacuous import vacuous_greens
from verifier.documents.vacuouswhere import without_where
from verifier.documents.valuedsizes import at_valued_sizes
from verifier.documents.valuescope import foreign_failures, values_in_scope
from verifier.documents.weights import doubt_scalar_capitals
from verifier.documents.wordeddistribution import on_worded_moments
from verifier.documents.workedexpressions import worked_expression
from verifier.documents.zerosuperscript import label_not_power
from verifier.engine import Settings
from verifier.latex import EQUALITY, LatexError
from verifier.paths import display_path
from verifier.results import IdentityResult, Verdict, worst
from verifier.unread import NOT_READ_BY_NAME

__all__ = [
    "DOCUMENT_SUFFIXES",
    "DocumentCheck",
    "StepCounts",
    "check_document",
    "check_documents",
    "collect_documents",
]

# Quarto (.qmd) and R Markdown (.Rmd) notes are Markdown with code chunks, MDX (.mdx) Markdown with JSX; a folder
# search missed them (the formats it does not read are listed as such: verifier.unread)
DOCUMENT_SUFFIXES = (
    ".md", ".markdown", ".mdx", ".mkd", ".mdown", ".mkdn", ".tex", ".ipynb", ".qmd", ".rmd", ".rmarkdown",
)  # fmt: skip
DEFAULT_SETTINGS = Settings()


# ---------------------------------------------------------------------------------------------
# Entry points


def collect_documents(paths: Sequence[str | Path]) -> list[Path]:
    """Files as given (any extension is read as Markdown, except .tex and .ipynb; reStructuredText, AsciiDoc and
    Typst are not read: verifier.unread.NOT_READ_BY_NAME) with the .tex files a
    LaTeX file inputs, folders searched for .md/.markdown/.mdx/.tex/.ipynb/.qmd/.Rmd (annotated copies
    ``*.annotated.*`` are left out)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in DOCUMENT_SUFFIXES and ".annotated." not in f.name:
                    if not any(part.startswith(".") for part in f.relative_to(p).parts):
                        out.append(f)
        elif p.is_file() and p.suffix.lower() in NOT_READ_BY_NAME:
            continue  # .rst: its math is no Markdown's; listed as not read (verifier.unread)
        elif p.is_file():
            out.append(p)
            out.extend(inputs_of(p))  # the chapters a .tex \input s, a .qmd includes (documents.inputs)
        else:
            raise FileNotFoundError(f"no such file or folder: {raw}")
    seen: set[Path] = set()
    unique = []
    for f in out:
        if f.resolve() not in seen:
            seen.add(f.resolve())
            unique.append(f)
    return unique


def check_documents(
    paths: Sequence[str | Path],
    settings: Settings = DEFAULT_SETTINGS,
    progress: Progress | None = None,
    timeout: float | None = None,
    *,
    context: str | Path | None = None,
    jobs: int = 1,
) -> list[IdentityResult]:
    """Check every document under ``paths``: one IdentityResult per chain (kind "document").
    ``context`` is a context file that serves every one of them (``--context FILE``)."""
    results: list[IdentityResult] = []
    if timeout is not None:  # the chains of every document in one pool of workers (documents.pool)
        from verifier.documents.pool import DocumentTask, check_many

        tasks = [DocumentTask(doc, settings, context=context) for doc in collect_documents(paths)]
        shown = None if progress is None else (lambda k, where: progress(where))
        for check, _ in check_many(tasks, timeout=timeout, jobs=jobs, progress=shown):
            results.extend(check.results)
        return results
    for doc in collect_documents(paths):
        check = check_document(doc, settings, progress=progress, jobs=jobs)
        results.extend(check.results)
    return results


CONTEXT_SUFFIX = ".verify"


def context_beside(path: str | Path) -> Path | None:
    """``hw3.md.verify`` next to ``hw3.md``: the notes' context, kept outside the notes."""
    p = Path(str(path) + CONTEXT_SUFFIX)
    return p if p.is_file() else None


def check_document(
    path: str | Path,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    display: str | None = None,
    progress: Progress | None = None,
    timeout: float | None = None,
    macro_files: Sequence[str | Path] = (),
    context: str | Path | None = None,
    jobs: int = 1,
) -> DocumentCheck:
    """Check one document; never raises for a bad document (errors become ERROR results).

    Its context is, in order (later declarations win): ``context`` (a file given by the caller),
    the file ``<document>.verify`` beside it, and the document's own ```` ```verify ```` blocks.
    ``macro_files``: LaTeX files whose macro definitions apply to the document (read first)."""
    p = Path(path)
    shown = display or display_path(p)
    loaded = load_with_context(p, shown, settings, context)
    if isinstance(loaded, DocumentCheck):
        return loaded
    text, outside = loaded
    return check_text(
        text, shown, settings, progress=progress, timeout=timeout, macro_files=macro_files, folder=p.parent,
        context=outside, jobs=jobs,
    )  # fmt: skip


def load_with_context(
    p: Path, shown: str, settings: Settings, context: str | Path | None
) -> tuple[str, DocumentContext | None] | DocumentCheck:
    """The document's text and the context from outside it (``context``, then the file beside it),
    or the DocumentCheck that says why one of them cannot be read."""
    try:
        text = load_document(p)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        check = DocumentCheck(shown, "")
        check.errors.append(_error_result(shown, 1, "document cannot be read", str(exc), settings))
        return check
    files: list[DocumentContext] = []
    for f in (Path(context) if context is not None else None, context_beside(p)):
        if f is None:
            continue
        try:
            files.append(parse_context_file(f))
        except (OSError, UnicodeDecodeError) as exc:
            check = DocumentCheck(shown, text)
            check.errors.append(_error_result(str(f), 1, "context file cannot be read", str(exc), settings))
            return check
    outside = None
    for f_ctx in files:
        outside = f_ctx if outside is None else merge_contexts(outside, f_ctx)
    return text, outside


def check_text(
    text: str,
    path: str,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    progress: Progress | None = None,
    timeout: float | None = None,
    macro_files: Sequence[str | Path] = (),
    folder: Path | None = None,
    context: DocumentContext | None = None,
    jobs: int = 1,
) -> DocumentCheck:
    """Check a document given as text (``path`` names it in ids and ``file:line`` sources;
    ``\\input`` files are looked for in ``folder``, by default the folder of ``path``);
    ``context`` (from a context file) comes before the document's own blocks.

    With ``timeout``, the chains are checked in a killable worker with that budget per chain
    (:func:`verifier.runner.run_each`); a chain that runs out is TIMEOUT, the others go on.
    ``jobs``: workers checking chains at once (0: one per core; only with ``timeout``).
    """
    ctx = document_context(text, path, context)
    macros = macros_of(ctx, path, macro_files, folder)
    if timeout is not None:
        # Reading is user-controlled work too (a 5 MB display, a macro that expands without end):
        # it is first done in a killable worker under the same budget; only a document that reads
        # in time is read again here, where the chains keep the state checking them needs.
        unread = _reading_outcome(text, path, ctx, macros, folder, settings, timeout)
        if unread is not None:
            return unread_check(path, text, unread)
    prepared = prepare_text(text, path, settings, ctx, macros, folder, progress)
    if prepared.doc is None:
        return prepared.check
    doc, chains = prepared.doc, prepared.chains
    if timeout is None:
        prepared.check.chains.extend(prepared.check_chain(chain) for chain in chains)
    else:
        from verifier.runner import run_each

        announce = None if progress is None else (lambda chain: progress(f"{path}:{chain.line}"))
        lanes = jobs if jobs > 0 else (os.cpu_count() or 1)
        prepared.in_worker()
        prepared.check.chains.extend(run_each(prepared.check_chain, chains, doc.unfinished, timeout=timeout,
                                              on_start=announce, jobs=lanes))  # fmt: skip
    return prepared.finished()


@dataclass(frozen=True)
class ValuesRead:
    """The values stated for a chain (``values``: its hypotheses), and the bookkeeping its check needs later:
    the other values of a name stated more than once (``others``) or undecided among (``undecided``), and the
    values stated elsewhere that reach it (``foreign``; None where no worked link was read, and nothing is kept)."""

    values: list[tuple[str, str]]
    others: list[Any] = field(default_factory=list)
    undecided: list[Any] = field(default_factory=list)
    foreign: list[tuple[str, str]] | None = None


@dataclass
class PreparedDocument:
    """A document read and split into chains, not yet checked (:func:`prepare_text`); ``doc`` is None
    when there is nothing to check (``check`` then carries the reason)."""

    check: DocumentCheck
    doc: _Document | None = None
    chains: list[_Chain] = field(default_factory=list)
    #: the document each chain an earlier Beamer slide alone shows is read from, by the chain's id (slideversions)
    owners: dict[int, _Document] = field(default_factory=dict)

    def in_worker(self) -> None:
        """Every document the chains are read from (the last slide's, the earlier slides'), made ready for
        the workers that check them (:meth:`_Document.in_worker`)."""
        for each in {id(d): d for d in [self.doc, *self.owners.values()] if d is not None}.values():
            each.in_worker()

    def check_chain(self, chain: _Chain) -> CheckedChain:
        """``chain`` checked by the document (the last slide's, or an earlier slide's) it was read from."""
        doc = self.owners.get(id(chain), self.doc)
        assert doc is not None
        return doc.check(chain)

    def finished(self) -> DocumentCheck:
        """The check, once ``check.chains`` holds one result per chain in the chains' order."""
        if (first := self.doc) is not None:  # -2·0.3989 = -√(2/π) after "φ(0) ≈ 0.3989" (documents.notedroundings)
            self.check.chains = on_noted_roundings(self.chains, self.check.chains,
                                                   lambda src: first.parse(src, None, frozenset()))
        self.check.chains = established_only([c.line for c in self.chains], self.check.chains)  # documents.lemmas
        self.check.chains = on_broken_premises(self.chains, self.check.chains)  # ⇒ after a refuted equation (premises)
        if self.doc is not None:  # g named after a link that does not hold (documents.premises)
            doc = self.doc
            defined = [(d.key[0], d.line) for d in doc.note_definitions]
            parse = lambda src: doc.parse(src, None, frozenset())  # noqa: E731  (one parser for the three readings)
            self.check.chains = on_unsettled_names(self.chains, self.check.chains, parse, defined)
            # 𝔼[X] = 3 after "X takes 1 and 4 with equal probability": judged there (documents.wordeddistribution)
            self.check.chains = on_worded_moments(self.chains, self.check.chains, doc.text, parse)
            # a moment stated where the notes' own step writing it does not hold (documents.premises)
            self.check.chains = on_unsettled_statements(self.check.chains, parse, self.chains, doc.text)
            self.check.chains = on_contradicted_values(self.check.chains)  # "$L = 0.69$, where …" (sentencecomputed)
            self.check.chains = on_solved_later(self.chains, self.check.chains, parse)  # 0.8(6 - m) = … (solvedlater)
            self.check.chains = on_anchored_families(self.chains, self.check.chains, parse, defined)  # p_ℓ = …p_L
            self.check.chains = on_truncations(self.chains, self.check.chains, doc.text, parse)  # "to first order"
            self.check.chains = weaker_bounds(self.chains, self.check.chains, parse)  # documents.boundnumbers
            self.check.chains = judged_ties(self.chains, self.check.chains, doc.tie_values, doc.rounded_names,
                                            doc.lines)
        if any(c.repeated for c in self.chains):  # an earlier slide's shared rows (documents.slideversions)
            self.check.chains = [without_repeated(c, r) for c, r in zip(self.chains, self.check.chains, strict=True)]
        if self.doc is not None:  # k defined anew in its section by a formula that disagrees (documents.disagreeing)
            heads = {(d.key, d.line): (tuple(d.params), tuple(d.index_params)) for d in self.doc.note_definitions}
            self.check.chains = on_disagreeing_renewals(self.doc.text, self.chains, self.check.chains, heads)
            said = any("layout" in self.doc.ctx.scope_at(c.line).conventions for c in self.chains)
            self.check.chains = settled_layout(self.doc, self.check.chains, said)  # documents.documentlayout
        table = {} if self.doc is None else \
            table_shown(self.doc.table_calls) | optima_shown(self.doc.stated_optima, self.doc.text)
        self.check.chains = [c if c is None else replace(c, result=shown_names(c.result, table))  # documents.shownnames
                             for c in self.check.chains]  # (None: a chain a stopped run left unchecked)
        return self.check


def _scalar_or_undeclared(scope: Scope, key: Key) -> bool:
    """Is ``key`` declared a scalar in ``scope``, or not declared at all (inferred from the notes)?"""
    found = scope.names.get(key)
    return found is None or (isinstance(found, VarDecl) and found.kind == "scalar")


def document_context(text: str, path: str, context: DocumentContext | None) -> DocumentContext:
    ctx = parse_context(text, path)
    return ctx if context is None else merge_contexts(context, ctx)


def macros_of(
    ctx: DocumentContext, path: str, macro_files: Sequence[str | Path], folder: Path | None
) -> list[str | Path]:
    # a relative macro path not found as given: where the notes \input their files from
    base = Path(folder) if folder is not None else Path(path).parent
    given = [m if Path(m).is_absolute() or Path(m).exists() else str(base / m) for m in ctx.macro_files]
    return [*macro_files, *given]


def unread_check(path: str, text: str, unread: IdentityResult) -> DocumentCheck:
    check = DocumentCheck(path, text, [])
    check.errors.append(unread)
    return check


def prepare_text(
    text: str, path: str, settings: Settings, ctx: DocumentContext, macros: list[str | Path], folder: Path | None,
    progress: Progress | None = None,
) -> PreparedDocument:  # fmt: skip
    """Read the document (in this process: a caller with a timeout reads it first in a killable worker,
    :func:`_reading_outcome`) into its chains, with the state checking them needs."""
    written = github_inline_math(text, path)  # what the annotated copy shows (comments, overlays kept)
    versions = earlier_slides_read(text, path)  # a Beamer frame's earlier slides (documents.slideversions)
    text = as_read(text, path)  # what is read: the same lines
    sources = read_sources(text, path, macro_files=macros, folder=folder)
    blocks = sources.blocks
    check = DocumentCheck(path, written, blocks, context_errors=list(ctx.errors))
    check.notes.extend(f"{path}:{line}: {message}" for line, message in sources.notes)
    check.errors.extend(unread_results(check.notes, settings))  # \input{missing}: shown, not green (readernotes)
    for err in ctx.errors:
        where = err.path or path
        check.errors.append(_error_result(where, err.line, "context block", err.message, settings))
    doc = _Document(path, text, blocks, ctx, settings, progress, sources.inline, sources.prose)
    chains = _ready(doc, doc.chains())
    prepared = PreparedDocument(check, doc, chains)
    if versions:  # a Beamer frame's earlier slides, each checked with what its own slide defines (slideversions)
        def read(version: str) -> list[_Chain]:
            v = read_sources(version, path, macro_files=macros, folder=folder)
            vdoc = _Document(path, version, v.blocks, ctx, settings, None, v.inline, v.prose)
            own = _ready(vdoc, vdoc.chains())
            prepared.owners.update((id(c), vdoc) for c in own)
            return own

        earlier = earlier_slide_chains(versions, chains, read, text)
        prepared.chains = sorted([*chains, *earlier], key=lambda c: c.line)
    for err in _dangling_lines(ctx, prepared.chains):
        check.context_errors.append(err)
        check.errors.append(_error_result(err.path or path, err.line, "context block", err.message, settings))
    return prepared


def _ready(doc: _Document, chains: list[_Chain]) -> list[_Chain]:
    """``doc``'s state for checking its ``chains`` (returned), set before the chains' workers fork."""
    doc.chain_lines = sorted(c.line for c in chains)
    doc.display_lines = sorted(c.line for c in chains if not c.inline)  # documents.valuescope
    doc.all_chains = chains  # the notes' earlier results (documents.lemmas)
    _ = doc.family_orientations  # read once, before the chains' workers fork (documents.familyorientation)
    doc.displayed = displayed_values((c.members[0].latex, c.members[1].latex, c.line) for c in chains
                                     if len(c.members) == 2 and not c.inline)  # documents.stated  # fmt: skip
    readings = value_readings(doc.displayed, doc.text, doc.parse_plain)  # p = σ(1), then $$p = 0.62$$: no given
    doc.displayed = [v for v, how in readings if how is not None]  # (documents.roundedgivens)
    doc.displayed_roundings = frozenset(v for v, how in readings if how == "rounded")  # $$p = 0.73$$: PASSED at it
    doc.displayed_vectors = displayed_vectors(((c.members[0].latex, c.members[1].latex, c.line) for c in chains
                                               if len(c.members) == 2 and not c.inline), doc.parse_plain)  # fmt: skip
    return chains


def _dangling_lines(ctx: DocumentContext, chains: Sequence[_Chain]) -> list[ContextError]:
    """``line 45: r = i`` that points at no chain is an error, never silently ignored."""
    out = []
    for block in ctx.blocks:
        for e in block.entries:
            if not isinstance(e, Assumption) or e.next_chain:
                continue
            hit = any(c.line in e.lines or any(m.line in e.lines for m in c.members) for c in chains)
            if not hit:
                lines = ", ".join(map(str, e.lines))
                why = f"'line {lines}: {e.condition}' points at no derivation chain (none has a member on line {lines})"
                out.append(ContextError(why, block.path or ctx.path, e.line))
    return out


def read_chains(
    text: str, path: str, ctx: DocumentContext, macros: list[str | Path], folder: Path | None, settings: Settings
) -> int:
    """In a worker: read ``text`` into chains as :func:`check_text` does; the parent learns only that it finished."""
    from verifier.runner import report_stage

    report_stage("reading the document")
    found = 0
    for version in [as_read(text, path), *(v for _, v in earlier_slides_read(text, path))]:  # and earlier slides
        sources = read_sources(version, path, macro_files=macros, folder=folder)
        doc = _Document(path, version, sources.blocks, ctx, settings, None, sources.inline, sources.prose)
        found += len(doc.chains())
    return found


def _reading_outcome(
    text: str, path: str, ctx: DocumentContext, macros: list[str | Path], folder: Path | None, settings: Settings,
    timeout: float,
) -> IdentityResult | None:  # fmt: skip
    """None when the document reads within ``timeout``; else the TIMEOUT (or ERROR) result that says so."""
    from verifier.runner import run_in_worker

    outcome = run_in_worker(read_chains, text, path, ctx, macros, folder, settings, timeout=timeout)
    return unread_result(outcome, path, settings, timeout)


def unread_result(outcome: Any, path: str, settings: Settings, timeout: float) -> IdentityResult | None:
    """What a reading worker's ``runner.Outcome`` says: None when it read the document in time."""
    if outcome.ok:
        return None
    if outcome.status == "timeout":
        verdict, why = Verdict.TIMEOUT, f"reading the document took longer than {timeout:g}s; no step was checked"
    else:
        verdict, why = Verdict.ERROR, f"reading the document failed ({outcome.message or outcome.status})"
    return replace(_error_result(path, 1, "document could not be read in time", why, settings), verdict=verdict)


def _error_result(path: str, line: int, title: str, message: str, settings: Settings) -> IdentityResult:
    return IdentityResult(
        id=f"{Path(path).name}:{line}",
        title=title,
        statement="",
        verdict=Verdict.ERROR,
        source=f"{path}:{line}",
        seed=settings.seed,
        message=message,
        kind="document",
    )


class _Document(_Reader, _Doubts):
    """One document being checked: reading (:class:`_Reader`), doubt (:class:`_Doubts`), and the
    orchestration of one chain here."""

    # -- checking one chain -----------------------------------------------------------------
    def in_worker(self) -> None:
        """Checked in killable workers (:func:`verifier.runner.run_each`): stages go to the parent, and the
        progress line is the parent's (it names each chain as a worker starts it)."""
        from verifier.runner import report_stage

        self.stage = report_stage
        self.progress = None

    def _annotate(self, chain: _Chain, scope: Scope) -> None:
        """Mark the undefined names the chain differentiates as arbitrary functions (documents.generic),
        ``f`` of ``g(z) = f(Az)`` at its own point first (documents.reparam)."""
        parse = lambda src: self.parse(src, None, frozenset())  # noqa: E731
        trees = [m.parsed.tree for m in chain.members if m.parsed is not None and isinstance(m.parsed.tree, sp.Basic)]
        reparametrise(trees, scope, parse, chain.line, self.note_definitions)
        annotate_generic(chain, scope, parse)
        remark(scope)

    @cached_property
    def _prose_values(self) -> list[tuple[str, str, int]]:
        """Values the prose and tables state (documents.stated), read once per document."""
        text = as_optimum_names(self.text, self.stated_optima)  # \max_{a'} Q(s', a') = 5 (documents.statedoptima)
        values = stated_values(as_table_names(text, self.table_calls))  # V(s_1) = 0.5 (documents.tablevalues)
        values = computed_claims(values, self.text, self.parse_plain)  # p = σ(1), so p = 0.62: no given (roundedgivens)
        return values + approx_values(self.text)  # $\eta \approx 0.1$, a rounded value (documents.approxvalues)

    def tie_values(self, chain: _Chain) -> list[tuple[str, str, int]]:
        """The values written with ``=`` that hold in ``chain``'s section up to its line (documents.claimedties)."""
        shown = getattr(self, "display_lines", self.chain_lines)
        held = values_in_scope(self._equal_values, self.text, chain.line, chain.line, shown)
        ends = self._line_ends
        return [v for v in self._held(held, chain.line) if v[2] <= chain.line  # not updated since (renewednames)
                and not updated(self.text, v[0], ends[v[2]], ends[min(chain.line, len(ends) - 1)])]

    @cached_property
    def _line_ends(self) -> list[int]:
        """The offset after each line of the text (``[0]`` first), once per document, not once per chain."""
        ends = [0]
        for row in self.text.split("\n"):
            ends.append(ends[-1] + len(row) + 1)
        return ends

    @cached_property
    def _equal_values(self) -> list[tuple[str, str, int]]:
        return stated_values(self.text)

    @cached_property
    def rounded_names(self) -> set[str]:
        """The names the prose states with ``\\approx`` (braces and spaces out: documents.claimedties)."""
        return {re.sub(r"[{}\s]", "", v[0]) for v in approx_values(self.text)}

    @cached_property
    def _prose_vectors(self) -> list[tuple[str, str, int]]:
        r"""Vectors the prose states inline ("for $x = (1, 2)^\top$"), read once per document."""
        return prose_vectors(self.text, self.parse_plain)

    @cached_property
    def _renewals(self) -> list[Any]:
        """Sentences giving names a new meaning ("let $X$ be … instead"): a number stated before one no longer
        holds for the name (documents.renewednames), read once per document."""
        return renewals(self.text)

    def _held(self, values: list[tuple[str, str, int]], line: int) -> list[tuple[str, str, int]]:
        """``values`` (name, number, line) with those of a name the prose renewed before ``line`` left out."""
        shown = {rf"\mathrm{{{k}}}": v for k, v in optima_shown(self.stated_optima, self.text).items()}
        held = still_stated(values, self._renewals, self.text, line, shown)  # the Q of \mathrm{maxapQspap}
        givens = [*self._prose_values, *getattr(self, "displayed", ())]  # p = 0.62, then p = σ(1) (restatedvalues)
        stale = stale_values(held, self.text, line, givens, self.parse_plain)
        held = [v for v in held if v not in stale] if stale else held
        return changed_since(held, line, self.text, self.source_text, self.path)  # w = 3 in code (codeupdates)

    def _stated_values(self, chain: _Chain, scope: Any) -> list[tuple[str, str]]:
        """The hypotheses of ``chain``'s worked links, with what the chain check needs later kept by line: the
        other values of a name stated twice (latestvalues.with_other_values) and the values stated elsewhere
        (valuescope)."""
        read = self.values_read(chain, scope)
        if read.foreign is not None:
            self.__dict__.setdefault("other_values", {})[chain.line] = (read.others, read.undecided)
            self.__dict__.setdefault("foreign_values", {})[chain.line] = read.foreign
        return read.values

    def values_read(self, chain: _Chain, scope: Any, force: bool = False) -> ValuesRead:
        """The values stated for ``chain`` (nothing kept on the document: documents.statedintegers reads them
        again). ``force``: read as a worked chain whatever its members (an exact number's links)."""
        stated = self._prose_values + [v for v in getattr(self, "displayed", ()) if v[2] < chain.line]
        if chain.inline and chain.after is not None and len(chain.members) == 2:  # "… gives $w = 2.5$" (solvedprose):
            own = chain.members[0].latex.strip()  # never read at its own value (redteam42)
            stated = [v for v in stated if not (v[2] == chain.line and v[0].strip() == own)]
        vectors = self._prose_vectors + [v for v in getattr(self, "displayed_vectors", ())
                                         if v[2] < chain.line]  # documents.statedvectors  # fmt: skip
        # a name the chain's own line (a table's row: "z = (1, -1): z^T A z = 3") states anew: undecided (sound45)
        anew = {v[0] for v in getattr(self, "displayed_vectors", ()) if v[2] == chain.line}
        vectors = [v for v in vectors if v[0] not in anew]
        # a link with a worked number: an identity link of the chain (∂L/∂y = y − y^*) is not read at the
        # values (they would make it a special case of the chain): only the worked links are
        # (steps._Checker._worked_links)
        if not (stated or vectors):
            return ValuesRead([])
        links = [(chain.members[s.left].latex, chain.members[s.right].latex) for s in chain.steps]
        last = max([chain.line, *(m.line for m in chain.members)])  # its own section's values (valuescope)
        shown = getattr(self, "display_lines", self.chain_lines)  # an inline result cuts off no values
        if not force and not any(
                worked(texts)
                or any(worked_vector(t, self.parse_plain) or worked_expression(t, self.parse_plain) for t in texts)
                or evaluated_at_numbers(texts, self.parse_plain)  # f(2) = ½(2 - 3)² (documents.numberpoints)
                or substituted_numbers(texts, self.parse_plain)  # ∂ℓ/∂w = (½ - 1)·2 (documents.numberpoints)
                or applied_in(texts, self.text, chain.line)  # σ(x + 1) after "$\sigma = 2$" (numberednames)
                or matrix_worked(texts, vectors, self.parse_plain)  # A^T A = [[10, 14], …] (statedvectors)
                or (len(links) == 1 and on_stated_data(texts, [v[0] for v in stated], [v[0] for v in vectors],
                                                       self.parse_plain))  # p_1 + p_2 + p_3 = 1 (documents.datasums)
                for texts in links):  # fmt: skip
            vectors = [v for v in self._held(values_in_scope(vectors, self.text, chain.line, last, shown), chain.line)
                       if not self._defined_here(v[0], scope) and not said_general(self.text, v[0], v[2], chain.line)]
            return ValuesRead(one_sided_vectors(links, vectors, self.parse_plain,  # (∇f)^T v, v = (2, 1)
                                                lambda names: self._reach(names, scope)))  # (onesidedvectors)
        # a worked result the context or the notes define by a formula (y := the network's output) is
        # computed from that formula here, not taken at the number a display wrote for it
        raw = stated
        stated = [v for v in self._held(values_in_scope(stated, self.text, chain.line, last, shown), chain.line)
                  if not self._defined_here(v[0], scope)]  # not of a name renewed since (documents.renewednames)
        vectors = [v for v in self._held(values_in_scope(vectors, self.text, chain.line, last, shown), chain.line)
                   if not self._defined_here(v[0], scope)
                   and not said_general(self.text, v[0], v[2], chain.line)]  # "for arbitrary $A$" (sound46)
        trees = []
        for m in chain.members:  # the members are parsed when checked: read here only to see what they use
            try:
                trees.append(self.parse(m.latex, None, frozenset()))
            except LatexError:
                continue
        written = set().union(*(names_in(t) | called_names(t) for t in trees)) if trees else set()
        reached = self._reach(written, scope)  # f(2) reaches the names of f's body (documents.numberpoints)
        # a name stated with several values: the one stated last before the chain, the others tried (latestvalues)
        stated, others, undecided = latest_values(stated, chain.line, last, self.lines)
        if (part := named_part(self.text, chain.line, last)) is not None:  # "Recall from (a) that …" (namedparts)
            in_scope_at = lambda at: [v for v in self._held(values_in_scope(raw, self.text, at, at, shown), at)  # noqa: E731
                                      if not self._defined_here(v[0], scope)]  # fmt: skip
            stated, others, undecided = read_at_part(part, (stated, others, undecided),
                                                     [v for v in raw if v[2] <= chain.line], in_scope_at, self.lines)
        others = [v for v in others if value_hypotheses([v], reached, self.parse_plain)]
        undecided = [v for v in undecided if value_hypotheses([v], reached, self.parse_plain)]
        values = said_in_part(value_hypotheses(stated, reached, self.parse_plain, chain.line), part, stated)
        # (not the step's own claim about a defined name: "$E_3 = 2.8$" of a family E_n, misses43)
        elsewhere = [v for v in self._prose_values if v[2] != chain.line or not self._defined_here(v[0], scope)]
        foreign = value_hypotheses(elsewhere, reached, self.parse_plain, chain.line)  # valuescope
        own = {v[0].split("=")[0] for v in values}
        foreign = [h for h in foreign if h[0].split("=")[0] not in own]
        numbered = {display_key(k) for t in trees if isinstance(t, sp.Basic) for e in t.atoms(sp.Indexed)
                    if (k := key_of(e)) is not None}
        return ValuesRead(values + vector_hypotheses(vectors, reached, self.parse_plain, numbered),  # W_1 (misses44)
                          others, undecided, foreign)

    def parse_plain(self, text: str) -> Any:
        """A member or a name as written, parsed with no declared context (what it uses, its literal)."""
        return self.parse(text, None, frozenset())

    def _defined_here(self, name: str, scope: Any) -> bool:
        try:
            key = key_of(self.parse(name, None, frozenset()))
        except LatexError:
            return False
        return key is not None and isinstance(getattr(scope, "names", {}).get(key), Definition)

    @cached_property
    def independent(self) -> bool:
        """Do the notes state some pair of names independent (documents.independence)?"""
        return bool(independent_pairs(self.text))

    def _stated_moments(self, chain: _Chain, scope: Scope) -> None:
        r"""``\epsilon \sim \mathcal{N}(0, \sigma^2)`` stated before the chain: its mean and second
        moment are hypotheses of a chain that writes 𝔼 and reaches ε (documents.distributions)."""
        if not (self.distributions or self.moments or self.independent) or chain.hypotheses:
            return  # a context's "given:" (or the notes' "where") says what the chain assumes: it wins
        trees = [m.parsed.tree for m in chain.members if m.parsed is not None and isinstance(m.parsed.tree, sp.Basic)]
        names = reached_names(trees, scope, lambda src: self.parse(src, None, frozenset()))
        chain.hypotheses.extend(hypotheses_for(self.distributions, chain.line, names, has_functionals(trees),
                                               key_of_text))  # fmt: skip
        # "$\mathbb{E}[X] = 2$" stated in the prose (documents.statedmoments)
        kept = {(m.moment, m.value, m.line) for m in self.moments}
        kept = set(self._held(sorted(kept, key=lambda v: v[2]), chain.line))
        moments = [m for m in self.moments if (m.moment, m.value, m.line) in kept]  # documents.renewednames
        chain.hypotheses.extend(moment_hypotheses(moments, chain.line, names, has_functionals(trees), key_of_text,
                                                  lambda k: _scalar_or_undeclared(scope, k), self.text))
        # "$X$ and $Y$ are independent": 𝔼[XY] = 𝔼[X]𝔼[Y] (documents.independence)
        independent = independence_hypotheses(self.text, chain.line, names, has_functionals(trees), key_of_text,
                                              lambda k: _scalar_or_undeclared(scope, k))
        chain.hypotheses.extend(independent)
        if independent:  # Var(U + V) of independent U, V: Var and Cov by their definitions (independentstatistics)
            read_statistics(scope.names, " ".join(m.latex for m in chain.members if m.latex))

    def check(self, chain: _Chain) -> CheckedChain:
        started = time.perf_counter()
        if self.progress is not None:
            self.progress(f"{self.path}:{chain.line}")
        self.stage("reading the members")
        self.reading_line = chain.line
        self.__dict__.pop("_layout_free", None)  # steps.layout_free: what this chain's checks met, chain by chain
        self._govern_samples(chain)  # the relabelled members are what the inference reads
        scope = self._infer(chain, self.scope_of(chain))
        chain.hypotheses.extend((h, "context") for h in scope.hypotheses)
        chain.hypotheses.extend(self._where(chain))
        if not chain.hypotheses:  # a worked number at the values the prose states (documents.stated)
            chain.hypotheses.extend(self._stated_values(chain, scope))
        expected = ""
        for a in scope.assumptions:
            if a.next_chain:
                later = [ln for ln in self.chain_lines if ln > a.line]
                applies = bool(later) and later[0] == chain.line
            else:
                applies = any(m.line in a.lines for m in chain.members) or chain.line in a.lines
            if applies and a.expect:
                expected = a.expect
            elif applies:
                chain.conditions.append((a.condition, f"context line {a.line}"))
        self._read(chain, scope)
        self._stated_moments(chain, scope)
        read_nc = self.ctx.noncommutative(scope)
        self._annotate(chain, scope)
        unread = unread_tops(scope, lambda src: self.parse(src, None, frozenset()))
        if unread:
            # the loss is a function of quantities whose definitions the chain never wrote: infer again
            # with those read too (generic.unread_tops), then place the loss again in that scope
            wider = copy.copy(chain)
            wider.members = [*chain.members, *(_Member(t, chain.line) for t in unread)]
            scope = self._infer(wider, self.scope_of(chain))
            self._annotate(chain, scope)
        if self.ctx.noncommutative(scope) != read_nc:
            self._read(chain, scope)  # the arbitrary functions' derivatives keep their written place
        if scope.conventions.get("summation") == "einstein":
            self._sum_repeated(chain, scope)
        read_nc = self.ctx.noncommutative(scope)
        scope = sized_by_stated(scope, chain.hypotheses, self.parse_plain, self.text)  # x = (1, 2)^T: 2 entries
        if self.ctx.noncommutative(scope) != read_nc:
            self._read(chain, scope)  # v = (2, 1) made v a vector: its products keep their written order
        if chain.struck:
            steps = [self._skipped(chain, s, STRUCK) for s in chain.steps]
        else:
            try:
                steps = _Checker(self, *case_domains(chain, scope, self.text)).run()  # "Case $w > 0$" (casedomains)
                steps = self._without_note_definitions(chain, steps)
                steps = under_defined_conditions(self, chain, scope, steps)  # "For $z > 0$:", z := wx + b
                steps = under_read_region(self, chain, scope, steps)  # "When $w > 1$", "for $|x| < 1$" (regions)
                steps = under_leading_values(self, chain, scope, steps)  # "With $a = 1$, …:" (leadingvalues)
                steps = self._other_readings(chain, scope, steps)
                steps = [self._doubt(chain, scope, s, r) for s, r in zip(chain.steps, steps, strict=True)]
                steps = from_rounded_values(chain.hypotheses, self.text, steps,  # η ≈ 0.1: PASSED (approxvalues)
                                            getattr(self, "displayed_roundings", frozenset()))  # fmt: skip
                steps = kept_failures(self, chain, steps)  # FAILED where the notes state it holds (definedconditions)
                # ∂h_t/∂h_{t-1} = 0 with h a recurrence: green only with h's entries independent (recurrence)
                steps = independent_greens(self, chain.line, steps, lambda k: step_trees(chain, k), scope)
                before = self._prose_before(chain, display=True)[1]
                steps = restatement_results(chain, scope, steps, before)  # "Expanding, $$J(w) = …$$"
                steps = doubt_scalar_capitals(self, chain, scope, steps)  # W δ for Wᵀ δ (documents.weights)
                steps = doubt_constant_factors(self, chain, scope, steps)  # (pq)' = p'q (constantfactors)
                steps = doubt_applied_products(self, chain, steps)  # h_{out}(A+B) = … as products (appliedlabels)
                steps = distribution_calls(self, chain, scope, steps)  # Σ_x min(p(x), q(x)), p a distribution
                steps = doubt_row_entries(chain, scope, steps)  # (σ(q_t^T h) − 1) q_t^T for a column (rowentries)
                steps = doubt_orientation(chain, scope, steps, self.orientations_at(chain.line),  # a_j a column, a row
                                          lambda: checked_own(self, chain, steps))  # (familyorientation)
                steps = doubt_squared(chain, scope, steps)  # det(AB) = det A det B, A ∈ R^{m×n} (squared)
                steps = by_a_fixed_parameter(self, chain, scope, steps)  # ∂/∂θ of P(t|z,θ) read as P(t|z)
                steps = through_a_noise_model(self, chain, scope, steps)  # ∂J/∂w with y = Xw + ε: y observed
                steps = by_layer(self, chain, steps)  # ∂L/∂w^{(l)}_{ij}: once per concrete layer (layerinstances)
                steps = vacuous_greens(self, chain, scope, steps)  # 0 = 0: W_fg where J is of W^(1) (vacuous)
                steps = defined_identity(self, chain, scope, steps)  # I = \int_0^1 x^n dx: not 1 (definedidentity)
                steps = without_where(self, chain, steps)  # 0 = 0 under "where $y = wx$" (vacuouswhere)
                foreign = getattr(self, "foreign_values", {}).get(chain.line, [])
                steps = foreign_failures(foreign, steps, self.parse_plain)  # another section's values (valuescope)
                steps = with_other_values(self, chain, steps, *getattr(self, "other_values", {}).get(
                    chain.line, ((), ())))  # a = 0, then a = -1 in the section: the last before it (latestvalues)
                steps = at_stated_integers(self, chain, scope, steps)  # z = wx + b = 1, w = 2 stated (statedintegers)
                steps = at_valued_sizes(self, chain, scope, steps)  # (mn)^2 after "$n = 1000$ inputs" (valuedsizes)
                steps = after_changed_closed_forms(self, chain, scope, steps)  # θ = 2π, then theta = 3 in code
                steps = unread_hypotheses(self, chain, scope, steps)  # "if $W$ is orthogonal" (unreadhypotheses)
                steps = on_active_side(self, chain, scope, steps)  # "when the triplet is active" (activebranch)
                steps = other_stacking(self, chain, scope, steps)  # vec of the rows, unsaid (kronecker)
                steps = under_unread_condition(self, chain, scope, steps)  # "when $\|g\| > c$" (unreadconditions)
                steps = under_denied(steps, *self.denied_range(chain))  # "except when $x > 0$" (deniedranges)
                steps = as_vectors(self, chain, scope, steps)  # ∂/∂X of a matrix: X the cookbook's vector (cookbook)
                steps = with_earlier_results(self, chain, scope, steps)  # 𝔼 facts shown before (lemmas)
                said = said_invertible(self.text)  # "For an invertible $A$": its A^{-1} said (saidinvertible)
                steps = [inverse_readings(r, step_trees(chain, k), said) for k, r in enumerate(steps)]  # a chosen
                # A^{-1} or |A| reading never makes FAILED, but a normal density's covariance's (normalshapes)
                steps = [unsure_exponential((chain.members[s.left].latex, chain.members[s.right].latex), r)
                         for s, r in zip(chain.steps, steps, strict=True)]  # nor e^X read entry-wise (squares)
                steps = [unsure_bold_one((chain.members[s.left].latex, chain.members[s.right].latex), r,
                                         "1" in self.basis_letters, lambda k=k: self._step_reached(chain, scope, k))
                         for k, (s, r) in enumerate(zip(chain.steps, steps, strict=True))]  # nor 1_k ones (boldone)
                steps = [unsure_sample(r) for r in steps]  # nor x_i read as a row of X (documents.samples)
                steps = [unsure_entries(r) for r in steps]  # nor x_i as the vector of x_ij (sampleentries)
                steps = [unsure_dropped(r) for r in steps]  # nor Σ_i σ(z) as σ(z_i) (droppedindex)
                steps = [unsure_length(r) for r in steps]  # nor data read at a general length (datalength)
                steps = [unsure_orientation(r) for r in steps]  # nor a row added to a column (orientation)
                steps = [unsure_cases(r) for r in steps]  # cases at points: no sample point (pointcases)
                steps = [few_convergent(r) for r in steps]  # Σ (100γ)^k: it converges at few points (infiniteseries)
                steps = [label_not_power(r) for r in steps]  # θ^0 = (0, 1): a label or a power (zerosuperscript)
                steps = unsure_inverse(self.text, chain, scope, steps)  # \Phi^{-1}(p), Φ nowhere else (inverseorpower)
                steps = shape_statements(chain, steps)  # (d×n)(n×k) = d×k in prose (shapestatements)
                steps = [not_as_written(r, (chain.members[s.left].latex, chain.members[s.right].latex))
                         for s, r in zip(chain.steps, steps, strict=True)]  # ∂/∂u(… ∂u/∂t) (operatorscope)
                steps = each_case(self, chain, scope, steps)  # ... checked case by case (pointcases)
                steps = through_defined_cases(self, chain, scope, steps)  # ℓ(t, y) by cases at t = 0, 1 (definedcases)
                steps = past_checked_sizes(chain, steps)  # \sum_{i=1}^{n} [i = 41] = 0: not green (bracketsizes)
                steps = at_special_cases(self, chain, scope, steps)  # SiLU: "the case β = 1" (specialcases)
                steps = at_stated_sizes(self, chain, scope, steps)  # "for $m = n = 1$ we get" (statedsizes)
                steps = [update_rule(r, chain.members[s.left].latex, chain.members[s.right].latex, s.left == 0)
                         for s, r in zip(chain.steps, steps, strict=True)]  # x_{k+1} = x_k - … (updaterule)
                if all(s.left == k and s.right == k + 1 for k, s in enumerate(chain.steps)):  # its algebra (ibid.)
                    steps = iterate_algebra(steps, [m.latex for m in chain.members])
                # p(a, b) = p(a) p(b) is never FAILED unless the notes or the context define p (productrule)
                defined = frozenset({d.key[0] for d in self.note_definitions}
                                    | {k[0] for k in self.ctx.scope_at(chain.line).names})  # fmt: skip
                steps = [by_product_rule(r, chain.members[s.left].latex, chain.members[s.right].latex, defined)
                         if s.relation == EQUALITY else r
                         for s, r in zip(chain.steps, steps, strict=True)]  # P(A,B) = P(A|B)P(B) (productrule)
                summed = bool(self.einstein) or scope.conventions.get("summation") == "einstein"
                steps = unsure_summed_deltas(summed, [(chain.members[s.left].latex, chain.members[s.right].latex)
                                                      for s in chain.steps], steps)  # δ_ii = 1 (summeddelta)
                steps = read_differentials(self, chain, scope, steps)  # d(fg) = g df + f dg (differentials)
                steps = sample_curves(steps)  # only the reported refutations are plotted
                line = self.lines[chain.line - 1]
                own = split_at_inline(before, chain)[0] if chain.inline else before  # the words before the claim
                steps = [held_constant(r, own) for r in steps]  # "treating the target as a constant" (heldconstant)
                steps = [along_constraint(r, own) for r in steps]  # "along the line $u_1 + u_2 = 1$" (constrained)
                written = [m.latex for m in chain.members]  # 0.511 nats = 0.737 bits; 1 bit = 1 = 1 nat (unitsteps)
                if chain.inline and (span := claim_span(line, chain)) is not None and span[1] is not None \
                        and (word := unit_after(line[span[1]:])) is not None:  # fmt: skip
                    written[-1] += rf" \text{{ {word}}}"  # "$1 \text{ byte} = 8$ bits": its last member in bits
                steps = [in_one_unit(r, written[s.left], written[s.right], written)
                         for s, r in zip(chain.steps, steps, strict=True)]
                steps = [almost_everywhere(r, own) for r in steps]  # "a.e.": a kink is no refutation (almosteverywhere)
                steps = [under_noted_condition(r, chain.notes) for r in steps]  # "\text{ if } ab = 0" (notedcondition)
                if (cue := rejection(line, chain.members[0].latex, chain.members[-1].latex, chain.inline, before,
                                     (claim_span(line, chain) or (None,))[0] if chain.inline else None)) is not None:
                    steps = [judged(r, cue) for r in steps]  # "…, not $p' = u'v'$" (documents.rejected)
                elif not chain.inline and (said := condition_cue(before, self.prose_after(chain)[1])) is not None:
                    # "$$…$$ which does not hold for $x < 0$": x < 0 is no hypothesis of it (deniedranges)
                    hypothesis = "" if negated_cue(said) else stated_under(self.prose_after(chain)[1], said)
                    if self._read_under(chain, scope, hypothesis):  # "$$…$$ which holds when $A$ is symmetric"
                        steps = [under_hypothesis(r, said, hypothesis) for r in steps]
                    else:
                        steps = [conditioned(r, said) for r in steps]  # "we would need $$…$$" (documents.hypothetical)
            except BudgetExceeded:
                raise
            except (Exception, RecursionError) as exc:  # noqa: BLE001 - a bug here must not hide the other chains
                why = f"internal error while checking this chain: {type(exc).__name__}: {exc}"
                steps = [replace(self._skipped(chain, s, why), verdict=Verdict.ERROR) for s in chain.steps]
        parsed = [chain.members[s.left].parsed is not None and chain.members[s.right].parsed is not None
                  for s in chain.steps]  # fmt: skip
        notes = list(chain.notes)
        if chain.conditions:
            notes.append("conditions: " + "; ".join(f"{c} ({w})" for c, w in chain.conditions))
        statement = written_statement(chain)  # the relations as written (a ≤, an update arrow)
        label = f"{chain.label} " if chain.label else ""
        result = IdentityResult(
            # "hw.md:12", and for notebooks "hw.ipynb: cell 3, line 2" as in the source (not the
            # line of the concatenated cells, which the reader never sees)
            id=Path(self.path).name + self.where(chain.line)[len(self.path) :] + chain_slide(chain),
            title=_shorten(label + statement, 70),
            statement=statement,
            verdict=worst([s.verdict for s in steps]),
            steps=tuple(steps),
            source=self.where(chain.line),
            seed=self.settings.seed,
            duration=time.perf_counter() - started,
            message="; ".join(notes),
            kind="document",
            expected=expected,
        )
        return CheckedChain(result, [s.line for s in chain.steps], parsed)

    def _read_under(self, chain: _Chain, scope: Scope, hypothesis: str) -> bool:
        """Does the checker read ``chain`` under the ``hypothesis`` its display is stated under ("$A$ is
        symmetric": the symmetric reading of documents.symmetricprose; "$x \\ge 0$": the range reading of
        documents.ranges), for names the chain writes?"""
        parts = conjuncts(hypothesis)  # "$x \\ge 0$ and $n$ is even": every part, or not under it (review23e)
        return bool(parts) and all(self._read_under_part(chain, scope, part) for part in parts)

    def _read_under_part(self, chain: _Chain, scope: Scope, hypothesis: str) -> bool:
        """One part of a hypothesis (:meth:`_read_under`): read as symmetry or as a range of names the chain writes."""
        latexes = [m.latex for m in chain.members if m.latex]
        said = symmetric_in(hypothesis)
        read = self._said_symmetric(chain)
        if said and read and said[0] <= read[0] and writes_names(said[0], latexes):
            return True
        ranged = stated_ranges(scope, hypothesis, "")
        return ranged is not None and ranged[1] is not scope and writes_names(
            {k[0] for k, e in ranged[1].names.items() if e is not scope.names.get(k)}, latexes)

    def unfinished(self, chain: _Chain, outcome: Any) -> CheckedChain:
        """A chain whose worker gave no verdict (a ``runner.Outcome``): every step TIMEOUT or ERROR."""
        verdict = Verdict.TIMEOUT if outcome.status == "timeout" else Verdict.ERROR
        why = f"{outcome.message}; stopped during {outcome.stage}"
        steps = [replace(self._skipped(chain, s, why), verdict=verdict) for s in chain.steps]
        statement = written_statement(chain)  # the relations as written (a ≤, an update arrow)
        result = IdentityResult(
            id=f"{Path(self.path).name}:{chain.line}{chain_slide(chain)}",
            title=_shorten(statement, 70),
            statement=statement,
            verdict=verdict,
            steps=tuple(steps),
            source=self.where(chain.line),
            seed=self.settings.seed,
            duration=outcome.elapsed,
            message=why,
            kind="document",
        )
        return CheckedChain(result, [s.line for s in chain.steps], [False] * len(chain.steps))
