"""A club's monthly meeting: attendance, fees, repayments at the meeting, figures, papers."""
