"""Make user-derived text safe to print to a terminal or a CI log (issue 9 §6).

Every report format and every CLI message passes user text (ids, titles, messages, members,
file names) through :func:`printable`: terminal escapes and bidirectional controls are removed,
other control characters are made visible, and GitHub Actions workflow commands are broken so
that no log line built from user text is a command to the runner. It has no dependencies, so
the entry point's error printer and every reporter can share it.
"""

from __future__ import annotations

import re

__all__ = ["BIDI", "COMMAND_BREAK", "neutralise_commands", "printable", "sanitize"]

# Terminal escape sequences (CSI such as colours and cursor moves, OSC such as titles and
# hyperlinks, and the two-character ones): removed whole, so no report can restyle a terminal.
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]")
# Bidirectional controls reorder what a reader sees (the "Trojan Source" trick): removed.
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = re.compile(f"[{BIDI}]")
# C0 controls except tab/newline, DEL and C1 controls: they would move a terminal's cursor,
# hide text or make XML ill-formed, so they are shown as visible escapes instead.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Lone surrogates and the non-characters U+FFFE/U+FFFF cannot be encoded or are not XML.
_UNENCODABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")
#: Inserted inside ``::`` and ``##[``: invisible, not whitespace to the Actions runner, so no
#: workflow command can start there (the runner reads ``::cmd::`` at the start of a line, after
#: spaces, and the legacy ``##[cmd]`` anywhere in a line). The same break goes between the ``##``
#: and the name of a ``##vso[…]`` (the Azure Pipelines agent reads it anywhere in a line, in any
#: case) and a ``##teamcity[…]`` service message (redteam25).
COMMAND_BREAK = "\u200b"
_COMMAND_START = re.compile(r"(?<=:)(?=:)|(?<=#)(?=#\[)|(?<=#)(?=#(?:vso|teamcity)\[)", re.IGNORECASE)


def neutralise_commands(text: str) -> str:
    """``text`` with every ``::``, ``##[``, ``##vso[``, ``##teamcity[`` broken: no log line from it is a command.

    Broken everywhere, not only at a line start, because a fragment can end up at the start of
    a line (an indented continuation, a wrapped cell) wherever it is placed.
    """
    return _COMMAND_START.sub(COMMAND_BREAK, text)


def printable(text: object) -> str:
    """The one sanitiser for user-derived text in every report (ids, titles, messages, members, paths).

    Terminal escape sequences and bidirectional controls are removed, other control characters
    are made visible (``\\x07``), unencodable ones are dropped, and GitHub Actions workflow
    commands (``::set-output::``, ``##[group]``) are neutralised. Every format calls it on
    everything that did not come from the verifier itself.
    """
    s = _ANSI.sub("", str(text))
    s = _BIDI.sub("", s)
    s = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", s)
    return neutralise_commands(_UNENCODABLE.sub("", s))


#: The same function under the name the issue tracker uses for it.
sanitize = printable
