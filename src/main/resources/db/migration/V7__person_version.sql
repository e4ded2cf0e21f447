-- People written through the API carry a version, as missions do: a PUT based on an older one is a 409.
ALTER TABLE person ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
