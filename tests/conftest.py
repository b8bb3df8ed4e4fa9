from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "trump-xi-state-visits.md"
SEED_ORIGINAL = ROOT.parent / "shared" / "seed" / "000_f413992cb40264aa.txt"


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never reach outside the machine: any other host is refused."""
    import reader.net.fetch as fetch

    real = fetch._connection

    def guarded(parts, timeout):  # noqa: ANN001, ANN202
        if parts.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise OSError(f"tests do not reach {parts.hostname}")
        return real(parts, timeout)

    monkeypatch.setattr(fetch, "_connection", guarded)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from the user's own config and state."""
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state"),
                     ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(tmp_path / sub))
    monkeypatch.setenv("NEWSREADER_CONFIG_DIR", str(tmp_path / "config" / "newsreader"))
    monkeypatch.setenv("NEWSREADER_STATE_DIR", str(tmp_path / "state" / "newsreader"))
    monkeypatch.setenv("NEWSREADER_DATA_DIR", str(tmp_path / "data" / "newsreader"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path


@pytest.fixture
def write(tmp_path: Path):
    """Write an article file and return its path."""

    def _write(text: str | bytes, name: str = "article.md") -> Path:
        path = tmp_path / "articles" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return _write


def seed_paragraphs() -> list[str]:
    """The seed's paragraphs as published (the shipped copy when shared/ is absent)."""
    if SEED_ORIGINAL.exists():
        lines = SEED_ORIGINAL.read_text(encoding="utf-8").split("\n")
        return [line for line in lines[1:] if line.strip()]
    body = SEED.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    return [p.strip() for p in body.split("\n\n") if p.strip()]
