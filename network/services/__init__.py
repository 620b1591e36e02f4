"""Writes of the network app, one module per noun (members, directory, communities, ...)."""
