"""Network services: accounts, communities, coordination, directory, privacy."""
