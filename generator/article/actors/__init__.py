"""One article's actors: registry matches, discovered names, roles and quotes (``find.find_actors``)."""
