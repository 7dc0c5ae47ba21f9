"""What every spreadsheet importer shares: reading cells typed in the old Vietnamese encodings."""
