"""How long the things a command starts may live: no longer than the command.

- `die_with_parent`: a worker process ends as soon as the process that started it does, even when
  that one is killed with SIGKILL and has no chance to clean up (Linux: `PR_SET_PDEATHSIG`;
  elsewhere a thread that watches the parent's pid).
- `interruptible`: Ctrl-C stops a command within a moment even while Oxigraph works. Python runs
  signal handlers only between bytecodes of the main thread, so a long query in native code held
  off Ctrl-C until it was done; run there instead, in a helper thread, while the main thread waits
  in short, interruptible steps.
- `hold_interrupts`: Ctrl-C held back for the few steps between making a temporary file and arming
  the block that removes it, so that no interrupt can fall between the two and leave it behind.
- `cycle_collector_paused`: the objects of a bulk step live as long as the step.
"""
from __future__ import annotations

import ctypes
import gc
import os
import signal
import sys
import threading
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

T = TypeVar("T")


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


def hold_interrupts() -> Callable[[], None]:
    """Hold Ctrl-C (and SIGTERM) back until the returned function is called; one that came meanwhile
    is raised again then, and reaches the caller at its next step. The hold is Python's own (a handler
    that notes the signal): a signal mask would hold it back from this thread only, and any other thread
    of the process (Oxigraph's, a server's) would take it. Outside the main thread, where no handler
    runs, nothing is held."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    came: list[int] = []
    previous = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    previous = {number: handler for number, handler in previous.items() if handler is not None}
    for number in previous:
        signal.signal(number, lambda received, _frame: came.append(received))

    def release() -> None:
        for number, handler in previous.items():
            signal.signal(number, handler)
        for number in dict.fromkeys(came):
            signal.raise_signal(number)

    return release


def made_holding_interrupts(make: Callable[[], T]) -> tuple[T, Callable[[], None]]:
    """`make()` (a temporary file or folder) with Ctrl-C held back, and the release to call first
    thing inside the `try` that removes what was made: an interrupt can then fall only where it is
    cleaned up after. If `make` fails, nothing stays held."""
    release = hold_interrupts()
    try:
        return make(), release
    except BaseException:
        release()
        raise


def interruptible(function: Callable[..., T], *args, **kwargs) -> T:
    """`function(*args, **kwargs)`, run so that Ctrl-C (KeyboardInterrupt) reaches the caller at once.

    On Ctrl-C the call is abandoned in its daemon thread, which ends with the process; the caller's
    `finally` and `except BaseException` blocks run as usual (temporary files are removed, targets
    left as they were). Outside the main thread, where no signal arrives, it simply calls."""
    if threading.current_thread() is not threading.main_thread():
        return function(*args, **kwargs)
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["value"] = function(*args, **kwargs)
        except BaseException as error:  # handed to the caller as it is
            outcome["error"] = error

    worker = threading.Thread(target=run, name=f"interruptible {getattr(function, '__name__', '')}", daemon=True)
    worker.start()
    while worker.is_alive():
        worker.join(0.1)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector off for a bulk step (a block or, as a decorator, a function), back
    as it was after.

    The collector walks every live object each time enough new ones are made. Reading, reconciling
    and building the world graph make millions that live to the end of the step (rows, places,
    triples) and next to no cycles, so the walks found nothing and took nearly half of the build's
    CPU time (40 s against 22 s, measured); in worker processes they walked the parent's whole heap
    as well, copying its pages.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


__all__ = ["cycle_collector_paused", "die_with_parent", "interruptible"]
