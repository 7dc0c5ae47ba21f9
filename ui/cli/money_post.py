"""`post receipt|payment`: record a receipt or payment voucher in a club's fund.

The same service as the voucher dialog (models/funds/funds.post_entry): access, every rule
(amount, category, closed periods, a payment's cover on every later date) and the voucher
number are decided there, in one transaction with the audit row. Prints the voucher number;
a refusal is one Vietnamese line per problem on stderr, exit 1, and nothing is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re

from models.text.messages import label, tr
from ui.cli.common import EXIT_OK, command, fail
from ui.cli.money_print import _club, _fund, _no_club

# 1250000, 1.250.000 or "1 250 000": whole đồng, thousands grouped the Vietnamese way.
_GROUPED = re.compile(r"\d{1,3}(?:([. ])\d{3})?(?:\1\d{3})*")


def register(sub) -> None:
    p = command(sub, "post",
                tr("Ghi một phiếu thu hoặc phiếu chi vào quỹ của một CLB (cùng các kiểm tra "
                   "như khi nhập trong chương trình) và in số phiếu.", "Cli"), cmd_post)
    p.add_argument("kind", choices=["receipt", "payment"], metavar="receipt|payment",
                   help=tr("phiếu thu (receipt) hay phiếu chi (payment)", "Cli"))
    p.add_argument("--club", required=True, metavar="CODE", help=tr("mã CLB", "Cli"))
    p.add_argument("--fund", required=True, metavar="KIND",
                   help=tr("quỹ: income | activity | home_care | golden_heart | other", "Cli"))
    p.add_argument("--amount", required=True, metavar="N",
                   help=tr("số tiền, nguyên đồng (1250000 hoặc 1.250.000)", "Cli"))
    p.add_argument("--date", metavar="dd/mm/yyyy",
                   help=tr("ngày của phiếu (mặc định: hôm nay)", "Cli"))
    p.add_argument("--category", required=True, metavar="C",
                   help=tr("khoản mục: mã (member_fee, donation, activity_spending…) hoặc "
                           "tên như trên phiếu («Thành viên đóng góp»)", "Cli"))
    p.add_argument("--counterparty", required=True, metavar="TEXT",
                   help=tr("người nộp tiền (phiếu thu) hoặc người nhận tiền (phiếu chi)", "Cli"))
    p.add_argument("--description", default="", metavar="TEXT",
                   help=tr("lý do thu/chi", "Cli"))
    p.add_argument("--attachments", type=int, default=0, metavar="N",
                   help=tr("số chứng từ gốc kèm theo", "Cli"))


def _amount(text: str) -> object:
    """An int for whole đồng; anything else goes to the service as typed, which refuses it
    with its own reason (not a whole number, not positive…)."""
    text = text.strip()
    if _GROUPED.fullmatch(text) or text.isascii() and text.isdigit():
        return int(re.sub(r"[. ]", "", text))
    return text


def _category(kind: str, text: str) -> str | None:
    from models.funds.funds import CATEGORIES
    from models.text.labels import code_of

    code = code_of("ledger_category", text.strip())
    return code if code in CATEGORIES[kind] else None


def cmd_post(args: argparse.Namespace) -> int:
    from models.errors import ValidationError
    from models.funds.fund_papers import voucher_code
    from models.funds.funds import MANUAL_CATEGORIES, EntryInput, post_entry
    from models.text.vietnamese import format_number, parse_date

    club = _club(args.club)
    if club is None:
        return _no_club(args.club)
    fund, refused = _fund(args, club)
    if refused is not None:
        return refused
    category = _category(args.kind, args.category)
    if category is None:
        return fail([tr("Không có khoản mục «{value}» cho {kind}; chọn một trong: {codes}.",
                        "Cli").format(value=args.category,
                                      kind=label("entry_kind", args.kind).lower(),
                                      codes=", ".join(MANUAL_CATEGORIES[args.kind]))])
    on = dt.date.today()
    if args.date:
        try:
            on = parse_date(args.date, iso=False)
        except ValueError:
            raise ValidationError("date", "bad_date", {"value": args.date}) from None
    entry = post_entry(EntryInput(fund_id=fund.id, kind=args.kind, date=on,
                                  amount=_amount(args.amount), category=category,
                                  party=args.counterparty, description=args.description,
                                  attachments=args.attachments))
    print(tr("Đã ghi {kind} {number}: {amount} đồng, {fund} của CLB {code}.", "Cli").format(
        kind=label("entry_kind", entry.kind).lower(),
        number=voucher_code(entry.kind, entry.year, entry.number),
        amount=format_number(entry.amount), fund=fund.name, code=club.code))
    return EXIT_OK
