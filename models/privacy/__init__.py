"""Personal data: consent, masking, a member's own record, anonymising."""
