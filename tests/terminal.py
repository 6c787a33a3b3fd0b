"""Running a command with stderr on a terminal (a pseudo-terminal 80 columns wide), for the tests of
progress lines, which show only there."""
from __future__ import annotations

import fcntl
import os
import struct
import subprocess
import termios


def run_on_terminal(command: list[str]) -> tuple[subprocess.CompletedProcess, bytes]:
    """The finished command (stdout captured as text) and what it wrote to the terminal."""
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))  # a new terminal is 0 wide
    try:
        finished = subprocess.run(command, stdout=subprocess.PIPE, stderr=follower, text=True)
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal is closed once everything is read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    return finished, shown
