"""The factdb review application, built on Textual; it reaches the database only via services."""
