"""The catalog's longest entries start first, by the seconds each took last time (even under ``--no-cache``).

On two cores a run that ends with one long entry alone leaves a core idle; the durations the cache
keeps (``durations.json``, entry id -> seconds, no verdict rests on it) give the order of the next run.
"""

from __future__ import annotations

import json
import time

from support import GOOD_AND_BAD

import verifier.entryruns as entryruns
import verifier.runner as runner
from verifier.cache import DURATIONS, ResultCache
from verifier.cli import main


def test_longest_first_puts_unknown_ids_first_and_keeps_ties_in_order() -> None:
    ids = ["a", "b", "c", "d", "e"]
    assert entryruns.longest_first(ids, {"a": 0.1, "b": 0.5, "d": 0.1, "e": 0.2}) == [2, 1, 4, 0, 3]
    assert entryruns.longest_first(ids, {}) == [0, 1, 2, 3, 4]


def _now() -> float:
    return time.monotonic()


def test_run_many_starts_the_calls_in_the_order_given_and_answers_in_call_order() -> None:
    outcomes = runner.run_many([(_now, ())] * 3, jobs=1, timeout=60, order=[2, 0, 1])
    started = [o.value for o in outcomes]
    assert started[2] < started[0] < started[1]


def test_a_run_records_durations_and_the_next_cold_run_orders_by_them(make_catalog, capsys, monkeypatch) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    seen: list[dict[str, float] | None] = []
    real = entryruns.run_entries

    def spy(*args, expected=None, **kwargs):
        seen.append(expected)
        return real(*args, expected=expected, **kwargs)

    monkeypatch.setattr(entryruns, "run_entries", spy)
    main(["all", "--derivations", str(root), "--points", "30", "--no-cache"])
    cache = ResultCache(root.resolve().parent)
    recorded = cache.durations()
    assert recorded and all(v > 0 for v in recorded.values())
    main(["all", "--derivations", str(root), "--points", "30", "--no-cache"])
    capsys.readouterr()
    assert seen[0] is None and seen[1] == recorded


def test_an_unreadable_durations_table_is_an_empty_one(tmp_path) -> None:
    cache = ResultCache(tmp_path)
    cache.root.mkdir(parents=True)
    for text in ("[1, 2]", "{not json", json.dumps({"a": "slow", "b": -1, "c": 0.5})):
        (cache.root / DURATIONS).write_text(text)
        assert cache.durations() == ({"c": 0.5} if text.startswith("{\"") else {})
    cache.note_durations({"d": 1.0})
    assert cache.durations() == {"c": 0.5, "d": 1.0}
