-- Data correction of 2026-12-02: the seat Léopold Eyharts held on STS-122 was a Shuttle mission specialist's
-- ("Mission Specialist-5, Expedition 16 Flight Engineer-2", NASA Facts sheet for STS-122, February 2008), as for
-- the other expedition crew the Shuttle carried (V3). Source in the seat's notes and in data/reference/crew.csv.
-- Every statement applies only where the seat still holds the old role: a database seeded after the correction
-- (import.sql) holds it already, and nothing here changes it.
-- Since the change history exists (V8), the correction is a revision of its own by 'system' (found through a
-- temporary kind, then made an ordinary change), so the history shows it; the flight's version rises, so an edit
-- or proposal read before it meets a conflict instead of putting the old role back; and the data version rises,
-- so that instances already running read the history again.

INSERT INTO audit_revision (at, username, kind)
SELECT CURRENT_TIMESTAMP, 'system', 'v13-correction' FROM crew_seat
WHERE mission_id = (SELECT id FROM mission WHERE slug = 'sts-122')
  AND person_id = (SELECT id FROM person WHERE slug = 'leopold-eyharts')
  AND role = 'Flight Engineer'
  AND EXISTS (SELECT 1 FROM audit_revision WHERE kind = 'loaded');

UPDATE mission SET version = version + 1
WHERE id IN (SELECT mission_id FROM crew_seat WHERE mission_id = (SELECT id FROM mission WHERE slug = 'sts-122')
  AND person_id = (SELECT id FROM person WHERE slug = 'leopold-eyharts') AND role = 'Flight Engineer');

UPDATE data_version SET version = version + 1
WHERE id = 1 AND EXISTS (SELECT 1 FROM crew_seat WHERE mission_id = (SELECT id FROM mission WHERE slug = 'sts-122')
  AND person_id = (SELECT id FROM person WHERE slug = 'leopold-eyharts') AND role = 'Flight Engineer');

UPDATE crew_seat SET role = 'Mission Specialist', notes = 'source: Corlett/Stavnichuk astronaut db (TidyTuesday 2020-07-14); expeditions 16 set 2026-11-30, source: http://lmno.pp.ua/wiki/Expedition_16; role corrected Flight Engineer -> Mission Specialist 2026-12-02, source: https://www.scribd.com/document/53052881/NASA-Facts-Space-Shuttle-Atlantis-STS-122 https://docslib.org/download/1498413/sts-122-fact-sheet (copies of the NASA Facts sheet for STS-122, February 2008: Léopold Eyharts Mission Specialist-5, Expedition 16 Flight Engineer-2)'
WHERE mission_id = (SELECT id FROM mission WHERE slug = 'sts-122')
  AND person_id = (SELECT id FROM person WHERE slug = 'leopold-eyharts')
  AND role = 'Flight Engineer';

INSERT INTO crew_seat_aud (id, rev, revtype, person_id, mission_id, landed_on_id, position, role, notes, unverified)
SELECT s.id, r.id, 1, s.person_id, s.mission_id, s.landed_on_id, s.position, s.role, s.notes, s.unverified
FROM crew_seat s, audit_revision r
WHERE r.kind = 'v13-correction'
  AND s.mission_id = (SELECT id FROM mission WHERE slug = 'sts-122')
  AND s.person_id = (SELECT id FROM person WHERE slug = 'leopold-eyharts');

UPDATE audit_revision SET kind = NULL WHERE kind = 'v13-correction';
