import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The database's backstop for the mandate rules: an end on or after the start, a known role, no
 * two overlapping mandates of one person in one body, one chair and one vice-chair at a time.
 * Exclusion constraints on (uuid, daterange) need btree_gist, a trusted extension since PostgreSQL 13.
 */
export class MembershipConstraints1795603903501 implements MigrationInterface {
  name = 'MembershipConstraints1795603903501';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "ck_memberships_role" CHECK ("role" IN ('chair', 'vice_chair', 'member'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "ck_memberships_period" CHECK ("end_date" IS NULL OR "end_date" >= "start_date")`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "ex_memberships_office_period" EXCLUDE USING gist ("body_id" WITH =, "role" WITH =, daterange("start_date", "end_date", '[]') WITH &&) WHERE ("role" <> 'member')`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "ex_memberships_person_period" EXCLUDE USING gist ("body_id" WITH =, "person_id" WITH =, daterange("start_date", "end_date", '[]') WITH &&)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "ex_memberships_person_period"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "ex_memberships_office_period"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "ck_memberships_period"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "ck_memberships_role"`);
    // btree_gist stays: other tables may come to rely on it.
  }
}
