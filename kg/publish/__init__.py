"""The publish stage: graphs to files (``files``) or to a SPARQL 1.1 store (``endpoint``)."""
