"""Mobilities services: registrations, hosting."""
