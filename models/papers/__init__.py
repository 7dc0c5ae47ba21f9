"""Founding papers and the register of issued documents."""
