import { addDays } from '@quorum/domain';
import { today } from '../harness/today';
import type { TestApp } from '../harness/test-app';

const STATUSES = ['transmitted', 'under_review', 'accepted', 'partially_accepted', 'rejected', 'implemented'];
const DAY_MS = 86_400_000;

/**
 * Thirty recommendations of one body written straight into the database, transmitted over 2024
 * (14) and 2025 (16): five of each status after transmission; recommendation i was answered i + 1
 * days after it went; two in three are due ten days ago, the others in ten days; the accents of
 * their titles must survive every export. Returns the ids in order.
 */
export async function thirtyRecommendations(t: TestApp, bodyId: string): Promise<string[]> {
  const [{ id: adminId }] = await t.sql<{ id: string }>(`SELECT id FROM users WHERE role = 'admin' LIMIT 1`);
  const ids: string[] = [];
  for (let i = 0; i < 30; i++) {
    const title = `Recommandation n° ${i} : « égalité d’accès »`;
    const [proposal] = await t.sql<{ id: string }>(
      `INSERT INTO proposals (body_id, title, text, version, status, author_membership_ids, created_by, decided_at)
       VALUES ($1, $2, 'Texte adopté', 1, 'adopted', '{}', $3, now()) RETURNING id`,
      [bodyId, title, adminId],
    );
    const status = STATUSES[i % 6];
    const transmittedAt = new Date(Date.UTC(i < 14 ? 2024 : 2025, 2, 1 + i, 9));
    const answeredAt = status === 'transmitted' ? null : new Date(transmittedAt.getTime() + (i + 1) * DAY_MS);
    const dueDate = status === 'transmitted' ? null : addDays(today(), i % 3 !== 0 ? -10 : 10);
    const owner = status === 'transmitted' ? null : i % 2 === 0 ? 'Département des partenariats' : 'Direction générale';
    const [row] = await t.sql<{ id: string }>(
      `INSERT INTO recommendations (body_id, proposal_id, title, text, status, owner, due_date, transmitted_at, first_answered_at, created_at)
       VALUES ($1, $2, $3, 'Texte adopté', $4, $5, $6, $7, $8, $7) RETURNING id`,
      [bodyId, proposal.id, title, status, owner, dueDate, transmittedAt, answeredAt],
    );
    await t.sql(
      `INSERT INTO recommendation_responses (recommendation_id, status, text, owner, due_date, by, at)
       VALUES ($1, 'transmitted', '', NULL, NULL, $2, $3)`,
      [row.id, adminId, transmittedAt],
    );
    if (answeredAt) {
      await t.sql(
        `INSERT INTO recommendation_responses (recommendation_id, status, text, owner, due_date, by, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          row.id,
          status,
          `Réponse n° ${i} ; « guillemets », virgule, et\nretour à la ligne`,
          owner,
          dueDate,
          adminId,
          answeredAt,
        ],
      );
    }
    ids.push(row.id);
  }
  return ids;
}
