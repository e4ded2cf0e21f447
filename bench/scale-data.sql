-- Synthetic scale data for bench/scale.sh: 100,000 made-up missions (designations SYN-000001 to
-- SYN-100000, slugs syn-000001...) with three seats each, flown by 30,000 made-up people
-- (Synthetic Person 000001...). None of it is history. H2 only; run on a database the app has
-- already created (its schema and seed), never on a real one: bench/scale.sh does both.
-- Each mission flies on a vehicle that was in service at its launch (between the vehicle's first
-- recorded crewed launch and its retirement), so the access analysis keeps its eras; launches are
-- spread evenly from the first recorded launch to 200 days ago, nine days and a few hours each.

SET @missions = 100000;
SET @people = 30000;

CREATE LOCAL TEMPORARY TABLE syn_vehicle AS
SELECT v.id, MIN(m.launch_at) AS first_launch,
       COALESCE(v.retired_at, CURRENT_TIMESTAMP + INTERVAL '1000' DAY) AS retired_at
FROM vehicle v JOIN mission m ON m.vehicle_id = v.id
GROUP BY v.id, v.retired_at;

SET @first = (SELECT MIN(first_launch) FROM syn_vehicle);
SET @step = DATEDIFF(SECOND, @first, CURRENT_TIMESTAMP - INTERVAL '200' DAY) / @missions;

INSERT INTO person (slug, name, full_name, nationality, agency, wikipedia)
SELECT 'syn-person-' || LPAD(X, 6, '0'), 'Synthetic Person ' || LPAD(X, 6, '0'),
       'Synthetic Person ' || LPAD(X, 6, '0') || ' (benchmark data)',
       CASE MOD(X, 4) WHEN 0 THEN 'US' WHEN 1 THEN 'RU' WHEN 2 THEN 'JP' ELSE 'CA' END,
       'Synthetic Agency', NULL
FROM SYSTEM_RANGE(1, @people);

INSERT INTO mission (slug, designation, vehicle_id, launch_at, launch_precision, docking_at, docking_precision,
                     undocking_at, undocking_precision, landing_at, landing_precision, launch_site, outcome,
                     summary, unverified)
SELECT 'syn-' || LPAD(X, 6, '0'), 'SYN-' || LPAD(X, 6, '0'), vehicle_id,
       launch, 'MINUTE', DATEADD(HOUR, 6, launch), 'MINUTE', DATEADD(HOUR, 9 * 24, launch), 'MINUTE',
       DATEADD(HOUR, 9 * 24 + 4, launch), 'MINUTE', 'Synthetic Site', 'nominal',
       'Synthetic mission for benchmarks; not history.', FALSE
FROM (
    SELECT r.X, r.launch, sv.id AS vehicle_id,
           ROW_NUMBER() OVER (PARTITION BY r.X ORDER BY sv.id) AS k,
           COUNT(*) OVER (PARTITION BY r.X) AS n
    FROM (SELECT X, DATEADD(SECOND, X * @step, @first) AS launch FROM SYSTEM_RANGE(1, @missions)) r
    JOIN syn_vehicle sv ON sv.first_launch <= r.launch AND sv.retired_at > r.launch
) c
WHERE c.k = MOD(c.X, c.n) + 1;

INSERT INTO mission_source (mission_id, position, url)
SELECT id, 0, 'https://example.invalid/synthetic/' || slug FROM mission WHERE slug LIKE 'syn-%';

INSERT INTO crew_seat (person_id, mission_id, landed_on_id, position, role, unverified)
SELECT p.id, m.id, m.id, j.X, CASE j.X WHEN 0 THEN 'Commander' ELSE 'Flight Engineer' END, FALSE
FROM mission m
JOIN SYSTEM_RANGE(0, 2) j ON TRUE
JOIN person p ON p.slug = 'syn-person-' || LPAD(MOD(CAST(SUBSTRING(m.slug, 5) AS INT) * 3 + j.X, @people) + 1, 6, '0')
WHERE m.slug LIKE 'syn-%';

-- Every cache of the history is keyed by the data version: a new one makes the app read it all again.
UPDATE data_version SET version = version + 1 WHERE id = 1;
