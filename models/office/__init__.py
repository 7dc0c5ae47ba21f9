"""The office's own settings: its ward, standards, administrative units and villages."""
