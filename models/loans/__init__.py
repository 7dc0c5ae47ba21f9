"""Loans from the revolving fund: rules, schedules, repayments, reads, figures, bulk writer."""
