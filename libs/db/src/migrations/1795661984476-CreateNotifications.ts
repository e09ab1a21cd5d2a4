import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notifications (one row per event × recipient, unique by idempotency key, with its delivery
 * state) and each person's e-mail preferences (language, opting out of non-essential messages).
 */
export class CreateNotifications1795661984476 implements MigrationInterface {
  name = 'CreateNotifications1795661984476';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idempotency_key" character varying(200) NOT NULL, "kind" character varying(32) NOT NULL, "meeting_id" uuid, "person_id" uuid, "recipient_name" character varying(200) NOT NULL, "email" character varying(320) NOT NULL, "language" character varying(2) NOT NULL, "content" jsonb NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "attempts" smallint NOT NULL DEFAULT '0', "error" character varying(1000), "message_id" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_notifications_idempotency_key" UNIQUE ("idempotency_key"), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_meeting" ON "notifications"  ("meeting_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("person_id" uuid NOT NULL, "language" character varying(2) NOT NULL DEFAULT 'fr', "opt_out_non_essential" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_57d4eb7d38306aef3208185725e" PRIMARY KEY ("person_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_meeting"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
