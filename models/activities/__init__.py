"""Activities of a club in the eight areas, the facts kept per area (health checks, home care,
self-help, entitlement claims) and the figures per club and year."""
