"""Clubs: founding, groups, board, status, the club list and composition against the standards."""
