"""The tables of index.sqlite3: derived from the truth, so a new schema just means a rebuild."""

from __future__ import annotations

from dataclasses import fields

from reader.model import ArticleSummary

# PRAGMA user_version of the index this reader writes; any other version is rebuilt.
# Raise it with any change below, a field added to ArticleSummary included.
SCHEMA_VERSION = 7  # 7: `line` cuts a long source with an ellipsis, wide characters counted as two cells
SUMMARY_COLUMNS = [f.name for f in fields(ArticleSummary)]
# The column each ArticleSummary field's annotation asks for (the summary is a row as it is).
_COLUMN_TYPES = {"str": "TEXT NOT NULL", "str | None": "TEXT", "int": "INTEGER NOT NULL"}
_SUMMARY_COLUMNS_SQL = ",\n    ".join(
    f"{f.name} {_COLUMN_TYPES[str(f.type)]}{' UNIQUE' if f.name == 'id' else ''}"
    for f in fields(ArticleSummary)
)
TOKENIZER = "unicode61 remove_diacritics 2"  # whole words; case and accents folded
# bm25 weights of title, byline, source, body, captions: a word in the title counts most.
RANK = "bm25(10.0, 3.0, 3.0, 1.0, 1.0)"
# Every word's first letter indexed as well: the filter's first keystroke (`g*`) reads one
# list instead of merging those of every word starting with g (bench_filter, 100,000 articles).
PREFIXES = "1"

SCHEMA = f"""
CREATE TABLE articles (
    num INTEGER PRIMARY KEY,             -- the rowid the FTS tables share
    {_SUMMARY_COLUMNS_SQL},
    date TEXT NOT NULL,                  -- published, else added, else ''
    title_key TEXT NOT NULL,             -- casefolded title, for sorting
    line TEXT NOT NULL,                  -- its line in `reader list` (reader.list_line)
    read INTEGER NOT NULL DEFAULT 0,
    bookmarks INTEGER NOT NULL DEFAULT 0,
    notes INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0   -- in the trash: left out of every list and search
);
CREATE INDEX articles_newest_first ON articles (date DESC, title_key);
-- Covers `reader list`: its lines read from this index alone, not from rows spread over the file.
CREATE INDEX articles_listed ON articles (date DESC, title_key, archived, deleted, line, id);
CREATE INDEX articles_by_content ON articles (content_hash);
-- The few archived and trashed articles: whether there are any is asked by every search.
CREATE INDEX articles_filed ON articles (num) WHERE archived = 1 OR deleted = 1;
CREATE TABLE tags (
    article INTEGER NOT NULL,
    tag TEXT NOT NULL,                   -- casefolded
    PRIMARY KEY (article, tag)
) WITHOUT ROWID;
CREATE INDEX tags_by_tag ON tags (tag);
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    canonical TEXT NOT NULL,
    canonical_key TEXT NOT NULL,         -- casefolded canonical name
    label TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    names TEXT NOT NULL                  -- the canonical name and its aliases, one a line
);
CREATE INDEX entities_by_article ON entities (article);
CREATE INDEX entities_by_name ON entities (canonical_key);
-- How many articles name each entity with each label (labels across the library), kept
-- in step with `entities` by triggers: opening an article reads a row per name, not a
-- row per article that names it.
CREATE TABLE entity_labels (
    canonical_key TEXT NOT NULL,
    label TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (canonical_key, label)
) WITHOUT ROWID;
CREATE TRIGGER entity_labels_add AFTER INSERT ON entities BEGIN
    INSERT INTO entity_labels (canonical_key, label, articles) VALUES (new.canonical_key, new.label, 1)
    ON CONFLICT DO UPDATE SET articles = articles + 1;
END;
CREATE TRIGGER entity_labels_remove AFTER DELETE ON entities BEGIN
    UPDATE entity_labels SET articles = articles - 1
    WHERE canonical_key = old.canonical_key AND label = old.label;
    DELETE FROM entity_labels
    WHERE canonical_key = old.canonical_key AND label = old.label AND articles <= 0;
END;
CREATE VIRTUAL TABLE fts USING fts5 (
    title, byline, source, body, captions, tokenize = '{TOKENIZER}', prefix = '{PREFIXES}'
);
INSERT INTO fts (fts, rank) VALUES ('rank', '{RANK}');
CREATE VIRTUAL TABLE entity_fts USING fts5 (
    names, label, content = 'entities', content_rowid = 'id', tokenize = '{TOKENIZER}'
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
PRAGMA user_version = {SCHEMA_VERSION};
"""
