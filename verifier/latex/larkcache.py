"""The formula grammar's LALR tables kept between processes (lark's analysis, 0.6 s of CPU each time).

Every fresh process that parses LaTeX built the parser again: each ``verify doc`` or ``verify
check``, each xdist worker, a course's pytest run with notes. Lark can save a built parser and
load it back (a pickle) in a few hundredths of a second. The file lives beside the incremental
cache's key, in ``$XDG_CACHE_HOME/derivation-verifier`` (else ``~/.cache/derivation-verifier``),
named by a digest of the grammar, of the code that builds the parser (its options: redteam24, a
parser built with other options loaded the old file's tables), lark's and Python's versions, so a
change of any of them is another file. Since loading a pickle runs code, the file is believed only with a valid
HMAC-SHA256 made with the incremental cache's per-user secret (:mod:`verifier.cache`): a file
written by anyone without that key, copied from elsewhere or restored by CI is ignored and the
parser is built as before. The file is written to a temporary name and renamed, so a parallel
process never reads half of it; a read-only or missing directory only means no cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import inspect
import io
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import lark
from lark import Lark
from lark.exceptions import LarkError

MAX_BYTES = 8 * 1024 * 1024  # a saved parser is ~0.2 MB; anything much larger is not ours
_MAC_LEN = 64  # hex digits of an HMAC-SHA256


def _builder_text(build: Callable[[], Lark]) -> str:
    """How ``build`` makes the parser: its source, else its code's names and constants."""
    try:
        return inspect.getsource(build)
    except (OSError, TypeError):
        code = getattr(build, "__code__", None)
        return repr((getattr(build, "__qualname__", build), code and (code.co_code, code.co_consts, code.co_names)))


def _path(grammar: str, build: Callable[[], Lark]) -> Path:
    from verifier.cache import key_dir

    tag = f"{grammar}\0{_builder_text(build)}\0lark {lark.__version__}\0python {sys.version_info[:2]}".encode()
    return key_dir() / f"lark-{hashlib.sha256(tag).hexdigest()[:32]}.pickle"


def _mac(secret: bytes, payload: bytes) -> bytes:
    return hmac.new(secret, payload, hashlib.sha256).hexdigest().encode()


def cached_lark(grammar: str, build: Callable[[], Lark], load_options: dict[str, object]) -> Lark:
    """The parser ``build()`` makes for ``grammar``, loaded from the cache when a trusted copy is there.

    ``load_options``: what a loaded parser needs again that is not saved (the transformer)."""
    from verifier.cache import cache_secret, read_regular

    try:
        path, secret = _path(grammar, build), cache_secret()
    except OSError:
        return build()
    if secret is None:
        return build()
    data = read_regular(path, MAX_BYTES)
    if data is not None and len(data) > _MAC_LEN and data[_MAC_LEN : _MAC_LEN + 1] == b"\n":
        mac, payload = data[:_MAC_LEN], data[_MAC_LEN + 1 :]
        if hmac.compare_digest(mac, _mac(secret, payload)):
            loaded = _load(payload, load_options)
            if loaded is not None:
                return loaded
    parser = build()
    _store(path, secret, parser)
    return parser


#: what loading or saving a parser lark did not write (or cannot pickle) raises
_UNUSABLE = (
    pickle.PickleError,
    EOFError,
    AttributeError,
    KeyError,
    IndexError,
    TypeError,
    ValueError,
    ImportError,
    LarkError,
)


def _load(payload: bytes, options: dict[str, object]) -> Lark | None:
    """The saved parser, or None when lark cannot load it (a layout of another version): built anew."""
    try:
        return Lark.__new__(Lark)._load(io.BytesIO(payload), **options)
    except _UNUSABLE:
        return None


def _store(path: Path, secret: bytes, parser: Lark) -> None:
    """Save ``parser`` under ``path`` (atomically); storing never fails the caller."""
    buffer = io.BytesIO()
    try:
        parser.save(buffer)
    except _UNUSABLE:  # a parser lark cannot save: no cache, nothing else changes
        return
    payload = buffer.getvalue()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".lark-")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(_mac(secret, payload) + b"\n" + payload)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
