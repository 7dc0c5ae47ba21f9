"""One way for a window to call a service.

    done = service.call(self, lambda: funds.open_fund(...), context=self.context,
                        changes=Change.FUND, problems=self.show_problems,
                        general=self.general_error)
    if done:
        self.fund = done.value

`call` runs the service on the GUI thread (quick writes); `call_slow` runs it on the thread
pool (ui.tasks.run_task) and hands the result to `on_done`. Either way a refusal is said in
one place, here:

- `ValidationError`: its problems go to `problems` (the dialog's marks next to each field)
  when given; otherwise, or also with `box=True`, a message box lists them.
- `AccessDenied`: one sentence naming the role, right or unit, to the `say` callback or in
  the `general` label when given, otherwise in a message box. A refusal never opens the crash dialog.

After a success the `changes` are announced through the AppContext, so the pages that show
those records refresh. Any other exception is a bug: it goes on to the error dialog.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from models.accounts.access import AccessDenied
from models.errors import Problem, ValidationError
from ui import widgets
from ui.context import AppContext, Change
from ui.messages import access_text, error_lines
from ui.tasks import Task, run_task

__all__ = ["AppContext", "Change", "Outcome", "call", "call_slow", "install_refusal_hook",
           "refusal_text", "refuse", "show_refusal"]


@dataclass
class Outcome:
    """What a service call gave: true when it succeeded, with the service's return value."""

    ok: bool
    value: Any = None
    error: Exception | None = None

    def __bool__(self) -> bool:
        return self.ok


def refusal_title() -> str:
    return QCoreApplication.translate("LoginDialog", "Không có quyền")


def show_refusal(parent: QWidget | None, error: AccessDenied,
                 general: QLabel | None = None, title: str | None = None,
                 say: Callable[[str], Any] | None = None) -> None:
    """An access refusal as one sentence: to `say` or in `general` when given, else in a
    message box."""
    text = access_text(error)
    if say is not None:
        say(text)
        return
    if general is not None:
        general.setText(text)
        general.show()
        return
    QMessageBox.warning(parent, title or refusal_title(), text)


def refusal_text(error: Exception, sep: str = "\n") -> str | None:
    """A service's refusal as the clerk reads it (each problem with its field, or the
    access rule); None when `error` is not a refusal. For status lines of reads and
    exports that have no field to mark."""
    if isinstance(error, ValidationError):
        return sep.join(error_lines(error))
    if isinstance(error, AccessDenied):
        return access_text(error)
    return None


def refuse(parent: QWidget | None, error: Exception, *,
           problems: Callable[[list[Problem]], Any] | None = None,
           general: QLabel | None = None, box: bool = False,
           title: str | None = None, say: Callable[[str], Any] | None = None) -> bool:
    """Show a service's refusal where the window shows problems. False when `error` is not
    a refusal (the caller re-raises it)."""
    if isinstance(error, ValidationError):
        if problems is not None:
            problems(error.problems)
        if problems is None or box:
            widgets.show_error(parent, error, title)
        return True
    if isinstance(error, AccessDenied):
        if problems is not None:
            problems([])  # marks about earlier input would mislead
        show_refusal(parent, error, general, title, say)
        return True
    return False


def _changes(changes: Change | Iterable[Change]) -> tuple[Change, ...]:
    return (changes,) if isinstance(changes, Change) else tuple(changes)


def call(parent: QWidget | None, action: Callable[[], Any], *,
         context: AppContext | None = None, changes: Change | Iterable[Change] = (),
         problems: Callable[[list[Problem]], Any] | None = None,
         general: QLabel | None = None, box: bool = False,
         title: str | None = None, say: Callable[[str], Any] | None = None) -> Outcome:
    """Run `action()` (a service call) now; show a refusal; announce `changes` on success."""
    try:
        value = action()
    except (ValidationError, AccessDenied) as exc:
        refuse(parent, exc, problems=problems, general=general, box=box, title=title, say=say)
        return Outcome(False, error=exc)
    if context is not None:
        context.announce(*_changes(changes))
    return Outcome(True, value)


def call_slow(parent: QWidget | None, action: Callable[..., Any], *args: Any,
              on_done: Callable[[Any], None] | None = None,
              on_failed: Callable[[Exception], None] | None = None,
              on_progress: Callable[[int, int], None] | None = None,
              context: AppContext | None = None, changes: Change | Iterable[Change] = (),
              problems: Callable[[list[Problem]], Any] | None = None,
              general: QLabel | None = None, box: bool = False, title: str | None = None,
              say: Callable[[str], Any] | None = None, **kwargs: Any) -> Task:
    """Run `action(*args, **kwargs)` on the thread pool (it may take `progress` and
    `cancelled` like any task). On success the changes are announced, then `on_done(value)`;
    a refusal is shown as `call` shows it, then `on_failed(error)`; anything else goes on to
    the error dialog after `on_failed`."""

    def done(value: Any) -> None:
        if context is not None:
            context.announce(*_changes(changes))
        if on_done is not None:
            on_done(value)

    def failed(exc: Exception, _trace: str) -> None:
        shown = refuse(parent, exc, problems=problems, general=general, box=box, title=title,
                       say=say)
        if on_failed is not None:
            on_failed(exc)
        if not shown:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    return run_task(action, *args, on_done=done, on_error=failed, on_progress=on_progress,
                    parent=parent, **kwargs)


_hook_installed = False


def install_refusal_hook() -> None:
    """A refusal that reaches the event loop from outside `call` (a page's own action) is
    still said in one message, not shown as a crash."""
    global _hook_installed
    if _hook_installed:
        return
    previous = sys.excepthook

    def hook(exc_type, exc, tb) -> None:
        if isinstance(exc, AccessDenied):
            show_refusal(QApplication.activeWindow(), exc)
            return
        previous(exc_type, exc, tb)

    sys.excepthook = hook
    _hook_installed = True
