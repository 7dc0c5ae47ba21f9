"""Annual reports and their sign-off chain: a report per unit (club, commune/ward, province,
nation) and year, its versions and states, the frozen figures of an approved version, the
locks approval puts on a club's records, and the difference between records and what was
signed."""
