-- Data correction of 2026-12-03: the English reason of Starliner's stand-down gave the landing in local time
-- ("landed White Sands 10:01 pm MDT 2024-09-06"), where the ledger states every time in UTC and the Romanian
-- reason already said 04:01 UTC on 7 September. 10:01 pm MDT (UTC-6) on 6 September 2024 is 04:01 UTC on
-- 7 September, the landing time the stand-down starts from and the Crew Flight Test's landing_at. Sources: the
-- stand-down's own, https://en.wikipedia.org/wiki/Boeing_Crew_Flight_Test (landing 04:01:00 UTC, 7 September 2024)
-- and http://www.worldwidenews.ca/nasa-and-boeing-safely-return-starliner-after-uncrewed-flight-test/ (10:01 pm
-- MDT Friday, Sept. 6); also in data/reference/stand-downs.csv.
-- Every statement applies only where the reason still holds the local time: a database seeded after the
-- correction (import.sql) holds the UTC wording already, and nothing here changes it.
-- As in V13, the correction is a revision of its own by 'system' (found through a temporary kind, then made an
-- ordinary change), so the change history shows it; the stand-down's version rises, so an edit read before it
-- meets a conflict instead of putting the old wording back; and the data version rises, so that instances
-- already running read the history again.

-- The stand-down is found by its natural key (vehicle and start) and the old wording, the same in every statement;
-- the revision is inserted once, from the data version's single row, whatever the stand-down table holds.

INSERT INTO audit_revision (at, username, kind)
SELECT CURRENT_TIMESTAMP, 'system', 'v14-correction' FROM data_version
WHERE id = 1
  AND EXISTS (SELECT 1 FROM audit_revision WHERE kind = 'loaded')
  AND EXISTS (SELECT 1 FROM stand_down WHERE vehicle_id = (SELECT id FROM vehicle WHERE slug = 'starliner')
    AND from_at = TIMESTAMP WITH TIME ZONE '2024-09-07 04:01:00+00'
    AND reason LIKE '%(landed White Sands 10:01 pm MDT 2024-09-06)%');

UPDATE data_version SET version = version + 1
WHERE id = 1 AND EXISTS (SELECT 1 FROM stand_down WHERE vehicle_id = (SELECT id FROM vehicle WHERE slug = 'starliner')
  AND from_at = TIMESTAMP WITH TIME ZONE '2024-09-07 04:01:00+00'
  AND reason LIKE '%(landed White Sands 10:01 pm MDT 2024-09-06)%');

INSERT INTO stand_down_aud (id, rev, revtype, vehicle_id, from_at, from_precision, to_at, to_precision, reason, reason_ro)
SELECT d.id, r.id, 1, d.vehicle_id, d.from_at, d.from_precision, d.to_at, d.to_precision,
       REPLACE(d.reason, '(landed White Sands 10:01 pm MDT 2024-09-06)', '(landed at White Sands on 7 September 2024, 04:01 UTC)'),
       d.reason_ro
FROM stand_down d, audit_revision r
WHERE r.kind = 'v14-correction'
  AND d.vehicle_id = (SELECT id FROM vehicle WHERE slug = 'starliner')
  AND d.from_at = TIMESTAMP WITH TIME ZONE '2024-09-07 04:01:00+00'
  AND d.reason LIKE '%(landed White Sands 10:01 pm MDT 2024-09-06)%';

UPDATE stand_down SET version = version + 1,
  reason = REPLACE(reason, '(landed White Sands 10:01 pm MDT 2024-09-06)',
                   '(landed at White Sands on 7 September 2024, 04:01 UTC)')
WHERE vehicle_id = (SELECT id FROM vehicle WHERE slug = 'starliner')
  AND from_at = TIMESTAMP WITH TIME ZONE '2024-09-07 04:01:00+00'
  AND reason LIKE '%(landed White Sands 10:01 pm MDT 2024-09-06)%';

UPDATE audit_revision SET kind = NULL WHERE kind = 'v14-correction';
