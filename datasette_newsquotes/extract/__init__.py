"""Extraction: pure functions from an Article to an Extraction. Nothing here touches a database, so
extraction can run in a process pool (``newsquotes load --workers``) or anywhere else unchanged."""
