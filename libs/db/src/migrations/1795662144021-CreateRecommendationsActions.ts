import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRecommendationsActions1795662144021 implements MigrationInterface {
  name = 'CreateRecommendationsActions1795662144021';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "recommendations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "proposal_id" uuid NOT NULL, "meeting_id" uuid, "poll_id" uuid, "title" character varying(300) NOT NULL, "text" text NOT NULL, "status" character varying(24) NOT NULL, "owner" character varying(200), "due_date" date, "transmitted_at" TIMESTAMP WITH TIME ZONE, "first_answered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_recommendations_proposal" UNIQUE ("proposal_id"), CONSTRAINT "ck_recommendations_status" CHECK ("status" IN ('adopted', 'transmitted', 'under_review', 'accepted', 'partially_accepted', 'rejected', 'implemented')), CONSTRAINT "PK_23a8d2db26db8cabb6ae9d6cd87" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_recommendations_body_status" ON "recommendations"  ("body_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "recommendation_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recommendation_id" uuid NOT NULL, "status" character varying(24) NOT NULL, "text" text NOT NULL, "owner" character varying(200), "due_date" date, "by" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d01d396af6db67606186110c43d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_recommendation_responses_recommendation" ON "recommendation_responses"  ("recommendation_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "title" character varying(500) NOT NULL, "assignee" character varying(200) NOT NULL, "due_date" date, "status" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_actions_status" CHECK ("status" IN ('open', 'in_progress', 'done', 'cancelled')), CONSTRAINT "PK_7bfb822f56be449c0b8adbf83cf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_actions_due" ON "actions"  ("status", "due_date") `);
    await queryRunner.query(`CREATE INDEX "ix_actions_meeting" ON "actions"  ("meeting_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "recommendations" ADD CONSTRAINT "fk_recommendations_body" FOREIGN KEY ("body_id") REFERENCES "bodies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendations" ADD CONSTRAINT "fk_recommendations_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendations" ADD CONSTRAINT "fk_recommendations_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendations" ADD CONSTRAINT "fk_recommendations_poll" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendation_responses" ADD CONSTRAINT "fk_recommendation_responses_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendation_responses" ADD CONSTRAINT "fk_recommendation_responses_by" FOREIGN KEY ("by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "fk_actions_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "fk_actions_meeting"`);
    await queryRunner.query(`ALTER TABLE "recommendation_responses" DROP CONSTRAINT "fk_recommendation_responses_by"`);
    await queryRunner.query(
      `ALTER TABLE "recommendation_responses" DROP CONSTRAINT "fk_recommendation_responses_recommendation"`,
    );
    await queryRunner.query(`ALTER TABLE "recommendations" DROP CONSTRAINT "fk_recommendations_poll"`);
    await queryRunner.query(`ALTER TABLE "recommendations" DROP CONSTRAINT "fk_recommendations_meeting"`);
    await queryRunner.query(`ALTER TABLE "recommendations" DROP CONSTRAINT "fk_recommendations_proposal"`);
    await queryRunner.query(`ALTER TABLE "recommendations" DROP CONSTRAINT "fk_recommendations_body"`);
    await queryRunner.query(`DROP INDEX "public"."ix_actions_meeting"`);
    await queryRunner.query(`DROP INDEX "public"."ix_actions_due"`);
    await queryRunner.query(`DROP TABLE "actions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_recommendation_responses_recommendation"`);
    await queryRunner.query(`DROP TABLE "recommendation_responses"`);
    await queryRunner.query(`DROP INDEX "public"."ix_recommendations_body_status"`);
    await queryRunner.query(`DROP TABLE "recommendations"`);
  }
}
