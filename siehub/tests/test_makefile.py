"""The Makefile's demo: `make run PORT=8001` serves on that port, and the links in the
demo's mail, feeds and certificates (SITE_URL) point there too."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import require

ROOT = Path(__file__).resolve().parents[2]


def make_dry_run(*arguments: str) -> list[str]:
    """The commands `make -n` would run, in an environment without SITE_URL or PORT
    (the test settings set SITE_URL, which the Makefile would take)."""
    require(shutil.which("make") is not None, "needs GNU make")
    env = {k: v for k, v in os.environ.items() if k not in {"SITE_URL", "PORT"}}
    env.pop("MAKEFLAGS", None)
    result = subprocess.run(
        ["make", "-n", *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def demo_commands(lines: list[str]) -> list[str]:
    return [line for line in lines if "seed_demo" in line or "runserver" in line]


@pytest.mark.parametrize("port", ["8000", "8001"])
def test_make_run_points_site_url_at_the_port_it_serves(port):
    arguments = ["run"] if port == "8000" else ["run", f"PORT={port}"]
    seed, serve = demo_commands(make_dry_run(*arguments))
    assert f"SITE_URL=http://127.0.0.1:{port} " in seed
    assert f"SITE_URL=http://127.0.0.1:{port} " in serve
    assert serve.endswith(f"runserver 127.0.0.1:{port}")


def test_an_explicit_site_url_wins_over_the_port():
    lines = make_dry_run("run", "PORT=8001", "SITE_URL=https://demo.example.org")
    for command in demo_commands(lines):
        assert "SITE_URL=https://demo.example.org " in command
