"""Views of the network app, one module per noun (accounts, directory, communities, ...)."""
