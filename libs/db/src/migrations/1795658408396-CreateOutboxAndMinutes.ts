import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox (jobs written with the change that asks for them) and the minutes:
 * the secretariat's draft, the rendered versions and the bytes of their PDFs.
 */
export class CreateOutboxAndMinutes1795658408396 implements MigrationInterface {
  name = 'CreateOutboxAndMinutes1795658408396';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "minutes_drafts" ("meeting_id" uuid NOT NULL, "language" character varying(2) NOT NULL, "opening" jsonb NOT NULL, "items" jsonb NOT NULL, "other_business" jsonb NOT NULL, "actions" jsonb NOT NULL, "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_74814ada7b34d7e80e44f3e133d" PRIMARY KEY ("meeting_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "minutes_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "number" integer NOT NULL, "language" character varying(2) NOT NULL, "status" character varying(16) NOT NULL, "draft" jsonb NOT NULL, "draft_sha256" character(64) NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "requested_by" uuid NOT NULL, "rendered_at" TIMESTAMP WITH TIME ZONE, "pages" integer, "sha256" character(64), "error" text, "approval" jsonb, "approved_pages" integer, "approved_sha256" character(64), CONSTRAINT "uq_minutes_versions_meeting_number" UNIQUE ("meeting_id", "number"), CONSTRAINT "PK_7a9a3e73923ffaddc370c83b869" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_minutes_versions_meeting_approved" ON "minutes_versions"  ("meeting_id") WHERE status = 'approved'`,
    );
    await queryRunner.query(
      `CREATE TABLE "minutes_pdfs" ("version_id" uuid NOT NULL, "copy" character varying(16) NOT NULL, "pdf" bytea NOT NULL, "pages" integer NOT NULL, "sha256" character(64) NOT NULL, "stored_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_04308ac396a23d94ebfb80b10de" PRIMARY KEY ("version_id", "copy"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox" ("id" BIGSERIAL NOT NULL, "queue" character varying(64) NOT NULL, "job_name" character varying(64) NOT NULL, "job_id" character varying(128) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_outbox_queue_job" UNIQUE ("queue", "job_id"), CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_outbox_unsent" ON "outbox"  ("id") WHERE sent_at IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "minutes_drafts" ADD CONSTRAINT "fk_minutes_drafts_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes_versions" ADD CONSTRAINT "fk_minutes_versions_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes_pdfs" ADD CONSTRAINT "fk_minutes_pdfs_version" FOREIGN KEY ("version_id") REFERENCES "minutes_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "minutes_pdfs" DROP CONSTRAINT "fk_minutes_pdfs_version"`);
    await queryRunner.query(`ALTER TABLE "minutes_versions" DROP CONSTRAINT "fk_minutes_versions_meeting"`);
    await queryRunner.query(`ALTER TABLE "minutes_drafts" DROP CONSTRAINT "fk_minutes_drafts_meeting"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_unsent"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
    await queryRunner.query(`DROP TABLE "minutes_pdfs"`);
    await queryRunner.query(`DROP INDEX "public"."uq_minutes_versions_meeting_approved"`);
    await queryRunner.query(`DROP TABLE "minutes_versions"`);
    await queryRunner.query(`DROP TABLE "minutes_drafts"`);
  }
}
