import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a login needs to be managed: a token version (raised to revoke every token issued before),
 * when it was disabled, the user's language, and the secret of their calendar feed (drawn by the
 * database for every user, existing ones included: gen_random_uuid is volatile, so each row gets its own).
 */
export class UserAccounts1795658819069 implements MigrationInterface {
  name = 'UserAccounts1795658819069';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // A function, so that the column default reads the same in the catalogue as in the entity.
    await queryRunner.query(
      `CREATE FUNCTION random_feed_token() RETURNS varchar LANGUAGE sql VOLATILE AS $$ SELECT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '') $$`,
    );
    await queryRunner.query(`ALTER TABLE "users" ADD "token_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "disabled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "language" character varying(2) NOT NULL DEFAULT 'fr'`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD "calendar_feed_token" character varying(64) NOT NULL DEFAULT random_feed_token()`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_calendar_feed_token" ON "users"  ("calendar_feed_token") `);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "ck_users_language" CHECK ("language" IN ('fr', 'en'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_language"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_calendar_feed_token"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "calendar_feed_token"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "language"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "disabled_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "token_version"`);
    await queryRunner.query(`DROP FUNCTION random_feed_token()`);
  }
}
