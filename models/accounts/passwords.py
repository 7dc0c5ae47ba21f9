"""Password hashes: argon2id with the library's current recommended cost. The hasher loads on
first use, so a command that checks no password does not pay for it."""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    """An argon2id hash ("$argon2id$…") of a password."""
    return _hasher().hash(password)


def verify_password(stored: str, password: str) -> bool:
    """Whether `password` matches an argon2 hash (e.g. one stored in a backup file)."""
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return _hasher().verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """Whether a hash was made with weaker parameters than today's (rehash at sign-in)."""
    return _hasher().check_needs_rehash(stored)
