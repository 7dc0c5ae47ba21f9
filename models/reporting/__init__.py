"""Indicators of the programme, computed from recorded facts: the figures plans set targets
for, the dashboard shows and annual reports freeze and send up."""
