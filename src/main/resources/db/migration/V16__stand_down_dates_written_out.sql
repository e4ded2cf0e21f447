-- Data correction of 2026-12-03: four English stand-down reasons gave dates and times as the data's files write
-- them ("on 2005-07-27", "(09:27:57Z)", "launch 10:39 am EDT = 14:39Z"), where every other English sentence of the
-- ledger writes a date out ("27 July 2005") and a time in UTC ("09:27:57 UTC"), as the Romanian reasons already
-- did; slides and the timeline quote these reasons in running text. Only the wording changes: every date and time
-- is the one the reason gave (EDT is UTC-4: 10:39 am EDT is 14:39 UTC), from the stand-downs' own sources, which
-- stay as they are (data/reference/stand-downs.csv, where the same wording is the record).
-- Every statement applies only where a stand-down still holds the old wording at its start: a database seeded after
-- the correction (import.sql), or a reason an editor has changed since, is left alone.
-- As in V14, the correction is a revision of its own by 'system' (found through a temporary kind, then made an
-- ordinary change), so the change history shows it, with an audit row per stand-down corrected; each corrected
-- stand-down's version rises, so an edit read before it meets a conflict instead of putting the old wording back;
-- and the data version rises once, so that instances already running read the history again.

-- The corrections, by the stand-down's natural key (vehicle and start) and its old wording; dropped at the end.
-- (Dropped first too: on H2 a table's creation commits at once, so a failed run would leave it behind.)
DROP TABLE IF EXISTS v16_reason;
CREATE TABLE v16_reason (
    vehicle_slug VARCHAR(80)              NOT NULL,
    from_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    old_reason   VARCHAR(2000)            NOT NULL,
    new_reason   VARCHAR(2000)            NOT NULL
);

INSERT INTO v16_reason (vehicle_slug, from_at, old_reason, new_reason) VALUES
  ('space-shuttle', TIMESTAMP WITH TIME ZONE '2003-02-01 00:00:00+00',
   'Loss of Columbia (STS-107) on re-entry; fleet grounded until return-to-flight STS-114 (launch 10:39 am EDT = 14:39Z). Soyuz carried all ISS crews meanwhile.',
   'Loss of Columbia (STS-107) on re-entry; fleet grounded until return-to-flight STS-114 (launched on 26 July 2005, 14:39 UTC). Soyuz carried all ISS crews meanwhile.'),
  ('space-shuttle', TIMESTAMP WITH TIME ZONE '2005-07-27 00:00:00+00',
   'NASA grounded the fleet on 2005-07-27 after external-tank foam (PAL ramp) shed during the STS-114 launch; next flight STS-121. STS-114 itself stayed in orbit and landed 2005-08-09.',
   'NASA grounded the fleet on 27 July 2005 after external-tank foam (PAL ramp) shed during the STS-114 launch; next flight STS-121. STS-114 itself stayed in orbit and landed on 9 August 2005.'),
  ('starliner', TIMESTAMP WITH TIME ZONE '2024-09-07 04:01:00+00',
   'After the Crew Flight Test (thruster and helium-leak problems) Starliner returned uncrewed (landed at White Sands on 7 September 2024, 04:01 UTC); no later crewed Starliner flight found in the sources as of 2026-11-25.',
   'After the Crew Flight Test (thruster and helium-leak problems) Starliner returned uncrewed (landed at White Sands on 7 September 2024, 04:01 UTC); no later crewed Starliner flight found in the sources as of 25 November 2026.'),
  ('soyuz', TIMESTAMP WITH TIME ZONE '2025-11-27 09:27:57+00',
   'Launch of Soyuz MS-28 (09:27:57Z) wrecked Baikonur Site 31/6, Russia''s only pad certified for crewed Soyuz launches: the ~17 t service cabin fell into the flame trench. Roscosmos finished restoring it on 2026-03-03; Progress MS-33 was the first launch from the repaired pad (planned 2026-03-22). The period ends when the pad could launch again (2026-03-03). The next crewed Soyuz, MS-29, is recorded as launched 2026-07-14, a date from one unattributed dataset and marked unverified (published plans: June or summer 2026).',
   'Launch of Soyuz MS-28 (27 November 2025, 09:27:57 UTC) wrecked Baikonur Site 31/6, Russia''s only pad certified for crewed Soyuz launches: the ~17 t service cabin fell into the flame trench. Roscosmos finished restoring it on 3 March 2026; Progress MS-33 was the first launch from the repaired pad (planned for 22 March 2026). The period ends when the pad could launch again (3 March 2026). The next crewed Soyuz, MS-29, is recorded as launched on 14 July 2026, a date from one unattributed dataset and marked unverified (published plans: June or summer 2026).');

INSERT INTO audit_revision (at, username, kind)
SELECT CURRENT_TIMESTAMP, 'system', 'v16-correction' FROM data_version
WHERE id = 1
  AND EXISTS (SELECT 1 FROM audit_revision WHERE kind = 'loaded')
  AND EXISTS (SELECT 1 FROM stand_down d JOIN v16_reason w ON d.from_at = w.from_at AND d.reason = w.old_reason
              WHERE d.vehicle_id = (SELECT id FROM vehicle WHERE slug = w.vehicle_slug));

UPDATE data_version SET version = version + 1
WHERE id = 1
  AND EXISTS (SELECT 1 FROM stand_down d JOIN v16_reason w ON d.from_at = w.from_at AND d.reason = w.old_reason
              WHERE d.vehicle_id = (SELECT id FROM vehicle WHERE slug = w.vehicle_slug));

INSERT INTO stand_down_aud (id, rev, revtype, vehicle_id, from_at, from_precision, to_at, to_precision, reason, reason_ro)
SELECT d.id, r.id, 1, d.vehicle_id, d.from_at, d.from_precision, d.to_at, d.to_precision, w.new_reason, d.reason_ro
FROM stand_down d
JOIN v16_reason w ON d.from_at = w.from_at AND d.reason = w.old_reason
JOIN audit_revision r ON r.kind = 'v16-correction'
WHERE d.vehicle_id = (SELECT id FROM vehicle WHERE slug = w.vehicle_slug);

UPDATE stand_down SET version = version + 1,
  reason = (SELECT w.new_reason FROM v16_reason w
            WHERE w.from_at = stand_down.from_at AND w.old_reason = stand_down.reason
              AND w.vehicle_slug = (SELECT slug FROM vehicle WHERE id = stand_down.vehicle_id))
WHERE EXISTS (SELECT 1 FROM v16_reason w
              WHERE w.from_at = stand_down.from_at AND w.old_reason = stand_down.reason
                AND w.vehicle_slug = (SELECT slug FROM vehicle WHERE id = stand_down.vehicle_id));

UPDATE audit_revision SET kind = NULL WHERE kind = 'v16-correction';

DROP TABLE v16_reason;
