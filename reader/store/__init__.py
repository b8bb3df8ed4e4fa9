"""The offline cache (SQLite): feeds, items, read marks, full-text search."""
