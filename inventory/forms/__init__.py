"""The inventory's forms, by subject."""
