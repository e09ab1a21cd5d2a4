import { Client } from 'pg';
import { call } from './processes';

export const SECRETARIAT = { email: 'secretariat@bench.local', password: 'bench-secretariat' };

/** What the load runs address: GRAM, its first meeting, and the mandates whose attendance is rewritten. */
export interface SmallSeed {
  token: string;
  gramId: string;
  meetingId: string;
  writeTargets: string[];
}

const SEATS: [category: string, count: number][] = [
  ['association', 10],
  ['researcher', 5],
  ['administration', 5],
];

/**
 * GRAM as a secretariat would set it up, through Quorum's own API: 20 mandates, the four ordinary
 * meetings of 2027, a published agenda changed since, and the attendance of the first meeting.
 */
export async function seedGram(quorum: string, admin: { email: string; password: string }): Promise<SmallSeed> {
  const adminToken = (await call(quorum, 'POST', '/auth/login', null, admin)).json.accessToken as string;
  await call(quorum, 'POST', '/users', adminToken, { ...SECRETARIAT, role: 'secretariat' });
  const token = (await call(quorum, 'POST', '/auth/login', null, SECRETARIAT)).json.accessToken as string;
  const bodies = (await call<{ id: string; slug: string }[]>(quorum, 'GET', '/bodies', token)).json;
  const gramId = bodies.find((b) => b.slug === 'gram')!.id;

  const mandates: string[] = [];
  for (const [category, count] of SEATS) {
    for (let n = 1; n <= count; n += 1) {
      const person = await call(quorum, 'POST', '/people', token, {
        fullName: `Membre ${category} ${String(n).padStart(2, '0')}`,
        email: `${category}.${n}@bench.local`,
        organisation:
          category === 'association' ? `Association ${n}` : category === 'researcher' ? 'Inserm U1234' : 'DG',
      });
      const role =
        n === 1 && category === 'association'
          ? 'chair'
          : n === 1 && category === 'researcher'
            ? 'vice_chair'
            : 'member';
      const mandate = await call(quorum, 'POST', `/bodies/${gramId}/memberships`, token, {
        personId: person.json.id,
        category,
        role,
        startDate: '2025-01-01',
      });
      mandates.push(mandate.json.id as string);
    }
  }

  const schedule = await call(quorum, 'POST', `/bodies/${gramId}/meetings/schedule`, token, { year: 2027 });
  const meetingId = schedule.json.meetings[0].id as string;
  const kinds = ['information', 'discussion', 'decision'];
  for (let n = 1; n <= 6; n += 1) {
    await call(quorum, 'POST', `/meetings/${meetingId}/agenda/items`, token, {
      title: `Point ${n} : partenariat avec les associations, volet ${n}`,
      kind: kinds[n % 3],
      description: `Présentation et échanges sur le volet ${n}.`,
      presenter: `Intervenant ${n}`,
      durationMinutes: 15 + n,
      documents:
        n % 2 ? [{ name: `note-${n}.pdf`, type: 'application/pdf', size: 1000 * n, sha256: 'a'.repeat(64) }] : [],
    });
  }
  await call(quorum, 'POST', `/meetings/${meetingId}/agenda/publish`, token, {});
  await call(quorum, 'POST', `/meetings/${meetingId}/agenda/items`, token, {
    title: 'Questions diverses',
    kind: 'information',
  });

  // 14 present, 2 remote, 2 excused giving a proxy, 1 absent, 1 not recorded yet.
  const put = (membershipId: string, status: string, proxyHolderMembershipId?: string) =>
    call(quorum, 'PUT', `/meetings/${meetingId}/attendance/${membershipId}`, token, {
      status,
      ...(proxyHolderMembershipId ? { proxyHolderMembershipId } : {}),
    });
  for (const id of mandates.slice(0, 14)) await put(id, 'present');
  for (const id of mandates.slice(14, 16)) await put(id, 'remote');
  await put(mandates[16], 'excused', mandates[0]);
  await put(mandates[17], 'excused', mandates[10]);
  await put(mandates[18], 'absent');
  // The writes flip these between present and remote: neither holds a proxy, so every flip is allowed.
  return { token, gramId, meetingId, writeTargets: [mandates[2], mandates[3], mandates[11], mandates[19]] };
}

/**
 * A second body with GRAM's rules and 100× its data, written in SQL for speed: 2,000 mandates (a
 * century of one-year mandates, each person renewed once) and 1,000 meetings (ten a year).
 */
export async function seedHistory(databaseUrl: string): Promise<string> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('BEGIN');
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO bodies (slug, name, categories, meetings_per_year, notice_days, quorum, default_majority,
                           chair_has_casting_vote, max_proxies_per_member, term_years, max_renewals, meeting_slot)
       SELECT 'history', 'Instance centenaire', categories, meetings_per_year, notice_days, quorum, default_majority,
              chair_has_casting_vote, max_proxies_per_member, term_years, max_renewals, meeting_slot
         FROM bodies WHERE slug = 'gram' RETURNING id`,
    );
    const bodyId = rows[0].id;
    // Seat s (1..20) of generation g (0..49) is one person holding two one-year mandates in a row.
    await db.query(
      `WITH seats AS (
         SELECT s, CASE WHEN s <= 10 THEN 'association' WHEN s <= 15 THEN 'researcher' ELSE 'administration' END AS category,
                CASE s WHEN 1 THEN 'chair' WHEN 11 THEN 'vice_chair' ELSE 'member' END AS role
           FROM generate_series(1, 20) s),
       persons AS (
         INSERT INTO people (full_name, organisation)
         SELECT format('Ancien membre %s-%s', g, s), format('Organisation %s', s)
           FROM generate_series(0, 49) g, seats
         RETURNING id, full_name)
       INSERT INTO memberships (body_id, person_id, category, role, start_date, end_date)
       SELECT $1, p.id, seats.category, seats.role,
              make_date(1927 + 2 * g + t, 1, 1), make_date(1927 + 2 * g + t, 12, 31)
         FROM generate_series(0, 49) g CROSS JOIN seats CROSS JOIN generate_series(0, 1) t
         JOIN persons p ON p.full_name = format('Ancien membre %s-%s', g, seats.s)`,
      [bodyId],
    );
    // Four ordinary meetings and six extraordinary ones a year, 1927-2026; the past ones closed.
    await db.query(
      `INSERT INTO meetings (body_id, kind, title, quarter, starts_at, duration_minutes, location, status, quorum_required, sequence)
       SELECT $1, CASE WHEN n < 4 THEN 'ordinary' ELSE 'extraordinary' END,
              format('Séance %s de %s', n + 1, y), format('%s-Q%s', y, n % 4 + 1),
              make_timestamptz(y, (n % 4) * 3 + 1 + n / 4, 10, 14, 0, 0, 'Europe/Paris'), 180, 'Paris',
              CASE WHEN y < 2026 THEN 'closed' ELSE 'planned' END, true, 0
         FROM generate_series(1927, 2026) y, generate_series(0, 9) n`,
      [bodyId],
    );
    await db.query('COMMIT');
    await db.query('ANALYZE');
    return bodyId;
  } finally {
    await db.end();
  }
}
