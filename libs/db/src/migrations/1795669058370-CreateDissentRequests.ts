import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDissentRequests1795669058370 implements MigrationInterface {
  name = 'CreateDissentRequests1795669058370';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "dissent_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "text" character varying(2000) NOT NULL, "status" character varying(16) NOT NULL, "decline_reason" character varying(1000), "requested_by" uuid NOT NULL, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_dissent_requests_status" CHECK ("status" IN ('pending', 'accepted', 'declined')), CONSTRAINT "PK_b3a82ced7b659456a3c7c5eb2c5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_dissent_requests_meeting" ON "dissent_requests"  ("meeting_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "dissent_requests" ADD CONSTRAINT "fk_dissent_requests_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dissent_requests" ADD CONSTRAINT "fk_dissent_requests_agenda_item" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dissent_requests" ADD CONSTRAINT "fk_dissent_requests_membership" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dissent_requests" DROP CONSTRAINT "fk_dissent_requests_membership"`);
    await queryRunner.query(`ALTER TABLE "dissent_requests" DROP CONSTRAINT "fk_dissent_requests_agenda_item"`);
    await queryRunner.query(`ALTER TABLE "dissent_requests" DROP CONSTRAINT "fk_dissent_requests_meeting"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dissent_requests_meeting"`);
    await queryRunner.query(`DROP TABLE "dissent_requests"`);
  }
}
