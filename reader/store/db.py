"""The offline cache: feeds, their items and read marks, in one SQLite file.

WAL lets a reader and a refresh (or two readers) use the file at once; a
busy timeout makes writers wait their turn rather than fail. Each feed's
items are stored in one transaction of their own, so a refresh that dies
midway keeps every feed it finished. The schema version is SQLite's
`user_version`; `MIGRATIONS[n]` takes a file from version n to n+1.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reader.feeds.parse import FeedItem

MIGRATIONS = [
    """
    CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        site TEXT NOT NULL DEFAULT '',
        folder TEXT NOT NULL DEFAULT '',
        etag TEXT NOT NULL DEFAULT '',
        last_modified TEXT NOT NULL DEFAULT '',
        fetched_at TEXT NOT NULL DEFAULT '',
        error TEXT NOT NULL DEFAULT '',
        retry_at REAL NOT NULL DEFAULT 0,
        added_at TEXT NOT NULL
    );
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        guid TEXT NOT NULL,
        link TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        published TEXT NOT NULL DEFAULT '',
        sort_date TEXT NOT NULL,
        html TEXT NOT NULL DEFAULT '',
        summary_only INTEGER NOT NULL DEFAULT 1,
        read INTEGER NOT NULL DEFAULT 0,
        fetched_at TEXT NOT NULL,
        article TEXT,
        UNIQUE (feed_id, guid)
    );
    CREATE INDEX items_by_date ON items (sort_date DESC);
    CREATE INDEX items_by_feed ON items (feed_id, sort_date DESC);
    CREATE INDEX items_unread ON items (feed_id) WHERE read = 0;
    CREATE VIRTUAL TABLE items_fts USING fts5 (title, body, tokenize = 'unicode61');
    """,
    # 2: the full web page of summary-only items, and which feeds fetch it on refresh.
    """
    ALTER TABLE items ADD COLUMN page TEXT;
    ALTER TABLE items ADD COLUMN page_error TEXT NOT NULL DEFAULT '';
    ALTER TABLE feeds ADD COLUMN full_text INTEGER NOT NULL DEFAULT 0;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    pass


@dataclass(frozen=True)
class Feed:
    id: int
    url: str
    title: str
    site: str = ""
    folder: str = ""
    etag: str = ""
    last_modified: str = ""
    fetched_at: str = ""
    error: str = ""
    retry_at: float = 0.0
    articles: int = 0
    unread: int = 0
    full_text: bool = False

    @property
    def name(self) -> str:
        return self.title or self.url


@dataclass(frozen=True)
class StoredItem:
    id: int
    feed_id: int
    feed_title: str
    guid: str
    title: str
    link: str
    author: str
    published: str
    read: bool
    summary_only: bool

    @property
    def date(self) -> dt.datetime | None:
        try:
            return dt.datetime.fromisoformat(self.published.replace("Z", "+00:00"))
        except ValueError:
            return None


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class Store:
    """One connection to the cache; use one per thread."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        self.warnings: list[str] = []
        memory = str(path) == ":memory:"
        if not memory:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = self._open(path)
        except sqlite3.DatabaseError as exc:
            if memory:
                raise StoreError(f"cache: {exc}") from None
            aside = Path(f"{path}.corrupt-{int(time.time())}")
            try:
                os.replace(path, aside)
            except OSError as move:
                raise StoreError(f"{path}: unreadable cache ({exc}); cannot move it aside: "
                                 f"{move.strerror or move}") from None
            self.warnings.append(f"{path}: unreadable cache ({exc}); moved to {aside.name}, "
                                 "starting afresh")
            self.db = self._open(path)

    @staticmethod
    def _open(path: Path | str) -> sqlite3.Connection:
        db = sqlite3.connect(str(path), timeout=15, isolation_level=None)
        try:
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("PRAGMA foreign_keys = ON")
            _migrate(db)
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; inside `batch()`, part of the batch's."""
        if self.db.in_transaction:
            yield self.db
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several writes in one transaction: one commit (and one full-text
        segment) for the feeds that finished together, not one each."""
        with self.transaction():
            yield

    # --- feeds ----------------------------------------------------------------

    def add_feed(self, url: str, title: str = "", site: str = "", folder: str = "") -> bool:
        """Subscribe; False when the URL was already subscribed."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO feeds (url, title, site, folder, added_at) VALUES (?,?,?,?,?)",
            (url, title, site, folder, now_iso()))
        return cur.rowcount == 1

    def remove_feed(self, url: str) -> bool:
        with self.transaction() as db:
            row = db.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
            if row is None:
                return False
            db.execute("DELETE FROM items_fts WHERE rowid IN "
                       "(SELECT id FROM items WHERE feed_id = ?)", (row["id"],))
            db.execute("DELETE FROM feeds WHERE id = ?", (row["id"],))
        return True

    def feeds(self, where: str = "", args: tuple = ()) -> list[Feed]:
        """Feeds with their article and unread counts (`where` narrows them)."""
        rows = self.db.execute(
            f"""SELECT f.*, COUNT(i.id) AS articles,
                      COALESCE(SUM(i.read = 0), 0) AS unread
               FROM feeds f LEFT JOIN items i ON i.feed_id = f.id {where}
               GROUP BY f.id ORDER BY f.folder, LOWER(COALESCE(NULLIF(f.title, ''), f.url))""",
            args)
        return [_feed(r) for r in rows]

    def feed(self, url: str) -> Feed | None:
        found = self.feeds("WHERE f.url = ?", (url,))
        return found[0] if found else None

    def feed_by_id(self, feed_id: int) -> Feed | None:
        found = self.feeds("WHERE f.id = ?", (feed_id,))
        return found[0] if found else None

    def record_success(self, feed_id: int, *, title: str, site: str, etag: str,
                       last_modified: str, items: Iterable[FeedItem]) -> int:
        """Store a fetched feed and its items in one transaction; the number of new items."""
        stamp = now_iso()
        with self.transaction() as db:
            known = {r["guid"]: (r["id"], r["title"], r["html"]) for r in db.execute(
                "SELECT id, guid, title, html FROM items WHERE feed_id = ?", (feed_id,))}
            fresh: dict[str, FeedItem] = {}
            for item in items:
                if item.guid in fresh:
                    continue  # a feed that repeats a guid: the first one counts
                if item.guid not in known:
                    fresh[item.guid] = item
                    continue
                item_id, old_title, old_html = known[item.guid]
                if (old_title, old_html) != (item.title, item.html):
                    db.execute(
                        "UPDATE items SET title=?, link=?, author=?, html=?, summary_only=?, "
                        "article=NULL WHERE id=?",
                        (item.title, item.link, item.author, item.html,
                         int(item.summary_only), item_id))
                    db.execute("DELETE FROM items_fts WHERE rowid = ?", (item_id,))
                    _index(db, [(item_id, item)])
            # Many rows in one call: a cold refresh stores thousands.
            last = db.execute("SELECT COALESCE(MAX(id), 0) FROM items").fetchone()[0]
            db.executemany(
                "INSERT INTO items (feed_id, guid, link, title, author, published, sort_date,"
                " html, summary_only, fetched_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [(feed_id, i.guid, i.link, i.title, i.author, i.published,
                  i.published or stamp, i.html, int(i.summary_only), stamp)
                 for i in fresh.values()])
            ids = dict(db.execute("SELECT guid, id FROM items WHERE feed_id = ? AND id > ?",
                                  (feed_id, last)).fetchall())
            _index(db, [(ids[guid], item) for guid, item in fresh.items()])
            new = len(fresh)
            db.execute(
                "UPDATE feeds SET title = COALESCE(NULLIF(?, ''), title), site = ?, etag = ?, "
                "last_modified = ?, fetched_at = ?, error = '', retry_at = 0 WHERE id = ?",
                (title, site, etag, last_modified, stamp, feed_id))
        return new

    def record_not_modified(self, feed_id: int) -> None:
        self.db.execute("UPDATE feeds SET fetched_at = ?, error = '', retry_at = 0 WHERE id = ?",
                        (now_iso(), feed_id))

    def record_failure(self, feed_id: int, error: str, retry_at: float = 0.0) -> None:
        self.db.execute("UPDATE feeds SET error = ?, retry_at = ? WHERE id = ?",
                        (error, retry_at, feed_id))

    # --- items ----------------------------------------------------------------

    def items(self, feed_id: int | None = None, limit: int = 5000, offset: int = 0,
              ids: list[int] | None = None) -> list[StoredItem]:
        sql = ("SELECT i.id, i.feed_id, i.guid, i.title, i.link, i.author, i.published, i.read,"
               " i.summary_only, COALESCE(NULLIF(f.title, ''), f.url) AS feed_title"
               " FROM items i JOIN feeds f ON f.id = i.feed_id")
        args: list = []
        if ids is not None:
            rows = []
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                rows += self.db.execute(
                    f"{sql} WHERE i.id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
            order = {item_id: n for n, item_id in enumerate(ids)}
            return sorted((_item(r) for r in rows), key=lambda i: order[i.id])
        if feed_id is not None:
            sql += " WHERE i.feed_id = ?"
            args.append(feed_id)
        sql += " ORDER BY i.sort_date DESC, i.id DESC LIMIT ? OFFSET ?"
        args += [limit, offset]
        return [_item(r) for r in self.db.execute(sql, args)]

    def item_content(self, item_id: int) -> tuple[str, bool, str | None]:
        """(html, summary only, cached article JSON or None)."""
        row = self.db.execute("SELECT html, summary_only, article FROM items WHERE id = ?",
                              (item_id,)).fetchone()
        if row is None:
            raise StoreError(f"article {item_id} is no longer in the cache")
        return row["html"], bool(row["summary_only"]), row["article"]

    def page(self, item_id: int) -> tuple[str | None, str]:
        """(the full page's article as JSON, or None; the last error fetching it)."""
        row = self.db.execute("SELECT page, page_error FROM items WHERE id = ?",
                              (item_id,)).fetchone()
        return (row["page"], row["page_error"]) if row else (None, "")

    def save_page(self, item_id: int, article_json: str | None, error: str = "") -> None:
        self.db.execute("UPDATE items SET page = ?, page_error = ? WHERE id = ?",
                        (article_json, error, item_id))

    def set_full_text(self, feed_id: int | None, on: bool) -> None:
        if feed_id is None:
            self.db.execute("UPDATE feeds SET full_text = ?", (int(on),))
        else:
            self.db.execute("UPDATE feeds SET full_text = ? WHERE id = ?", (int(on), feed_id))

    def items_needing_pages(self, feed_ids: list[int]) -> list[StoredItem]:
        """Summary-only items of these feeds whose page was never fetched."""
        if not feed_ids:
            return []
        marks = ",".join("?" * len(feed_ids))
        ids = [r[0] for r in self.db.execute(
            f"SELECT id FROM items WHERE feed_id IN ({marks}) AND summary_only = 1 "
            "AND page IS NULL AND page_error = '' AND link != ''", feed_ids)]
        return self.items(ids=ids)

    def save_article(self, item_id: int, article_json: str) -> None:
        self.db.execute("UPDATE items SET article = ? WHERE id = ?", (article_json, item_id))

    def mark_read(self, item_id: int, read: bool = True) -> None:
        self.db.execute("UPDATE items SET read = ? WHERE id = ?", (int(read), item_id))

    def mark_all_read(self, feed_id: int | None = None) -> int:
        if feed_id is None:
            return self.db.execute("UPDATE items SET read = 1 WHERE read = 0").rowcount
        return self.db.execute("UPDATE items SET read = 1 WHERE read = 0 AND feed_id = ?",
                               (feed_id,)).rowcount

    def search(self, query: str, limit: int = 500) -> list[StoredItem]:
        """Full-text search over every cached article, best matches first."""
        match = _fts_query(query)
        if not match:
            return []
        ids = [r[0] for r in self.db.execute(
            "SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, limit))]
        return self.items(ids=ids)


def _fts_query(query: str) -> str:
    """Each word a quoted prefix term, so user text is never FTS syntax."""
    words = [w.replace('"', "") for w in query.split()]
    return " ".join(f'"{w}"*' for w in words if w)


def _index(db: sqlite3.Connection, rows: list[tuple[int, FeedItem]]) -> None:
    from reader.htmlblocks import html_to_text

    db.executemany("INSERT INTO items_fts (rowid, title, body) VALUES (?,?,?)",
                   [(item_id, item.title, html_to_text(item.html)) for item_id, item in rows])


def _feed(row: sqlite3.Row) -> Feed:
    return Feed(id=row["id"], url=row["url"], title=row["title"], site=row["site"],
                folder=row["folder"], etag=row["etag"], last_modified=row["last_modified"],
                fetched_at=row["fetched_at"], error=row["error"], retry_at=row["retry_at"],
                articles=row["articles"], unread=row["unread"], full_text=bool(row["full_text"]))


def _item(row: sqlite3.Row) -> StoredItem:
    return StoredItem(id=row["id"], feed_id=row["feed_id"], feed_title=row["feed_title"],
                      guid=row["guid"], title=row["title"], link=row["link"],
                      author=row["author"], published=row["published"], read=bool(row["read"]),
                      summary_only=bool(row["summary_only"]))


def _migrate(db: sqlite3.Connection) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(f"the cache was written by a newer newsreader (schema {version}, "
                         f"this one knows {SCHEMA_VERSION})")
    while version < SCHEMA_VERSION:
        db.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the lock.
            current = db.execute("PRAGMA user_version").fetchone()[0]
            if current == version:
                for statement in MIGRATIONS[version].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {version + 1}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        version = db.execute("PRAGMA user_version").fetchone()[0]
