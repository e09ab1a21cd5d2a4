import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GRAM exists on every fresh database: 10 association, 5 researcher, 5 administration seats,
 * four meetings a year, five days' notice (décret 2006-672), quorum at half the sitting members
 * present, remote or represented, simple majority with the chair's casting vote, one proxy per
 * member, four-year terms renewable once. Values are written out: a migration never changes.
 */
export class SeedGramBody1795602921251 implements MigrationInterface {
  name = 'SeedGramBody1795602921251';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const categories = [
      { code: 'association', label: 'Représentants des associations de malades', seats: 10 },
      { code: 'researcher', label: 'Chercheurs', seats: 5 },
      { code: 'administration', label: "Représentants de l'administration de l'Inserm", seats: 5 },
    ];
    const quorum = {
      base: 'sitting_members',
      numerator: 1,
      denominator: 2,
      countProxies: true,
      minimumPerCategory: {},
    };
    await queryRunner.query(
      `INSERT INTO "bodies" ("slug", "name", "categories", "meetings_per_year", "notice_days", "quorum",
         "default_majority", "chair_has_casting_vote", "max_proxies_per_member", "term_years", "max_renewals")
       VALUES ($1, $2, $3, 4, 5, $4, 'simple', true, 1, 4, 1)
       ON CONFLICT ("slug") DO NOTHING`,
      [
        'gram',
        'GRAM — Groupe de réflexion avec les associations de malades',
        JSON.stringify(categories),
        JSON.stringify(quorum),
      ],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "bodies" WHERE "slug" = 'gram'`);
  }
}
