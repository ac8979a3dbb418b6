"""Exit statuses CI can tell apart (compare pytest's ``ExitCode``)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # every identity (and document step) checked and PROVED or PASSED, or failing as expected
    REFUTED = 1  # at least one FAILED, ERROR or TIMEOUT verdict, a SKIPPED document step, or an XPASS
    USAGE_ERROR = 2  # bad arguments or [tool.verify], an id that matches nothing, a catalog that cannot be loaded
    INTERNAL_ERROR = 3  # a bug in the verifier itself (one line; the traceback with --debug)
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it)
