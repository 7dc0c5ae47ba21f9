"""People and memberships: the member register, bulk writers and the Excel import/export."""
