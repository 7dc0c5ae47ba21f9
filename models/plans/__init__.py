"""Plans and targets of the programme (a ward's or a province's plan, its targets by year and
its budget by year and source), the dashboard that sets each target beside the recorded
figures, and the plan's review reports (sơ kết, tổng kết)."""
