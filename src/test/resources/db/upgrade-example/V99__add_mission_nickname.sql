-- A stand-in for a future schema upgrade: adds a column and touches no row.
ALTER TABLE mission ADD COLUMN nickname VARCHAR(80);
