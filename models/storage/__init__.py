"""The database: connection, tables, migrations, backups, moving to a server, integrity checks."""
