"""Feeds: parsing, subscriptions, OPML and refresh."""
