import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMeetingsAgendasAttendance1795603809640 implements MigrationInterface {
  name = 'CreateMeetingsAgendasAttendance1795603809640';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "title" character varying(200) NOT NULL, "quarter" character varying(7) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" smallint NOT NULL, "location" character varying(300), "video_url" character varying(500), "status" character varying(16) NOT NULL, "urgent_reason" character varying(1000), "convened_at" TIMESTAMP WITH TIME ZONE, "convened_agenda_version" integer, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "quorum_at_close" jsonb, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" character varying(1000), "quorum_required" boolean NOT NULL DEFAULT true, "reconvened_from_id" uuid, "sequence" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_meetings_reconvened_from" ON "meetings"  ("reconvened_from_id") WHERE reconvened_from_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_meetings_body_quarter_ordinary" ON "meetings"  ("body_id", "quarter") WHERE kind = 'ordinary'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_meetings_body_starts_at" ON "meetings"  ("body_id", "starts_at") `);
    await queryRunner.query(
      `CREATE TABLE "agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(300) NOT NULL, "kind" character varying(16) NOT NULL, "description" text, "presenter" character varying(200), "duration_minutes" smallint, "proposal_id" uuid, "documents" jsonb NOT NULL DEFAULT '[]', "standard" character varying(32), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_agenda_items_meeting_position" UNIQUE ("meeting_id", "position") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_agenda_items_meeting" ON "agenda_items"  ("meeting_id") `);
    await queryRunner.query(
      `CREATE TABLE "agenda_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "kind" character varying(16) NOT NULL, "description" text, "duration_minutes" smallint, "requested_by" uuid NOT NULL, "requested_by_person_id" uuid, "status" character varying(16) NOT NULL, "decline_reason" character varying(1000), "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "agenda_item_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0362403fd2c48d497bda296b3ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_agenda_requests_meeting" ON "agenda_requests"  ("meeting_id") `);
    await queryRunner.query(
      `CREATE TABLE "agenda_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "number" integer NOT NULL, "items" jsonb NOT NULL, "change_note" character varying(1000), "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_by" uuid NOT NULL, CONSTRAINT "uq_agenda_versions_meeting_number" UNIQUE ("meeting_id", "number"), CONSTRAINT "PK_2efa6bc44e470999a0e961a3084" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "attendances" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "proxy_holder_membership_id" uuid, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_attendances_meeting_membership" UNIQUE ("meeting_id", "membership_id"), CONSTRAINT "PK_483ed97cd4cd43ab4a117516b69" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attendances_proxy_holder" ON "attendances"  ("meeting_id", "proxy_holder_membership_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_guests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "full_name" character varying(200) NOT NULL, "organisation" character varying(200), "agenda_item_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2ecc3a5a3d1ddc461089cc73ad4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_meeting_guests_meeting" ON "meeting_guests"  ("meeting_id") `);
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "fk_meetings_body" FOREIGN KEY ("body_id") REFERENCES "bodies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "fk_meetings_reconvened_from" FOREIGN KEY ("reconvened_from_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "fk_agenda_items_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_requests" ADD CONSTRAINT "fk_agenda_requests_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_versions" ADD CONSTRAINT "fk_agenda_versions_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendances" ADD CONSTRAINT "fk_attendances_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendances" ADD CONSTRAINT "fk_attendances_membership" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendances" ADD CONSTRAINT "fk_attendances_proxy_holder" FOREIGN KEY ("proxy_holder_membership_id") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_guests" ADD CONSTRAINT "fk_meeting_guests_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_guests" DROP CONSTRAINT "fk_meeting_guests_meeting"`);
    await queryRunner.query(`ALTER TABLE "attendances" DROP CONSTRAINT "fk_attendances_proxy_holder"`);
    await queryRunner.query(`ALTER TABLE "attendances" DROP CONSTRAINT "fk_attendances_membership"`);
    await queryRunner.query(`ALTER TABLE "attendances" DROP CONSTRAINT "fk_attendances_meeting"`);
    await queryRunner.query(`ALTER TABLE "agenda_versions" DROP CONSTRAINT "fk_agenda_versions_meeting"`);
    await queryRunner.query(`ALTER TABLE "agenda_requests" DROP CONSTRAINT "fk_agenda_requests_meeting"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "fk_agenda_items_meeting"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "fk_meetings_reconvened_from"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "fk_meetings_body"`);
    await queryRunner.query(`DROP INDEX "public"."ix_meeting_guests_meeting"`);
    await queryRunner.query(`DROP TABLE "meeting_guests"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attendances_proxy_holder"`);
    await queryRunner.query(`DROP TABLE "attendances"`);
    await queryRunner.query(`DROP TABLE "agenda_versions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agenda_requests_meeting"`);
    await queryRunner.query(`DROP TABLE "agenda_requests"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agenda_items_meeting"`);
    await queryRunner.query(`DROP TABLE "agenda_items"`);
    await queryRunner.query(`DROP INDEX "public"."ix_meetings_body_starts_at"`);
    await queryRunner.query(`DROP INDEX "public"."uq_meetings_body_quarter_ordinary"`);
    await queryRunner.query(`DROP INDEX "public"."uq_meetings_reconvened_from"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
  }
}
