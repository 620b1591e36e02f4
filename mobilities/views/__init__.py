"""Mobilities views: events, registrations, hosting."""
