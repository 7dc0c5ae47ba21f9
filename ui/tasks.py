"""Background work: run a function on the thread pool, results back on the GUI thread.

    task = run_task(fn, args..., on_done=..., on_error=..., parent=widget)

`fn` may take a `progress` keyword (a callable(done, total)) and a `cancelled` keyword
(a callable() -> bool) to report progress and stop early. Tests can make every task run
synchronously with `set_synchronous(True)`.
"""

from __future__ import annotations

import inspect
import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
_synchronous = False


def set_synchronous(value: bool) -> None:
    global _synchronous
    _synchronous = value


class Task(QObject):
    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback

    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._cancelled = False
        params = inspect.signature(fn).parameters
        if "progress" in params:
            self._kwargs["progress"] = self.progressed.emit
        if "cancelled" in params:
            self._kwargs["cancelled"] = lambda: self._cancelled

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def is_cancelled(self) -> bool:
        return self._cancelled

    def execute(self) -> None:
        from models.storage.db import close_thread_connection

        try:
            try:
                result = self._fn(*self._args, **self._kwargs)
            except Exception as exc:  # reported to the GUI thread, never swallowed
                log.exception("background task failed")
                self.failed.emit(exc, traceback.format_exc())
            else:
                self.done.emit(result)
        except RuntimeError:
            # The widget that asked has been closed meanwhile: nobody is waiting for the result.
            log.info("background task finished after its owner was closed")
        finally:
            # peewee keeps one SQLite connection per thread: give the pool thread's back.
            if not _synchronous:
                close_thread_connection()


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.execute()


_running: set[Task] = set()


def run_task(fn: Callable[..., Any], *args: Any,
             on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[Exception, str], None] | None = None,
             on_progress: Callable[[int, int], None] | None = None,
             parent: QObject | None = None, **kwargs: Any) -> Task:
    """Start fn(*args, **kwargs) off the GUI thread and wire its signals."""
    task = Task(fn, args, kwargs, parent)
    if on_done:
        task.done.connect(on_done)
    if on_error:
        task.failed.connect(on_error)
    if on_progress:
        task.progressed.connect(on_progress)
    _running.add(task)
    task.done.connect(lambda _r: _running.discard(task))
    task.failed.connect(lambda *_a: _running.discard(task))
    if _synchronous:
        task.execute()
    else:
        QThreadPool.globalInstance().start(_Runner(task))
    return task


def wait_all(msecs: int = 30000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)
