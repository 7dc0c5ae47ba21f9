"""Qt side of ISHC Desk: window shell, pages, table models, settings, translations, CLI."""
