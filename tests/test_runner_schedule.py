"""run_many keeps the cores busy: the next call's worker starts before an ended worker is reaped.

Reaping waits for the worker's exit (its address space torn down, its group killed, the scan for
escaped descendants: 10-40 ms each); a core left idle meanwhile was time ``--jobs 2`` lost.
"""

from __future__ import annotations

import itertools

from verifier import runner


def _square(x: int) -> int:
    return x * x


def test_the_next_worker_starts_before_the_ended_one_is_reaped(monkeypatch):
    events: list[tuple[str, int]] = []
    started = runner.Worker.__init__
    reaped = runner.Worker.reap

    def start(self, *args, **kwargs):
        started(self, *args, **kwargs)
        events.append(("start", self.pid))

    def reap(self):
        events.append(("reap", self.pid))
        return reaped(self)

    monkeypatch.setattr(runner.Worker, "__init__", start)
    monkeypatch.setattr(runner.Worker, "reap", reap)
    outcomes = runner.run_many([(_square, (k,)) for k in range(3)], jobs=1, timeout=60)
    assert [o.value for o in outcomes] == [0, 1, 4]
    pids = [pid for kind, pid in events if kind == "start"]
    assert len(pids) == 3
    # each worker but the last is reaped only after the next one has started
    for first, second in itertools.pairwise(pids):
        assert events.index(("start", second)) < events.index(("reap", first))
