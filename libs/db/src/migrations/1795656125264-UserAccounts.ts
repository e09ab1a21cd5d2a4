import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a login needs to be managed: a token version (raised to revoke every token issued before),
 * when it was disabled, the user's language, and the secret of their calendar feed.
 */
export class UserAccounts1795656125264 implements MigrationInterface {
  name = 'UserAccounts1795656125264';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "token_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "disabled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "language" character varying(2) NOT NULL DEFAULT 'fr'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "calendar_feed_token" character varying(64)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_users_calendar_feed_token" ON "users"  ("calendar_feed_token") WHERE calendar_feed_token IS NOT NULL`,
    );
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
  }
}
