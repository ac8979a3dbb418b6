"""An entry's worker imports no verifier module the parent could have imported once (cold67).

The check of a PASSED step asks ``engine._beyond_samples`` whether a floor or a ceiling steps beyond the samples,
which imported ``verifier.roundingsteps`` lazily: in 22 of the catalog's 33 workers at stop 67, each import
~1.4 ms of CPU and its page faults. ``runner.preload_engine`` imports it in the parent with the rest of the
engine, so every worker finds it loaded (cold46 did the same for ``verifier.reads``).
"""

from __future__ import annotations

from pathlib import Path

from support import verify_all_after

VECTOR_ENTRY = """
from verifier.catalog import D, identity
from verifier.domains import Positive, Real
from verifier.ml import build, cross_entropy

@identity("ce-gradient", title="CE gradient", statement="", source="test", sizes={"K": [2, 3]})
def _(b):
    K = b.size("K")
    z = b.vector("z", K, Positive(), row=True)
    t = b.vector("t", K, Real(0, 1), row=True)
    return b.claim(D(cross_entropy(t, z), z), build(1, K, lambda _, i: -t[i] / z[i]))
"""


def test_an_entrys_worker_imports_no_verifier_module_the_parent_had_not(make_catalog, tmp_path: Path) -> None:
    root = make_catalog(vectors=VECTOR_ENTRY)
    record = tmp_path / "imported.txt"
    code = (
        "import sys\n"
        "from verifier import entryruns\n"
        "original = entryruns.verify_recording\n"
        "def spy(entry, settings):\n"
        "    before = {m for m in sys.modules if m.startswith('verifier.')}\n"
        "    out = original(entry, settings)\n"
        "    new = sorted(m for m in sys.modules if m.startswith('verifier.') and m not in before)\n"
        f"    with open({str(record)!r}, 'a', encoding='utf-8') as f:\n"
        "        f.write(entry.id + ' ' + str(out.result.verdict.value) + ': ' + ' '.join(new) + '\\n')\n"
        "    return out\n"
        "entryruns.verify_recording = spy\n"
    )
    out = verify_all_after(code, root)
    lines = record.read_text(encoding="utf-8").splitlines() if record.exists() else []
    assert lines == ["ce-gradient PROVED: "], out.stdout + out.stderr
