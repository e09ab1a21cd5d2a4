import { CHOICES, Choice, Counts } from '@quorum/domain';
import { EntityManager } from 'typeorm';
import { SecretChoiceEntity } from '../entities/secret-choice.entity';

/**
 * The choices of secret polls, which name no one. Nothing here reads or writes a member: the
 * repository has no way to link a choice to a participation, by design.
 */
export class SecretChoicesRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(pollId: string, choice: Choice): Promise<void> {
    await this.manager.getRepository(SecretChoiceEntity).insert({ pollId, choice });
  }

  async counts(pollId: string): Promise<Counts> {
    const rows: { choice: Choice; n: number }[] = await this.manager.query(
      'SELECT choice, count(*)::int AS n FROM secret_choices WHERE poll_id = $1 GROUP BY choice',
      [pollId],
    );
    const counts: Counts = { yes: 0, no: 0, abstain: 0 };
    for (const row of rows) counts[row.choice] = row.n;
    return counts;
  }

  /**
   * Rewrites every choice of the poll in one statement, grouped by choice with fresh random ids, so
   * that the rows' ids, `xmin` (the closing transaction's, for all of them) and `ctid` order derive
   * from the counts alone, never from who cast what, when, or in which transaction.
   */
  async rewriteInOneBatch(pollId: string): Promise<void> {
    await this.manager.query(
      `WITH cast_choices AS (DELETE FROM secret_choices WHERE poll_id = $1 RETURNING choice)
       INSERT INTO secret_choices (id, poll_id, choice)
       SELECT gen_random_uuid(), $1, choice FROM cast_choices
        ORDER BY array_position($2::varchar[], choice::varchar)`,
      [pollId, CHOICES],
    );
  }

  /**
   * Reclaims the space of the rows the rewrite deleted, so that their old versions (with the
   * casting transactions' `xmin`) do not linger in the table's pages. Runs outside any transaction.
   */
  async vacuum(): Promise<void> {
    await this.manager.query('VACUUM secret_choices');
  }
}
