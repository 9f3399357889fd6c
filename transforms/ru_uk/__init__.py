"""Russian and Ukrainian extraction (issue 18): quotes, sources, entities, time expressions."""
