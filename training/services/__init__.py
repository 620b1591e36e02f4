"""Training services: modules (authoring), learning, completion, resources."""
