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
:mod:`~verifier.documents.doubts` (other readings, and doubt before FAILED),
:mod:`~verifier.documents.chaincheck` (the orchestration of one chain: its check, then every reading) and
:mod:`~verifier.documents.chainvalues` (the values the notes state for a chain). This module owns the
entry points: collecting and loading documents with their context, reading a document into its chains
(:func:`prepare_text`, in a killable worker first under a timeout), and the post-passes over the checked
chains of a whole document (:meth:`PreparedDocument.finished`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from verifier.documents.anchoredfamily import on_anchored_families
from verifier.documents.boundnumbers import weaker_bounds
from verifier.documents.chaincheck import _Document
from verifier.documents.claimedties import judged_ties
from verifier.documents.context import (
    Assumption,
    ContextError,
    DocumentContext,
    merge_contexts,
    parse_context,
    parse_context_file,
)
from verifier.documents.disagreeing import on_disagreeing_renewals
from verifier.documents.documentlayout import settled_layout
from verifier.documents.inputs import inputs_of
from verifier.documents.lemmas import established_only
from verifier.documents.members import _Chain
from verifier.documents.notedroundings import on_noted_roundings
from verifier.documents.premises import on_broken_premises, on_unsettled_names, on_unsettled_statements
from verifier.documents.provedlater import lead_in, on_proved_later
from verifier.documents.reader import Progress
from verifier.documents.readernotes import unread_results
from verifier.documents.records import CheckedChain, DocumentCheck, StepCounts
from verifier.documents.rendered import as_read, earlier_slides_read
from verifier.documents.roundedgivens import value_readings
from verifier.documents.sentencecomputed import on_contradicted_values
from verifier.documents.shownnames import shown_names, table_shown
from verifier.documents.slideversions import earlier_slide_chains, without_repeated
from verifier.documents.solvedconditions import on_solved_conditions
from verifier.documents.solvedlater import on_solved_later
from verifier.documents.sources import github_inline_math, load_document, read_sources
from verifier.documents.stated import computed_result, displayed_values
from verifier.documents.statedoptima import optima_shown
from verifier.documents.statedvectors import displayed_vectors
from verifier.documents.truncations import on_truncations
from verifier.documents.wordeddistribution import on_worded_moments
from verifier.engine import Settings
from verifier.paths import display_path
from verifier.results import IdentityResult, Verdict
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
    ".rst", ".rest",
)  # fmt: skip
DEFAULT_SETTINGS = Settings()


# ---------------------------------------------------------------------------------------------
# Entry points


def collect_documents(paths: Sequence[str | Path]) -> list[Path]:
    """Files as given (any extension is read as Markdown, except .tex, .ipynb and .rst; AsciiDoc and
    Typst are not read: verifier.unread.NOT_READ_BY_NAME) with the .tex files a
    LaTeX file inputs, folders searched for .md/.markdown/.mdx/.tex/.ipynb/.qmd/.Rmd/.rst (annotated copies
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
            continue  # .adoc: its math is no Markdown's; listed as not read (verifier.unread)
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
        if (solver := self.doc) is not None:  # 2a = b ⇒ a = b/2, a and b declared: a condition (solvedconditions)
            self.check.chains = on_solved_conditions(self.chains, self.check.chains,
                                                     lambda src: solver.parse(src, None, frozenset()))
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
            # "it remains to prove that $E[y] = a'(\eta)$": the verdict of the proof below (documents.provedlater)
            self.check.chains = on_proved_later(self.chains, self.check.chains, lambda c: lead_in(doc, c), doc.lines,
                                                parse, defined, doc.ctx.scope_at)
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
    # y = -2.4369, and w = (0, 0) + (-1)(2, 1) = (-2, -1): a name's worked value, its display's last member
    shown = [(c.members[0].latex, c.members[-1].latex, c.line) for c in chains if not c.inline and (
        len(c.members) == 2 or computed_result([m.latex for m in c.members], doc.parse_plain))]  # fmt: skip
    doc.displayed = displayed_values(shown)  # documents.stated
    readings = value_readings(doc.displayed, doc.text, doc.parse_plain)  # p = σ(1), then $$p = 0.62$$: no given
    doc.displayed = [v for v, how in readings if how is not None]  # (documents.roundedgivens)
    doc.displayed_roundings = frozenset(v for v, how in readings if how == "rounded")  # $$p = 0.73$$: PASSED at it
    doc.displayed_vectors = displayed_vectors(shown, doc.parse_plain)
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
