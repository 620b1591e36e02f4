"""The inventory's pages, by subject (URLs in inventory/urls.py and urls_opendata.py)."""
