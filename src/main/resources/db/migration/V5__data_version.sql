-- The data version: one counter, incremented in the same transaction as every applied change to
-- the history (DataVersion.increment()). Every cache of the history is keyed by it, so several
-- app instances on one database notice a change at their next check. A later migration that
-- changes history rows should increment it too.
CREATE TABLE data_version (
    id INTEGER PRIMARY KEY,
    version BIGINT NOT NULL
);

INSERT INTO data_version (id, version) VALUES (1, 1);
