"""A catalog module's recorded source is compiled once, in the parent, not in each entry's worker (cold67).

Each entry's worker imported its catalog module from the snapshot's bytes and compiled them (the snapshot loader
writes and reads no ``.pyc``): 33 compiles of six modules per cold catalog, 0.8-2.3 ms of CPU each in a fresh
fork. ``entryruns.run_entries`` now has ``loader.compile_snapshots`` compile every snapshot's files in the parent
before the first fork, and the snapshot loader takes that code for exactly those bytes at that path.
"""

from __future__ import annotations

import builtins
import sys
from pathlib import Path

from support import GOOD_AND_BAD, verify_all_after

from verifier import loader


def test_an_entrys_worker_compiles_nothing_of_its_catalog(make_catalog, tmp_path: Path) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    record = tmp_path / "compiled.txt"
    code = (
        "import builtins\n"
        "from verifier import entryruns\n"
        "seen = []\n"
        "real_compile = builtins.compile\n"
        "def spy(source, filename, *args, **kwargs):\n"
        "    seen.append(str(filename))\n"
        "    return real_compile(source, filename, *args, **kwargs)\n"
        "builtins.compile = spy\n"
        "original = entryruns.verify_recording\n"
        "def recording(entry, settings):\n"
        "    del seen[:]\n"
        "    out = original(entry, settings)\n"
        f"    ours = [f for f in seen if f.startswith({str(root)!r})]\n"
        f"    with open({str(record)!r}, 'a', encoding='utf-8') as f:\n"
        "        f.write(entry.id + ': ' + ' '.join(ours) + '\\n')\n"
        "    return out\n"
        "entryruns.verify_recording = recording\n"
    )
    out = verify_all_after(code, root)
    lines = sorted(record.read_text(encoding="utf-8").splitlines()) if record.exists() else []
    assert lines == ["sigmoid-derivative: ", "sigmoid-wrong: "], out.stdout + out.stderr


def test_the_code_compiled_once_is_the_code_of_those_bytes_only(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "derivations"
    root.mkdir()
    path = root / "one_cold67.py"
    path.write_text("VALUE = 1\n", encoding="utf-8")
    module, snapshot = loader.import_module_file(root, path)
    sys.modules.pop(snapshot.qualname, None)
    loader.compile_snapshots([snapshot])
    compiled: list[str] = []
    real = builtins.compile

    def spy(source: object, filename: object, *args: object, **kwargs: object) -> object:
        compiled.append(str(filename))
        return real(source, filename, *args, **kwargs)

    monkeypatch.setattr(builtins, "compile", spy)
    again, _ = loader.import_module_file(root, path, snapshot)
    sys.modules.pop(snapshot.qualname, None)
    assert again.VALUE == module.VALUE == 1
    assert compiled == []  # the recorded bytes: their code, compiled once
    path.write_text("VALUE = 2\n", encoding="utf-8")  # other bytes at that path are compiled as before
    changed, changed_snapshot = loader.import_module_file(root, path)
    sys.modules.pop(changed_snapshot.qualname, None)
    assert changed.VALUE == 2
    assert compiled == [str(path)]
