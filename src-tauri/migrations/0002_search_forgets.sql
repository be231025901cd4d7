-- The search index forgets deleted words: with FTS5's secure-delete, deleting a
-- session's entry removes its terms from the index's own pages at once, instead of
-- leaving them behind a tombstone until the next merge.
INSERT INTO sessions_fts (sessions_fts, rank) VALUES ('secure-delete', 1);
