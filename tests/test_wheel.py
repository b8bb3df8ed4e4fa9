"""The installed package works from any folder: data files are in the wheel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

from .conftest import ROOT, seed_paragraphs


def test_wheel_installs_and_runs_from_another_folder(tmp_path: Path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                    str(dist), str(ROOT)], check=True, capture_output=True)
    wheel = next(dist.glob("newsreader-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    pip = [str(env_dir / "bin" / "python"), "-m", "pip", "install", "-q",
           "-c", str(ROOT / "constraints.txt"), str(wheel)]
    subprocess.run(pip, check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    exe = str(env_dir / "bin" / "newsreader")
    printed = subprocess.run([exe, "--print"], cwd=elsewhere, env=env, capture_output=True,
                             text=True, check=True).stdout
    for paragraph in seed_paragraphs():
        assert paragraph in printed
    data = json.loads(subprocess.run([exe, "--json"], cwd=elsewhere, env=env,
                                     capture_output=True, text=True, check=True).stdout)
    assert len(data["entities"]) > 20 and len(data["events"]) >= 9
    themes = subprocess.run([exe, "--list-themes"], cwd=elsewhere, env=env,
                            capture_output=True, text=True, check=True).stdout
    assert "newsreader-dark" in themes and "newsreader-contrast" in themes
    # The feed side: its packages come with the wheel's dependencies.
    env["NEWSREADER_DATA_DIR"] = str(tmp_path / "data")
    listed = subprocess.run([exe, "--list"], cwd=elsewhere, env=env, capture_output=True,
                            text=True, check=True).stdout
    assert listed.startswith("no subscriptions")
    parsed = subprocess.run([str(env_dir / "bin" / "python"), "-c",
                             "from reader.feeds.parse import parse_feed;"
                             "print(parse_feed(b'<rss><channel><title>T</title></channel></rss>')"
                             ".title)"], cwd=elsewhere, env=env, capture_output=True, text=True,
                            check=True).stdout
    assert parsed == "T\n"
