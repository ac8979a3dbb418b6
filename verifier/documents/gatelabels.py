r"""A subscript that names a gate is a label, not an index: ``w_f`` beside ``f_t = \sigma(a_t)``.

Recurrent-network notes name each gate's parameters after the gate: ``f_t = \sigma(w_f x_t + u_f
h_{t-1} + b_f)``, ``z_t = \sigma(W_z x_t + U_z h_{t-1})``, ``\tilde h_t = \tanh(W_h x_t + …)``. Parsed
as written, ``w_f`` is entry f of a vector w, with f an index — while f is also the notes' gate, a
family over time. Reading the gate's definition then needs the whole family f as w's index, whose
entries need w_f again (a cycle the resolver refuses, :mod:`verifier.documents.resolve`), and every
step through the gate was SKIPPED. A reader of the notes sees "the forget gate's weight".

This module owns that reading: a letter the notes define as a family over a time index (an equation
``f_t = …`` or ``f_{t} = …``, the index t) and never use as an index (no ``\sum_f``, no
``\delta_{f…}``, no ``f = 1``, no two-letter subscript ``_{fj}``) is, where it is the whole subscript
of a one-letter name (``w_f``, ``W_z``, ``b_o``, ``U_{r}``) whose other one-letter subscripts are gate
letters too (``W_f``, ``W_i``; not ``v_k`` beside ``v_i``, where v is a vector and i an index), a label:
the name is written ``w_{\text{flabel}}``, one name for the parser (as :mod:`verifier.documents.boldlabels`
writes bold labels). :func:`gate_note` is the reading reported with the step.
"""

from __future__ import annotations

import re

__all__ = ["as_gate_labels", "gate_letters", "gate_note"]

_FAMILY = re.compile(r"(?<![\\A-Za-z{])(?P<gate>[A-Za-z])_\s*(?:\{\s*t\s*\}|t(?![A-Za-z]))\s*(?::=|=)(?!=)")


def _host(gate: str) -> re.Pattern[str]:
    # w_f, W_{z}, \mathbf{W}_f: a one-letter name (plain or bold) whose whole subscript is the gate's letter
    return re.compile(r"(?P<host>(?<![\\A-Za-z])[A-Za-z]|\\(?:mathbf|bm|boldsymbol)\s*\{\s*[A-Za-z]\s*\})\s*_\s*"
                      r"(?:\{\s*" + gate + r"\s*\}|" + gate + r"(?![A-Za-z0-9{]))")


def gate_letters(text: str) -> frozenset[str]:
    """The letters ``text`` defines as a family over t and never uses as an index."""
    out = set()
    families = {m.group("gate") for m in _FAMILY.finditer(text)}
    for gate in families:
        g = re.escape(gate)
        index_use = (rf"\\sum\s*_\s*\{{?\s*{g}(?![A-Za-z])|\\delta_\s*\{{[^}}]*{g}|(?<![\\A-Za-z_]){g}\s*=\s*\d"
                     rf"|_\s*\{{\s*{g}\s*[,A-Za-z]|_\s*\{{\s*[A-Za-z]\s*,?\s*{g}\s*\}}")
        if re.search(index_use, text):
            continue
        hosts = {m.group("host") for m in _host(g).finditer(text)}
        # v_i beside v_k: v is a vector and i its index, whatever the notes call i_t (the input gate)
        if hosts and not any(_subscripts(host, text) - families for host in hosts):
            out.add(gate)
    return frozenset(out)


def _subscripts(host: str, text: str) -> set[str]:
    """The one-letter subscripts (``_k``, ``_{k}``, ``_{t-1}``: k, k, t) ``text`` writes on ``host``."""
    lead = r"(?<![\\A-Za-z])" if len(host) == 1 else ""
    pattern = lead + re.escape(host) + r"\s*_\s*\{?\s*([A-Za-z])(?![A-Za-z])"
    return set(re.findall(pattern, text))


def as_gate_labels(src: str, gates: frozenset[str]) -> str:
    r"""``src`` with every one-letter name whose whole subscript is a gate letter written with a text label
    (``w_f`` → ``w_{\text{flabel}}``)."""
    for gate in gates:
        if "_" in src:
            src = _host(re.escape(gate)).sub(lambda m, g=gate: f"{m.group('host')}_{{\\text{{{g}label}}}}", src)
    return src


def gate_note(src: str, gates: frozenset[str]) -> list[str]:
    """The reading, for a member whose text :func:`as_gate_labels` changes."""
    changed = sorted(g for g in gates if as_gate_labels(src, frozenset({g})) != src)
    if not changed:
        return []
    return [f"the subscript {', '.join(changed)} read as the label of the gate the notes define "
            f"({', '.join(g + '_t' for g in changed)}), not an index"]
