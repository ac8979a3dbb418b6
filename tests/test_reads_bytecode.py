"""A builder's imports are not data: the bytecode Python caches for them does not make a verdict uncacheable.

:mod:`verifier.reads` records every file an entry's worker opens. Where Python writes bytecode (the
default), importing a course helper while the entry runs opens and writes its ``.pyc``; recorded as
a data file changed during the run, it made the first run of such an entry uncacheable on every
machine but those with ``PYTHONDONTWRITEBYTECODE`` set. Asserted with the bytecode under
``sys.pycache_prefix``; where it goes to ``__pycache__`` beside the helper instead, the listing of
the helper's directory, if the worker lists it, still gains ``__pycache__`` during that first run
(not fixed here: the listing is data, and its change is a change).
"""

from __future__ import annotations

import json
import sys

from verifier.cli import main

LAZY = """
from verifier.catalog import identity

@identity("lazy", title="l", statement="s", source="s")
def _(b):
    from _rb_lazy_helper import f
    x = b.real("x")
    return b.chain(f(x), x * x)
"""


def _verdict(root, capsys) -> tuple[str, bool]:
    main(["all", "--derivations", str(root), "--points", "30", "--format", "json"])
    [result] = json.loads(capsys.readouterr().out)["results"]
    return result["verdict"], result["cached"]


def test_a_helper_compiled_while_the_entry_runs_does_not_stop_its_verdict_being_cached(
    make_catalog, tmp_path, capsys, monkeypatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)  # as on a machine that writes bytecode
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "pycache"))
    root = make_catalog(mod=LAZY)
    (root / "_rb_lazy_helper.py").write_text("def f(x):\n    return x**2\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(root))
    assert _verdict(root, capsys) == ("PROVED", False)
    assert _verdict(root, capsys) == ("PROVED", True)
    # another size: Python trusts a .pyc whose source has the size and the second it was compiled from
    (root / "_rb_lazy_helper.py").write_text("def f(x):\n    return x * x * x\n", encoding="utf-8")
    assert _verdict(root, capsys) == ("FAILED", False)  # the helper's source is still in the key
