import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One source of truth for a person's e-mail choices: their login. `users.language` (the account page's
 * switch) already existed beside `notification_preferences.language`; both choices now live on `users`,
 * the person's choices copied to each of their logins, and `notification_preferences` is dropped.
 * Also: `notifications.possible_duplicate`, set when a send cut off mid-way is tried again.
 */
export class NotificationPreferencesOnUsers1795668969923 implements MigrationInterface {
  name = 'NotificationPreferencesOnUsers1795668969923';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "opt_out_non_essential" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "possible_duplicate" boolean NOT NULL DEFAULT false`);
    // The later of the two choices of language wins; the opt-out existed only in the preferences.
    await queryRunner.query(
      `UPDATE "users" u SET "opt_out_non_essential" = p."opt_out_non_essential",
         "language" = CASE WHEN p."updated_at" > u."updated_at" THEN p."language" ELSE u."language" END
       FROM "notification_preferences" p WHERE p."person_id" = u."person_id"`,
    );
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("person_id" uuid NOT NULL, "language" character varying(2) NOT NULL DEFAULT 'fr', "opt_out_non_essential" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_57d4eb7d38306aef3208185725e" PRIMARY KEY ("person_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "notification_preferences" ("person_id", "language", "opt_out_non_essential")
       SELECT DISTINCT ON ("person_id") "person_id", "language", "opt_out_non_essential" FROM "users"
       WHERE "person_id" IS NOT NULL ORDER BY "person_id", "updated_at" DESC`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "possible_duplicate"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "opt_out_non_essential"`);
  }
}
