-- Full-text catalog search (SQLite FTS5, built into SQLite and libSQL): one row per brick, ranked
-- with bm25. The brick id is carried UNINDEXED (not the rowid: a rowid table without an INTEGER
-- PRIMARY KEY may renumber rows on VACUUM). No Porter stemming: it folds "collectible" into
-- "collect" (so "nft" found the payment splitter); plurals are handled by the query's prefix terms
-- instead (lib/catalog/search-query.ts). The prefix indexes keep short prefix searches ("pa*") fast.
-- Triggers keep it in sync with "Brick".
CREATE VIRTUAL TABLE "BrickSearch" USING fts5(
  "brickId" UNINDEXED, "name", "summary", "description", "tags", "category",
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

INSERT INTO "BrickSearch" ("brickId", "name", "summary", "description", "tags", "category")
  SELECT "id", "name", "summary", "description", "tags", "category" FROM "Brick";

CREATE TRIGGER "Brick_search_insert" AFTER INSERT ON "Brick" BEGIN
  INSERT INTO "BrickSearch" ("brickId", "name", "summary", "description", "tags", "category")
    VALUES (new."id", new."name", new."summary", new."description", new."tags", new."category");
END;

CREATE TRIGGER "Brick_search_update" AFTER UPDATE OF "id", "name", "summary", "description", "tags", "category" ON "Brick" BEGIN
  DELETE FROM "BrickSearch" WHERE "brickId" = old."id";
  INSERT INTO "BrickSearch" ("brickId", "name", "summary", "description", "tags", "category")
    VALUES (new."id", new."name", new."summary", new."description", new."tags", new."category");
END;

CREATE TRIGGER "Brick_search_delete" AFTER DELETE ON "Brick" BEGIN
  DELETE FROM "BrickSearch" WHERE "brickId" = old."id";
END;
