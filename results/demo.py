"""The demo's results: computed once every app has seeded its data (this app is last)."""

from . import services


def seed(*, stdout) -> None:
    snapshot = services.results_refresh()
    stdout.write(f"Results: figures computed ({snapshot.computed_at:%Y-%m-%d %H:%M}).")
