-- Launch Ledger schema, version 2. Plain SQL that runs on H2 and PostgreSQL.

-- Other names a person is known by (other romanisations, the name in its own script, short
-- names, the Wikipedia title), each with its source. folded is the name as Slugs.of folds it,
-- stored so that search compares folded text with folded text.
CREATE TABLE person_alternative_name (
    person_id BIGINT        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position  INTEGER       NOT NULL,
    name      VARCHAR(300)  NOT NULL,
    kind      VARCHAR(40)   NOT NULL,
    folded    VARCHAR(300)  NOT NULL,
    source    VARCHAR(1000) NOT NULL,
    PRIMARY KEY (person_id, position)
);
CREATE INDEX person_alternative_name_folded_idx ON person_alternative_name (folded);

-- The expeditions a seat served where its launch flight's own expeditions do not say it
-- (a Shuttle seat that carried an expedition crew member up, a Soyuz that brought others home).
CREATE TABLE crew_seat_expedition (
    crew_seat_id BIGINT  NOT NULL REFERENCES crew_seat (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    PRIMARY KEY (crew_seat_id, number)
);
CREATE INDEX crew_seat_expedition_number_idx ON crew_seat_expedition (number);

-- Slugs that were changed: the old URL keeps answering with a 301 to the new one.
CREATE TABLE renamed_slug (
    kind       VARCHAR(20)  NOT NULL,
    old_slug   VARCHAR(80)  NOT NULL,
    new_slug   VARCHAR(80)  NOT NULL,
    changed_on DATE         NOT NULL,
    reason     VARCHAR(500),
    PRIMARY KEY (kind, old_slug)
);

-- The words of the data that pages show, in Romanian beside the English (the pages' other language).
ALTER TABLE stand_down ADD COLUMN reason_ro VARCHAR(2000);
ALTER TABLE vehicle ADD COLUMN notes_ro VARCHAR(2000);
