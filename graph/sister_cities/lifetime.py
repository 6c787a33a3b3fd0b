"""How long the things a command starts may live: no longer than the command.

- `die_with_parent`: a worker process ends as soon as the process that started it does, even when
  that one is killed with SIGKILL and has no chance to clean up (Linux: `PR_SET_PDEATHSIG`;
  elsewhere a thread that watches the parent's pid).
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading


def die_with_parent(parent: int) -> None:
    """Make this (child) process end when `parent` ends. Call it first thing in the child, e.g. as a
    `ProcessPoolExecutor` initializer with `initargs=(os.getpid(),)` from the parent."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            if libc.prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0) == 0:
                if os.getppid() != parent:  # the parent died before the request took effect
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    _watch_parent(parent)


def _watch_parent(parent: int, interval: float = 0.5) -> None:
    def watch() -> None:
        while os.getppid() == parent:
            threading.Event().wait(interval)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


__all__ = ["die_with_parent"]
