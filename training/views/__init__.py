"""Training views: modules, learning, completion, resources."""
