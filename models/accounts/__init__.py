"""Accounts, sign-in, rights and the audit trail."""
