"""Mobilities forms: events (admin), registrations, hosting."""
