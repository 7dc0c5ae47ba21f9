"""Training: courses and study visits, who attended, and which boards have a trained member."""
