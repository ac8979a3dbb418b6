"""The cache key names SymEngine's version without importing SymEngine (cold46).

A run served from the cache verifies nothing, so it never needs SymEngine; but the cache key (the verifier's
fingerprint) took ``symengine.__version__``, which imported the library (~12 ms of CPU, 2 % of a warm
``verify all``). The version is read from the installed distribution's metadata folder beside the package
(``symengine-X.Y.Z.dist-info``), the same string, so the keys, and every stored verdict, stay as they were;
where that folder is not found, or is not one, the library is imported as before.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from verifier import cache

ROOT = Path(__file__).resolve().parent.parent


def test_the_fingerprint_does_not_import_symengine_and_names_its_version() -> None:
    code = (
        "import sys\n"
        "from verifier import cache\n"
        "cache._verifier_fingerprint()\n"
        "imported = 'symengine' in sys.modules\n"
        "import symengine\n"
        "print('\\nIMPORTED', imported, cache._package_version('symengine') == symengine.__version__)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert "IMPORTED False True" in out.stdout, out.stdout + out.stderr


def _site(tmp_path: Path, *metadata: str) -> Path:
    (tmp_path / "fakepkg").mkdir()
    (tmp_path / "fakepkg" / "__init__.py").write_text("__version__ = '9.9'\n")
    for name in metadata:
        (tmp_path / name).mkdir()
    return tmp_path


@pytest.mark.parametrize(
    ("metadata", "expected"),
    [
        (["fakepkg-1.2.3.dist-info"], "1.2.3"),
        (["fakepkg-1.2.3.dist-info", "fakepkg-1.2.4.dist-info"], "9.9"),  # two: which one is installed? import it
        ([], "9.9"),  # none beside it (an editable or vendored copy): import it
        (["fakepkgextra-1.0.dist-info"], "9.9"),  # another distribution's
    ],
)
def test_the_version_comes_from_one_metadata_folder_beside_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, metadata: list[str], expected: str
) -> None:
    monkeypatch.syspath_prepend(str(_site(tmp_path, *metadata)))
    monkeypatch.delitem(sys.modules, "fakepkg", raising=False)
    assert cache._package_version("fakepkg") == expected
