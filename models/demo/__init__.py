"""Demo data: a reproducible commune written through the services and the bulk writers."""
