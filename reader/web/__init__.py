"""Web pages: an article URL or a saved page becomes an article."""
