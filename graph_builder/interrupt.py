"""Ctrl-C and SIGTERM for a command: the first one stops it, the rest cannot break its clean-up.

``install`` points both signals at one handler. The first signal raises KeyboardInterrupt, which the
command's clean-up turns into exit 130, is remembered, and makes the process ignore both signals from then
on: a second Ctrl-C can neither cut short the removal of what the command had begun to write nor kill the
process as it exits (Python puts its own handlers back to the default ones while it shuts down, so only an
ignored signal stays harmless until the end). Python swallows an exception raised inside a ``__del__``, so
the first KeyboardInterrupt may never reach the command: ``check`` raises it again wherever the work passes
a safe point (between documents, before outputs are moved into place).
"""

from __future__ import annotations

import signal
import threading

_requested = threading.Event()


def _stop(signum, frame) -> None:
    _requested.set()
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, signal.SIG_IGN)
    raise KeyboardInterrupt


def install() -> bool:
    """Handle SIGINT and SIGTERM as above, forgetting an earlier request; False (nothing done) outside the main
    thread, where Python allows no signal handler."""
    if threading.current_thread() is not threading.main_thread():
        return False
    _requested.clear()
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, _stop)
    return True


def requested() -> bool:
    """Whether a Ctrl-C or SIGTERM arrived since ``install``."""
    return _requested.is_set()


def check() -> None:
    """Raise KeyboardInterrupt if a stop was asked for (its first KeyboardInterrupt may have been swallowed)."""
    if _requested.is_set():
        raise KeyboardInterrupt
