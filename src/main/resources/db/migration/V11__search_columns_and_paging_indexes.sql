-- Scale (issue 11): pages cost what the page costs, not what the data costs. Plain SQL that runs on
-- H2 and PostgreSQL.

-- The folded names search compares with (history/Slugs: any script to lower-case ASCII): a
-- mission's slug and designation, a person's slug, name, full name and alternative names, each
-- folded and separated by a space (which folded text never holds, so a match never spans two
-- names). Derived data, kept by the entities on every write and filled by
-- db/migration/SearchColumns after migrating for rows written by SQL (this migration's, the seed's).
-- A substring search still reads every entry, but of one narrow index instead of whole rows and,
-- for people, without a subquery per row.
ALTER TABLE mission ADD COLUMN search VARCHAR(500);
ALTER TABLE person ADD COLUMN search VARCHAR(2000);
CREATE INDEX mission_search_idx ON mission (search);
CREATE INDEX person_search_idx ON person (search);

-- Lists of people are sorted by name and paged; the filters offer the distinct nationalities and
-- agencies, which an index answers without reading every person.
CREATE INDEX person_name_idx ON person (name);
CREATE INDEX person_nationality_idx ON person (nationality);
CREATE INDEX person_agency_idx ON person (agency);

-- A vehicle's first flight (Vehicle.listInOrderOfFirstFlight) is the first entry of its range.
CREATE INDEX mission_vehicle_launch_idx ON mission (vehicle_id, launch_at);
