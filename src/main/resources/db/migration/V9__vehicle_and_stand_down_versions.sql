-- Vehicles and stand-downs written by editors carry a version, as missions and people do: a write
-- based on an older one is a 409.
ALTER TABLE vehicle ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE stand_down ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
