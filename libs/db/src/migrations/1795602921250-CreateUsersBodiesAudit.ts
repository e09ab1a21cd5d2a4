import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsersBodiesAudit1795602921250 implements MigrationInterface {
  name = 'CreateUsersBodiesAudit1795602921250';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("seq" bigint NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "action" character varying(64) NOT NULL, "entity_type" character varying(64) NOT NULL, "entity_id" character varying(64) NOT NULL, "before" jsonb, "after" jsonb, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_6e299f5706e715265416fefe53e" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_events_entity" ON "audit_events"  ("entity_type", "entity_id") `);
    await queryRunner.query(
      `CREATE TABLE "bodies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(64) NOT NULL, "name" character varying(255) NOT NULL, "categories" jsonb NOT NULL, "meetings_per_year" smallint NOT NULL, "notice_days" smallint NOT NULL, "quorum" jsonb NOT NULL, "default_majority" character varying(16) NOT NULL, "chair_has_casting_vote" boolean NOT NULL, "max_proxies_per_member" smallint NOT NULL, "term_years" smallint NOT NULL, "max_renewals" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_efc66684e75152471d119b6e5a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_bodies_slug" ON "bodies"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "password_hash" character varying(255) NOT NULL, "role" character varying(32) NOT NULL, "person_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email" ON "users"  ("email") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_users_email"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."uq_bodies_slug"`);
    await queryRunner.query(`DROP TABLE "bodies"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_entity"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
