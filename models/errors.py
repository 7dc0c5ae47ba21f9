"""Typed domain errors. They carry codes and parameters, never user-facing text."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: which field, a code, and values for the message.

    `row` is set for file input (1-based spreadsheet row), `column` for its header.
    """

    field: str
    code: str
    params: dict = field(default_factory=dict)
    row: int | None = None
    column: str | None = None


class DomainError(Exception):
    """Base of every error the services raise on purpose."""


class ValidationError(DomainError):
    """Input refused; nothing was written. Holds one or more problems."""

    def __init__(
        self,
        field: str | None = None,
        code: str | None = None,
        params: dict | None = None,
        *,
        problems: list[Problem] | None = None,
    ) -> None:
        self.problems: list[Problem] = list(problems or [])
        if field is not None and code is not None:
            self.problems.insert(0, Problem(field, code, dict(params or {})))
        super().__init__("; ".join(f"{p.field}:{p.code}" for p in self.problems))

    @property
    def field(self) -> str | None:
        return self.problems[0].field if self.problems else None

    @property
    def code(self) -> str | None:
        return self.problems[0].code if self.problems else None

    @property
    def params(self) -> dict:
        return self.problems[0].params if self.problems else {}


class NotFound(DomainError):
    """A record named by code or id does not exist."""

    def __init__(self, entity: str, key: object) -> None:
        self.entity = entity
        self.key = key
        super().__init__(f"{entity} {key!r} not found")


class Collector:
    """Gathers problems so a form or file shows all of them at once, then raises."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, field: str, code: str, /, **params: object) -> None:
        # positional-only, so a parameter may itself be called 'code' or 'field'
        self.problems.append(Problem(field, code, dict(params)))

    def __bool__(self) -> bool:
        return bool(self.problems)

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(problems=self.problems)
