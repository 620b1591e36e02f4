"""Forms of the training app, one module per noun (modules, learning, resources)."""
