"""Widgets shared by pages and dialogs (the toolkit layer: imports no dialog and no page).

The light pieces are here; the heavier ones are modules of their own, imported by path:
`ui.widgets.money` (amounts in đồng), `ui.widgets.search` (accent-insensitive search),
`ui.widgets.pdf_preview`, `ui.widgets.board_editor`, `ui.widgets.member_widgets`,
`ui.widgets.loan_fields`.
"""

from ui.widgets.dates import DateEdit, parse_typed_date
from ui.widgets.fields import (
    ErrorLabel,
    field_row,
    page_layout,
    save_cancel,
    show_error,
    show_field_problems,
    tr,
    with_error,
)

__all__ = ["DateEdit", "ErrorLabel", "field_row", "page_layout", "parse_typed_date", "save_cancel",
           "show_error", "show_field_problems", "tr", "with_error"]
