"""Domain layer of ISHC Desk: data, rules and services. Never imports Qt."""
