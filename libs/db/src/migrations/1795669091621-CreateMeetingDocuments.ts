import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMeetingDocuments1795669091621 implements MigrationInterface {
  name = 'CreateMeetingDocuments1795669091621';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meeting_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "name" character varying(255) NOT NULL, "title" character varying(300), "media_type" character varying(127) NOT NULL, "size" bigint NOT NULL, "sha256" character(64) NOT NULL, "uploaded_by" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_87263cf3c23670926615b91ceb6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_meeting_documents_sha256" ON "meeting_documents"  ("sha256") `);
    await queryRunner.query(`CREATE INDEX "ix_meeting_documents_meeting" ON "meeting_documents"  ("meeting_id") `);
    await queryRunner.query(
      `ALTER TABLE "meeting_documents" ADD CONSTRAINT "fk_meeting_documents_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_documents" DROP CONSTRAINT "fk_meeting_documents_meeting"`);
    await queryRunner.query(`DROP INDEX "public"."ix_meeting_documents_meeting"`);
    await queryRunner.query(`DROP INDEX "public"."ix_meeting_documents_sha256"`);
    await queryRunner.query(`DROP TABLE "meeting_documents"`);
  }
}
