"""Network forms: accounts, communities, coordination, directory, privacy."""
