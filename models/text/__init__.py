"""Vietnamese text rules and the wording of the program. A leaf: imports nothing else of the program."""
