"""Inventory forms: practices, adaptations, media, comments, gathering."""
