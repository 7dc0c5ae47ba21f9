"""Who may read and write a plan.

A plan belongs to a ward ("W<code>") or a province ("P<code>"), keyed like supervision records
(models/supervision/scope.py). Writing one is the work of the level that sets the targets: an
account with the "admin" or the "supervise" right whose unit holds the plan's area (a ward's
administrator for the ward's plan; a province's administrators and supervisors for the
province's plan and its wards'). Clerks and approvers read: the plan of their ward and the
plan of their province (the targets they work under).
"""

from __future__ import annotations

from models.accounts import access
from models.accounts.session import current_user
from models.supervision import scope


def require_write(area: str) -> None:
    """Raise AccessDenied unless the signed-in user may write plans of `area`."""
    access.require("read")  # login_required once accounts exist
    user = current_user()
    if user is None:
        return
    if not (access.can("admin") or access.can("supervise")):
        raise access.AccessDenied("role", role=user.role, action="admin")
    province, ward = scope.parse(area)
    if ward is not None:
        if access.in_unit(ward):
            return
    elif user.province_code is not None and user.province_code == province:
        return
    raise access.AccessDenied("unit", ward_code=ward, province_code=province)


def can_write(area: str) -> bool:
    """The same rule as require_write, for windows deciding what to offer."""
    try:
        require_write(area)
    except access.AccessDenied:
        return False
    return True


def readable(area: str) -> bool:
    """True when the signed-in user may read the plans of `area`."""
    return scope.readable(area)
