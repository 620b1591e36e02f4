"""Inventory services: practices, adaptations, workflow, media, comments, gathering, compendium."""
