"""Network views: accounts, communities, coordination, directory, privacy."""
