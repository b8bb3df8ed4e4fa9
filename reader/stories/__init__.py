"""Stories: articles about one story grouped, with a merged timeline."""
