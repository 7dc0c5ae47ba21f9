"""Exchange between offices that do not share a database: the office's own signing key, the
lower offices' public keys it trusts, signed report packages (build, verify, import) and the
reports received from the units below."""
