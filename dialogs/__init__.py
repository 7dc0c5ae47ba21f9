"""Dialogs: one per record or task. Each edits a plain object and calls a service."""
