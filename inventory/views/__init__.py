"""Inventory views: practices, adaptations, media, comments, gathering, compendium, opendata."""
