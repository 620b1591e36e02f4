"""Training forms: learning (self-assessment), completion (feedback)."""
