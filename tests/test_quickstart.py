"""A second start reads the parsed seed and themes back instead of parsing them."""

from __future__ import annotations

import os
import subprocess
import sys

from reader.loading import load_article
from reader.locations import cache_dir
from reader.quickstart import load_article_cached, load_themes_cached
from reader.themes import load_themes

from .conftest import SEED

WARM = ("import sys; from reader.cli import _load, _loaded_themes; _load(None); "
        "_loaded_themes(); print('yaml' in sys.modules)")


def test_the_cached_article_is_the_parsed_article(write):
    path = write("---\ntitle: T\npublished: 2025-11-24\n---\nAna Lima met Bo Chen on Monday.\n")
    first = load_article_cached(path)
    assert first == load_article(path)
    assert list((cache_dir() / "articles").glob("*.json"))
    assert load_article_cached(path) == first
    path.write_text("---\ntitle: T2\n---\nChanged.\n")
    assert load_article_cached(path).title == "T2"  # a changed file is parsed again


def test_an_edit_that_keeps_the_length_is_parsed_again(write):
    path = write("Ana Lima met Bo Chen on Monday.\n", "a.txt")
    load_article_cached(path)
    path.write_text("Ana Lima met Bo Chen on Friday.\n")
    assert "Friday" in load_article_cached(path).text


def test_a_warm_start_knows_the_article_key_without_hashing():
    script = ("import sys; from reader.cli import _load; a = _load(None); "
              "print(a.key, 'hashlib' in sys.modules, 'argparse' in sys.modules)")
    run = [sys.executable, "-c", script]
    subprocess.run(run, capture_output=True, check=True)  # fills the cache
    key, hashed, parsed = subprocess.run(run, capture_output=True, text=True,
                                         check=True).stdout.split()
    assert key == load_article(SEED).key  # the saved reading positions still match
    assert (hashed, parsed) == ("False", "False")


def test_a_damaged_cache_is_rebuilt(write):
    path = write("Plain text article.\n", "a.txt")
    load_article_cached(path)
    for cached in (cache_dir() / "articles").glob("*.json"):
        cached.write_text("{not json")
    assert load_article_cached(path) == load_article(path)


def test_themes_come_back_from_the_cache_until_a_file_changes(tmp_path):
    assert load_themes_cached() == load_themes()
    user = tmp_path / "config" / "newsreader" / "themes"
    user.mkdir(parents=True)
    (user / "mine.yaml").write_text((SEED.parent.parent / "themes" / "newsreader-dark.yaml")
                                    .read_text().replace("newsreader-dark", "mine"))
    specs, problems = load_themes_cached()
    assert "mine" in specs and problems == []


def test_a_warm_start_never_imports_the_yaml_parser():
    env = dict(os.environ)
    first = subprocess.run([sys.executable, "-c", WARM], env=env, capture_output=True,
                           text=True, check=True).stdout
    second = subprocess.run([sys.executable, "-c", WARM], env=env, capture_output=True,
                            text=True, check=True).stdout
    assert (first, second) == ("True\n", "False\n")
