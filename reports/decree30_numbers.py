"""Numbers of Decree 30/2020/NĐ-CP that settings need without loading the layout engine
(reportlab): the margin ranges of Appendix I and the authority prefixes of a signature."""

from __future__ import annotations

# Authority prefixes of a signature block: thay mặt, ký thay, quyền, thừa lệnh, thừa ủy quyền.
AUTHORITY_PREFIXES = ("TM.", "KT.", "Q.", "TL.", "TUQ.")
# The decree's ranges, for settings screens that let an office change the margins.
MARGIN_RANGES_MM = {"top_mm": (20, 25), "bottom_mm": (20, 25), "left_mm": (30, 35),
                    "right_mm": (15, 20)}
