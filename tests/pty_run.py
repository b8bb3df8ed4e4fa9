"""Run the reader on a pseudo-terminal and keep every byte it writes."""

from __future__ import annotations

import os
import pty
import select
import sys
import time


def run_on_pty(args: list[str], ready: bytes, env: dict[str, str] | None = None,
               timeout: float = 20, keys: bytes = b"q",
               signal: int | None = None) -> tuple[bytes, int]:
    """Start `python -m reader ARGS`, type `keys` once `ready` is painted (then
    send `signal`, if given); return the output and the exit status."""
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update({"TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30",
                           **(env or {})})
        os.execv(sys.executable, [sys.executable, "-m", "reader", *args])
    output, quit_sent = b"", False
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready_fds, _, _ = select.select([fd], [], [], 0.2)
        if ready_fds:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
        if not quit_sent and ready in output:
            time.sleep(0.5)
            for key in keys:
                os.write(fd, bytes([key]))
                time.sleep(0.05)
            if signal is not None:
                time.sleep(0.5)
                os.kill(pid, signal)
            quit_sent = True
    _, status = os.waitpid(pid, 0)
    assert quit_sent, output[-500:]
    return output, os.waitstatus_to_exitcode(status)
