"""Ingest: find documents, decode and read their formats, clean them, detect language and facets."""
