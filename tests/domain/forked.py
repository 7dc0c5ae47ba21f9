"""Writer processes forked from the test process, for the concurrency and SIGKILL tests.

A forked child starts in milliseconds with every module already imported (a new interpreter
takes seconds on a loaded machine), so a hundred kills fit in a bounded time. The child is a
real process with its own SQLite connection and locks: the parent closes its connection
before forking, the child binds a new one. The child reports through a pipe, one line per
event, written only after the event is durable ("OK …" after the commit returned).
"""

from __future__ import annotations

import os
import select
import signal
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Child:
    pid: int
    fd: int
    buffer: bytes = b""
    status: int | None = None
    lines: list[str] = field(default_factory=list)

    def _read(self, timeout: float) -> bool:
        """Read what is there (waiting up to `timeout`); False at end of file."""
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return True
        chunk = os.read(self.fd, 65536)
        if not chunk:
            return False
        self.buffer += chunk
        *done, self.buffer = self.buffer.split(b"\n")
        self.lines += [d.decode() for d in done]
        return True

    def wait_line(self, text: str, timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while text not in self.lines:
            if time.monotonic() > end or not self._read(0.5):
                raise AssertionError(f"child never said {text!r}: {self.lines[-5:]}")

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)

    def finish(self, timeout: float = 300) -> list[str]:
        """Read to the end and reap the child; returns its lines."""
        end = time.monotonic() + timeout
        while self._read(1):
            if time.monotonic() > end:
                self.kill()
        os.close(self.fd)
        _, self.status = os.waitpid(self.pid, 0)
        return self.lines

    @property
    def killed(self) -> bool:
        return os.WIFSIGNALED(self.status) and os.WTERMSIG(self.status) == signal.SIGKILL

    @property
    def exit_code(self) -> int | None:
        return os.WEXITSTATUS(self.status) if os.WIFEXITED(self.status) else None

    def acked(self, word: str = "OK") -> list[list[str]]:
        return [ln.split()[1:] for ln in self.lines if ln.split()[:1] == [word]]


def fork(work: Callable[[Callable[[str], None]], None]) -> Child:
    """Run `work(say)` in a forked child; `say(line)` reaches the parent at once.

    A child that raises writes "ERROR <traceback>" lines and exits 1. No database connection
    may be open in the parent at this moment (SQLite's locks belong to the process)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        os.close(r)
        code = 0

        def say(line: str) -> None:
            os.write(w, (line + "\n").encode())

        try:
            work(say)
        except BaseException:  # noqa: BLE001 - reported to the parent, then exit 1
            for line in traceback.format_exc().splitlines():
                say("ERROR " + line)
            code = 1
        finally:
            os._exit(code)
    os.close(w)
    return Child(pid, r)
