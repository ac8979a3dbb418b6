r"""Checking many documents' chains in one pool of workers (``verify doc DIR``, :func:`check_many`).

Why: checked one after the other (:func:`verifier.documents.check.check_document` for each), a
document's chains are shared by two workers, one going from its first chain and one from its
last, but every document *ends* with its last chain running alone while the other core has
nothing left, and *starts* with serial work: reading the notes in a killable worker, then again
in the parent, with one core idle. On the thirteen documents of the corpus those tails and
readings were about a tenth of the wall time on two cores.

Here every document is first read in killable workers (the readings share the lanes as chains
do, each with its own budget), and read again in this process (the state the chains need) as soon
as its worker has answered, alongside the workers still reading the others (docspeed17), and
then the chains of all the documents are *one* list of items for
:func:`verifier.runner.run_each`: one worker goes from the first chain of the first document,
the other from the last chain of the last document, and they meet once. Each chain keeps its
own budget (a hang is TIMEOUT, the others go on) and is checked by its own document's state,
exactly as it would be alone; results come back per document in the chains' order.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from verifier.documents.check import (
    PreparedDocument,
    document_context,
    load_with_context,
    macros_of,
    prepare_text,
    read_chains,
    unread_check,
    unread_result,
)
from verifier.documents.records import DocumentCheck
from verifier.engine import Settings
from verifier.paths import display_path

__all__ = ["DocumentTask", "check_many"]


@dataclass(frozen=True)
class DocumentTask:
    """One document to check: its path, how it is shown, the context file and macro files from outside it."""

    path: str | Path
    settings: Settings
    display: str | None = None
    context: str | Path | None = None
    macro_files: tuple[str | Path, ...] = ()


@dataclass(frozen=True)
class _Reading:
    text: str
    shown: str
    ctx: Any  # DocumentContext
    macros: list[str | Path]
    folder: Path
    settings: Settings


def check_many(
    tasks: Sequence[DocumentTask],
    *,
    timeout: float,
    jobs: int = 0,
    progress: Callable[[int, str], None] | None = None,
) -> list[tuple[DocumentCheck, float]]:
    """Check every document of ``tasks`` (each chain with ``timeout`` seconds in killable workers,
    ``jobs`` of them at once, 0: one per core); per task its DocumentCheck and its seconds (reading
    it, and the time its chains took in the workers). ``progress(k, where)`` names the chain of
    task ``k`` a worker starts (``where`` is ``path:line``)."""
    from verifier.runner import run_each

    lanes = jobs if jobs > 0 else (os.cpu_count() or 1)
    done: dict[int, DocumentCheck] = {}
    seconds = [0.0] * len(tasks)
    readings: dict[int, _Reading] = {}
    for k, task in enumerate(tasks):
        started = time.perf_counter()
        p = Path(task.path)
        shown = task.display or display_path(p)
        loaded = load_with_context(p, shown, task.settings, task.context)
        if isinstance(loaded, DocumentCheck):
            done[k] = loaded
            continue
        text, outside = loaded
        ctx = document_context(text, shown, outside)
        readings[k] = _Reading(text, shown, ctx, macros_of(ctx, shown, task.macro_files, p.parent), p.parent,
                               task.settings)  # fmt: skip
        seconds[k] += time.perf_counter() - started

    # Reading is user-controlled work (a 5 MB display, a macro that expands without end): each document
    # is read first in a killable worker under the budget; only one that reads in time is read again here.
    order = sorted(readings)

    def read(k: int) -> int:
        r = readings[k]
        return read_chains(r.text, r.shown, r.ctx, r.macros, r.folder, r.settings)

    prepared: dict[int, PreparedDocument] = {}

    def read_again(k: int, outcome: Any) -> None:
        """As document ``k``'s reading worker answers: read it again here while the workers read the rest."""
        r = readings[k]
        started = time.perf_counter()
        prepared[k] = prepare_text(r.text, r.shown, r.settings, r.ctx, r.macros, r.folder)
        seconds[k] += time.perf_counter() - started

    # The parent reads each document again as its worker answers, so it takes one of the lanes: with two
    # cores one reading worker keeps it busy, and the last answers do not leave a queue of readings behind
    # them (a reading that hangs holds this phase for its budget however many lanes read the others).
    outcomes = run_each(read, order, lambda k, outcome: outcome, timeout=timeout, jobs=max(1, lanes - 1),
                        on_result=read_again)  # fmt: skip
    for k, outcome in zip(order, outcomes, strict=True):
        r = readings[k]
        if not isinstance(outcome, int):
            prepared.pop(k, None)  # answered, then its worker died before the next item: not read in time after all
            unread = unread_result(outcome, r.shown, r.settings, timeout)
            if unread is not None:
                done[k] = unread_check(r.shown, r.text, unread)
                continue
        if k not in prepared:
            read_again(k, outcome)
        if prepared[k].doc is None:
            done[k] = prepared[k].check
    prepared = {k: prepared[k] for k in sorted(prepared)}  # the chains' order: documents as given

    items = [(k, chain) for k, p in prepared.items() if p.doc is not None for chain in p.chains]
    for p in prepared.values():
        p.in_worker()

    def check(item: tuple[int, Any]) -> Any:
        # by the document the chain was read from: an earlier Beamer slide's own (documents.slideversions)
        return prepared[item[0]].check_chain(item[1])

    def unfinished(item: tuple[int, Any], outcome: Any) -> Any:
        doc = prepared[item[0]].doc
        assert doc is not None
        return doc.unfinished(item[1], outcome)

    announce = None
    if progress is not None:
        shown_progress = progress

        def announce(item: tuple[int, Any]) -> None:
            shown_progress(item[0], f"{prepared[item[0]].check.path}:{item[1].line}")

    checked = run_each(check, items, unfinished, timeout=timeout, on_start=announce, jobs=lanes)
    for (k, _), chain in zip(items, checked, strict=True):
        prepared[k].check.chains.append(chain)
        seconds[k] += chain.result.duration
    for k, p in prepared.items():
        if k not in done:
            done[k] = p.finished()
    return [(done[k], seconds[k]) for k in range(len(tasks))]
