-- The change history's first revision: every audited row as the data was first loaded (kind
-- 'loaded', by 'system'), so the first change to a seeded row has a "before" and an earlier state
-- can be read back whole. Run once by db.migration.AuditBaseline on a database that holds history.
-- Lists the columns as of V8: a later column added to an audited table starts its history empty.

INSERT INTO audit_revision (at, username, kind) VALUES (CURRENT_TIMESTAMP, 'system', 'loaded');

INSERT INTO vehicle_aud (id, rev, revtype, slug, name, country, operator, crew_seats, retired_at, retired_precision,
                         notes, notes_ro)
SELECT v.id, r.id, 0, v.slug, v.name, v.country, v.operator, v.crew_seats, v.retired_at, v.retired_precision,
       v.notes, v.notes_ro
FROM vehicle v, audit_revision r WHERE r.kind = 'loaded';

INSERT INTO vehicle_source_aud (rev, revtype, vehicle_id, position, url)
SELECT r.id, 0, s.vehicle_id, s.position, s.url FROM vehicle_source s, audit_revision r WHERE r.kind = 'loaded';

INSERT INTO mission_aud (id, rev, revtype, slug, designation, vehicle_id, variant, spacecraft_id, operator,
                         launch_at, launch_precision, docking_at, docking_precision, undocking_at, undocking_precision,
                         landing_at, landing_precision, launch_site, outcome, summary, notes, unverified)
SELECT m.id, r.id, 0, m.slug, m.designation, m.vehicle_id, m.variant, m.spacecraft_id, m.operator,
       m.launch_at, m.launch_precision, m.docking_at, m.docking_precision, m.undocking_at, m.undocking_precision,
       m.landing_at, m.landing_precision, m.launch_site, m.outcome, m.summary, m.notes, m.unverified
FROM mission m, audit_revision r WHERE r.kind = 'loaded';

INSERT INTO mission_source_aud (rev, revtype, mission_id, position, url)
SELECT r.id, 0, s.mission_id, s.position, s.url FROM mission_source s, audit_revision r WHERE r.kind = 'loaded';

INSERT INTO mission_expedition_aud (rev, revtype, mission_id, number)
SELECT r.id, 0, e.mission_id, e.number FROM mission_expedition e, audit_revision r WHERE r.kind = 'loaded';

INSERT INTO person_aud (id, rev, revtype, slug, name, full_name, nationality, agency, wikipedia)
SELECT p.id, r.id, 0, p.slug, p.name, p.full_name, p.nationality, p.agency, p.wikipedia
FROM person p, audit_revision r WHERE r.kind = 'loaded';

INSERT INTO person_alternative_name_aud (rev, revtype, person_id, position, name, kind, folded, source)
SELECT r.id, 0, a.person_id, a.position, a.name, a.kind, a.folded, a.source
FROM person_alternative_name a, audit_revision r WHERE r.kind = 'loaded';

INSERT INTO crew_seat_aud (id, rev, revtype, person_id, mission_id, landed_on_id, position, role, notes, unverified)
SELECT c.id, r.id, 0, c.person_id, c.mission_id, c.landed_on_id, c.position, c.role, c.notes, c.unverified
FROM crew_seat c, audit_revision r WHERE r.kind = 'loaded';

INSERT INTO crew_seat_expedition_aud (rev, revtype, crew_seat_id, number)
SELECT r.id, 0, e.crew_seat_id, e.number FROM crew_seat_expedition e, audit_revision r WHERE r.kind = 'loaded';

INSERT INTO stand_down_aud (id, rev, revtype, vehicle_id, from_at, from_precision, to_at, to_precision, reason,
                            reason_ro)
SELECT d.id, r.id, 0, d.vehicle_id, d.from_at, d.from_precision, d.to_at, d.to_precision, d.reason, d.reason_ro
FROM stand_down d, audit_revision r WHERE r.kind = 'loaded';

INSERT INTO stand_down_source_aud (rev, revtype, stand_down_id, position, url)
SELECT r.id, 0, s.stand_down_id, s.position, s.url FROM stand_down_source s, audit_revision r WHERE r.kind = 'loaded';
