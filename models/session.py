"""Who is acting. The CLI and the window set it once; services read it for audit rows."""

from __future__ import annotations

import getpass

_actor: str | None = None


def set_actor(name: str) -> None:
    global _actor
    _actor = name


def current_actor() -> str:
    """The name written into audit rows: the signed-in user, else the OS account."""
    if _actor:
        return _actor
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service contexts
        return "system"
