"""Services of the mobilities app, one module per noun (events, registrations, hosting)."""
