"""The sensitive right of an account is granted only by someone who holds it.

Clerks and approvers have the "sensitive" right (models/accounts/access.py); an administrator
does not, so an administrator must not obtain it through an account they create or whose
password they reset. The rule:

- When an administrator creates a clerk or approver, resets such an account's password, or
  gives an account such a role or moves it to another ward, the account's sensitive right is
  *pending*. The account signs in, reads and writes as its role allows, but sees masked
  values (as a supervisor does) and is refused what needs the right.
- A holder of the right in the same ward (an active clerk or approver whose own right is
  not pending; not the account itself) confirms it: `confirm_sensitive`, audited as
  "confirm_sensitive". Changing one's own password does not lift it.
- The first holder of a ward: when no active account of the ward holds the right, an
  administrator of the ward grants it (on creating the account, or by confirming it),
  audited as "grant_sensitive" with the reason "no_holder_in_ward". So a one-person office
  can work; in a ward with a holder the administrator's confirmation is refused.
- With no accounts yet (first set-up, scripts) nothing is pending: the first account of a
  one-person office, administrator and clerk at once, holds the right from the start.
- An account may hold several roles: it has the right when one of its roles has it. An
  administrator who also holds the right (administrator and clerk of the same ward, right
  confirmed) is a holder: the accounts they create or promote get the right at once
  ("grant_sensitive", reason "holder"). Only gaining a role with the right, or moving to
  another ward, makes the right pending; changing between such roles does not.

The pending state is a Setting row per account ("sensitive_pending:ID", JSON: since, by,
reason), so the schema does not change; access.require("sensitive") reads it on each check.
"""

from __future__ import annotations

import datetime as dt
import json

from models.accounts import access, audit
from models.accounts.session import current_actor, current_user
from models.errors import NotFound, ValidationError
from models.storage.db import database
from models.storage.schema import Setting, UserAccount
from models.text.vietnamese import nfc

SENSITIVE_ROLES = tuple(r for r in access.ROLES if "sensitive" in access.ROLE_ACTIONS[r])


def _key(account_id: int) -> str:
    return f"{access.PENDING_PREFIX}{int(account_id)}"


def is_pending(account_id: int) -> bool:
    """True while the account's sensitive right waits for a holder's confirmation."""
    return access.sensitive_pending(account_id)


def has_sensitive_role(role_text: str | None) -> bool:
    """True when one of the roles of a stored role set carries the sensitive right."""
    return "sensitive" in access.actions_of(role_text)


def holds_sensitive(account: UserAccount) -> bool:
    """An active account with a role that has the sensitive right, the right confirmed."""
    return (account.active and has_sensitive_role(account.role)
            and not access.sensitive_pending(account.id))


def holders_in_ward(ward_code: int | None, *, besides: int | None = None) -> int:
    """How many accounts of the ward hold the sensitive right (not counting `besides`)."""
    if ward_code is None:
        return 0
    # A ward has a handful of accounts: the role set is read in Python, not matched in SQL.
    query = UserAccount.select().where((UserAccount.ward == ward_code) & UserAccount.active)
    return sum(1 for a in query if a.id != besides and holds_sensitive(a))


def mark_pending(account: UserAccount, reason: str) -> bool:
    """Inside the caller's transaction: after an administrator created, reset, promoted or
    moved `account`, make its sensitive right pending, unless nobody needs to sign in yet or
    the ward has no holder (then it is granted, audited). Returns True when pending."""
    user = current_user()
    if not has_sensitive_role(account.role) or user is None:
        return False
    me = UserAccount.get_or_none(UserAccount.id == user.id)
    if (me is not None and me.id != account.id and me.ward_code is not None
            and me.ward_code == account.ward_code and holds_sensitive(me)):
        clear_pending(account)  # granted by a holder of the right, as the rule asks
        audit.record("user_account", account.id, "grant_sensitive", None,
                     {"reason": "holder", "after": reason})
        return False
    if holders_in_ward(account.ward_code, besides=account.id) == 0:
        clear_pending(account)
        audit.record("user_account", account.id, "grant_sensitive", None,
                     {"reason": "no_holder_in_ward", "after": reason})
        return False
    value = json.dumps({"since": dt.datetime.now().replace(microsecond=0).isoformat(),
                        "by": current_actor(), "reason": reason}, ensure_ascii=False)
    Setting.insert(key=_key(account.id), value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}).execute()
    audit.record("user_account", account.id, "sensitive_pending", None, {"reason": reason})
    return True


def clear_pending(account: UserAccount) -> None:
    Setting.delete().where(Setting.key == _key(account.id)).execute()


def confirm_sensitive(username: str) -> UserAccount:
    """Confirm the pending sensitive right of an account of one's ward: by a holder of the
    right in that ward; by an administrator of the ward only while the ward has no holder.
    Refused with AccessDenied("confirm_sensitive") otherwise; an account outside the user's
    unit is NotFound, as a missing one."""
    user = current_user()
    if user is None:
        raise access.AccessDenied("login_required")
    name = nfc(username or "").strip().lower()  # as users.normalize_username
    account = UserAccount.get_or_none(UserAccount.username == name)
    if account is None or account.ward_code is None or not access.in_unit(account.ward_code):
        raise NotFound("user_account", username)
    if not has_sensitive_role(account.role) or not is_pending(account.id):
        raise ValidationError("username", "nothing_pending", {"value": account.username})
    if user.id == account.id:
        raise access.AccessDenied("confirm_sensitive")
    me = UserAccount.get_or_none(UserAccount.id == user.id)
    if me is not None and me.ward_code == account.ward_code and holds_sensitive(me):
        reason = "holder"
    elif (access.can("admin", account.ward_code)
          and holders_in_ward(account.ward_code, besides=account.id) == 0):
        reason = "no_holder_in_ward"
    else:
        raise access.AccessDenied("confirm_sensitive")
    with database.atomic():
        clear_pending(account)
        audit.record("user_account", account.id,
                     "confirm_sensitive" if reason == "holder" else "grant_sensitive",
                     None, {"reason": reason})
    return account


def pending_in_unit() -> list[str]:
    """Usernames of the accounts of the user's unit whose sensitive right is pending."""
    condition = access.ward_scope(UserAccount.ward)
    query = UserAccount.select()
    if condition is not None:
        query = query.where(condition)
    return [a.username for a in query.order_by(UserAccount.username)
            if has_sensitive_role(a.role) and is_pending(a.id)]
