"""Interface languages kept apart from the string tables: one catalogue per language, key → text (no imports)."""
