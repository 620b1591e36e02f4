"""The inventory's writes and reads that views, admin and tasks share, by subject."""
