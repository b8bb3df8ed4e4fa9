"""Networking: the one HTTP client every fetch goes through."""
