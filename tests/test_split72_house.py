r"""split72: the house — runner and doubts split along their jobs, private helpers made public at their owners,
sentences.COUNTERFACTUAL split into its two parts (moves and renames only: no verdict changes)."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from verifier import entryruns, runner
from verifier.documents import doubts, renewednames, sentences
from verifier.documents.renewednames import _example_heads

ROOT = Path(__file__).resolve().parent.parent


# -- runner: the workers; entryruns: what a catalog entry's run adds --------------------------------------------


def test_the_entries_run_is_entryruns_own() -> None:
    for name in ("run_entries", "verify_guarded", "verify_recording", "entry_outcome_result", "warming",
                 "longest_first", "RunOptions", "Interrupted"):  # fmt: skip
        assert getattr(entryruns, name).__module__ == "verifier.entryruns", name
        assert not hasattr(runner, name), name


def test_runner_keeps_the_workers_and_entryruns_schedules_over_them() -> None:
    for name in ("run_in_worker", "run_each", "run_many", "Worker", "report_stage", "preload_engine"):
        assert getattr(runner, name).__module__ == "verifier.runner", name
    assert entryruns.run_many is runner.run_many


def test_the_split_modules_stay_under_the_house_size() -> None:
    for path in ("verifier/runner.py", "verifier/entryruns.py", "verifier/documents/doubts.py"):
        assert len((ROOT / path).read_text().splitlines()) < 800, path


# -- doubts: each doubt that is a reading of its own is a mixin of its own module -------------------------------


@pytest.mark.parametrize(
    ("method", "module"),
    [
        ("_earlier_meanings", "verifier.documents.earliermeanings"),
        ("_held_at_stated", "verifier.documents.earliermeanings"),
        ("_scalars_may_rescue", "verifier.documents.scalarrescue"),
        ("_guessed_misfits", "verifier.documents.scalarrescue"),
        ("_shapes_guessed_elsewhere", "verifier.documents.scalarrescue"),
        ("_dropped_labels", "verifier.documents.labels"),
        ("_literal_against_declared_sums", "verifier.documents.impliedsums"),
        ("_alternative_readings", "verifier.documents.doubts"),
        ("_other_readings", "verifier.documents.doubts"),
    ],
)
def test_each_doubt_is_found_at_its_owner(method: str, module: str) -> None:
    assert getattr(doubts._Doubts, method).__module__ == module


def test_the_moved_dropped_labels_doubt_reads_the_readings_time_through_the_doubts(monkeypatch) -> None:
    # READINGS_SECONDS stays the doubts' (tests and benchmarks patch it there): the mixin asks for it
    from verifier.documents.labels import _DroppedLabels

    assert "READINGS_SECONDS" not in inspect.getsource(_DroppedLabels)
    monkeypatch.setattr(doubts, "READINGS_SECONDS", 12.5)
    assert doubts._Doubts._readings_seconds(object.__new__(doubts._Doubts)) == 12.5


# -- private helpers: none of those a module imported from another is private any more --------------------------


def _private_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text())
    return [f"{n.module}.{a.name}" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module
            and n.module.startswith("verifier") for a in n.names
            if a.name.startswith("_") and not a.name.startswith("__") and not a.name[1:2].isupper()]  # fmt: skip


@pytest.mark.parametrize(
    "module",
    ["roundedvectors", "sources", "familycalls", "renewedvalues", "solvedsystem", "definitionbounds", "sameclaim",
     "ellipsis", "branchcases", "wordcases", "reader", "guesses", "definitions", "inlineclaims", "scalarrescue",
     "withoutdefinitions", "doubts", "orientation", "oneinstance", "solvedconditions", "primednames"],
)  # fmt: skip
def test_no_private_function_is_imported_across_modules(module: str) -> None:
    assert _private_imports(ROOT / "verifier" / "documents" / f"{module}.py") == []


def test_the_helpers_roundedvectors_uses_are_public_and_documented() -> None:
    from verifier.documents.approxvalues import interval_enclosure
    from verifier.documents.exactslips import literal_numbers

    assert literal_numbers(r"\begin{bmatrix} -0.5 \\ 2 \end{bmatrix}") == ["-0.5", "2"]
    assert literal_numbers("x + 1") is None
    for fn in (interval_enclosure, literal_numbers):
        assert fn.__doc__


def test_the_no_evidence_mark_is_infers_own() -> None:
    from verifier.documents import constantfactors, guesses, infer

    assert infer.NO_EVIDENCE_MARK == f"({infer.NO_EVIDENCE})"
    for module in (constantfactors, guesses):
        assert "no other evidence" not in inspect.getsource(module)
        assert module.NO_EVIDENCE_MARK is infer.NO_EVIDENCE_MARK


def test_members_split_top_equals_is_the_one_of_latex_braces() -> None:
    from verifier.documents import members

    assert not hasattr(members, "_split_top_equals")  # it only called latex.braces.split_top_equals


# -- sentences: the counterfactual's two parts ----------------------------------------------------------------

SENTENCES = [
    "If instead $c = 2$, the vertex would move.",
    "For example, if we had $c = 2$, then the root doubles.",
    "For instance, take $d = 7$.",
    "e.g. with $d = 7$ the sum is 28.",
    "Wenn $c = 2$ wäre, läge der Scheitel bei 2.",
    "Zum Beispiel ist $c = 2$.",
    "Par exemple, $c = 2$.",
    "Take $c = 2$ from now on.",
    "The weights were initialised at random.",
    "The hadamard product is taken entry-wise.",
    "Set $w = 0$ and iterate.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_counterfactual_is_its_two_parts(sentence: str) -> None:
    either = bool(sentences.HYPOTHETICAL.search(sentence) or sentences.EXAMPLE_HEAD.search(sentence))
    assert bool(sentences.COUNTERFACTUAL.search(sentence)) == either


def test_each_part_says_its_own() -> None:
    assert sentences.HYPOTHETICAL.search("the vertex would move") and sentences.HYPOTHETICAL.search("es wäre so")
    assert not sentences.HYPOTHETICAL.search("For instance, take $d = 7$.")
    assert sentences.EXAMPLE_HEAD.search("For instance, take $d = 7$.") and sentences.EXAMPLE_HEAD.search(
        "zum Beispiel $d = 7$")
    assert not sentences.EXAMPLE_HEAD.search("the vertex would move")
    assert not sentences.HYPOTHETICAL.search("The hadamard product")  # a word that starts with "had"


def test_renewednames_takes_the_hypothetical_mood_from_sentences() -> None:
    source = inspect.getsource(renewednames)
    assert "would|were|had" not in source
    assert renewednames.HYPOTHETICAL is sentences.HYPOTHETICAL


@pytest.mark.parametrize(
    ("sentence", "heads"),
    [
        ("For instance, take $d = 7$ here.", {"d"}),
        ("For instance, if we had taken $d = 7$, the sum would be 28.", set()),
        ("For instance, we could take $d = 7$.", set()),
        ("For instance, one might take $d = 7$.", set()),
        ("The sum is 28.", set()),
    ],
)
def test_an_example_takes_a_value_unless_it_says_what_would_be(sentence: str, heads: set[str]) -> None:
    assert _example_heads(sentence) == heads
