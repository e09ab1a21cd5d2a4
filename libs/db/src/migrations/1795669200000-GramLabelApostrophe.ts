import { MigrationInterface, QueryRunner } from 'typeorm';

const STRAIGHT = "Représentants de l'administration de l'Inserm";
const TYPOGRAPHIC = 'Représentants de l’administration de l’Inserm';

/**
 * GRAM's third category was seeded with straight apostrophes, which every page showed as typed; French
 * is written with the typographic one. Only the label as seeded changes: one an admin rewrote stays.
 */
export class GramLabelApostrophe1795669200000 implements MigrationInterface {
  name = 'GramLabelApostrophe1795669200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await relabel(queryRunner, STRAIGHT, TYPOGRAPHIC);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await relabel(queryRunner, TYPOGRAPHIC, STRAIGHT);
  }
}

function relabel(queryRunner: QueryRunner, from: string, to: string): Promise<unknown> {
  return queryRunner.query(
    `UPDATE "bodies" SET "categories" = (
       SELECT jsonb_agg(CASE WHEN c->>'label' = $1 THEN jsonb_set(c, '{label}', to_jsonb($2::text)) ELSE c END ORDER BY i)
       FROM jsonb_array_elements("categories") WITH ORDINALITY AS t(c, i))
     WHERE "slug" = 'gram' AND "categories" @> jsonb_build_array(jsonb_build_object('label', $1::text))`,
    [from, to],
  );
}
