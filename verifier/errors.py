"""The one error hierarchy of the command line, and how the entry point turns errors into exit codes.

Every error a user can cause (a bad option, a malformed ``[tool.verify]`` value, an id that
matches nothing, a missing directory) is a :class:`UsageError` and exits 2 with a one-line
message; anything else that escapes a command is a bug in the verifier and exits 3, with the
traceback only under ``--debug``. CI can then tell "the maths is wrong" (1) from "the setup is
wrong" (2) from "the tool is broken" (3). Messages are printed as plain text, never as Rich
markup, so ``[tool.verify]`` in a message is shown as written.
"""

from __future__ import annotations

import traceback
from typing import TYPE_CHECKING

from verifier.exitcodes import ExitCode
from verifier.logsafe import printable

if TYPE_CHECKING:  # Rich is imported where an error is printed: not on every run's start
    from rich.console import Console


class VerifyError(Exception):
    """Base of the errors the entry point reports without a traceback."""

    exit_code: ExitCode = ExitCode.INTERNAL_ERROR
    label = "error"


class UsageError(VerifyError):
    """Bad arguments or input: exit status 2."""

    exit_code = ExitCode.USAGE_ERROR


class ConfigError(UsageError):
    """The ``[tool.verify]`` table (or the pyproject.toml holding it) is malformed: exit status 2."""

    label = "configuration error"


def print_error(console: Console, prog: str, label: str, message: str) -> None:
    """``prog: label: message`` in red/plain; the message is never read as markup."""
    from rich.text import Text

    line = Text(f"{prog}: {label}: ", style="red")
    line.append(printable(message))  # user text (paths, ids, values): no markup, no workflow commands
    console.print(line, highlight=False, soft_wrap=True)


def report(console: Console, exc: BaseException, prog: str = "verify", debug: bool = False) -> ExitCode:
    """Print ``exc`` as the entry point does and return the exit status it maps to."""
    if isinstance(exc, VerifyError):
        print_error(console, prog, exc.label, str(exc))
        return exc.exit_code
    if debug:
        from rich.text import Text

        console.print(Text("".join(traceback.format_exception(exc))), highlight=False, soft_wrap=True)
    detail = f"{type(exc).__name__}: {exc}".splitlines()[0] if str(exc) else type(exc).__name__
    hint = "" if debug else " (run with --debug for the traceback)"
    print_error(console, prog, "internal error", f"{detail}{hint}")
    return ExitCode.INTERNAL_ERROR
