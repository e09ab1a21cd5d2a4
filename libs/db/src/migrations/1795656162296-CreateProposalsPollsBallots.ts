import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A closed poll never changes: its result, its ballots, who took part and the secret choices are
 * written once. The services never try; this trigger is the database's own backstop (written by
 * hand: TypeORM does not generate triggers). `UPDATE` of a ballot or a choice is refused even while
 * the poll is open (a cast ballot is final; the close rewrites choices by delete and insert).
 */
const FORBID_CHANGE_AFTER_CLOSE = `
CREATE FUNCTION forbid_change_after_poll_close() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row_poll uuid;
BEGIN
  IF TG_TABLE_NAME = 'polls' THEN
    IF OLD.status = 'closed' THEN
      RAISE EXCEPTION 'poll % is closed; its result never changes', OLD.id
        USING ERRCODE = 'check_violation', CONSTRAINT = 'tg_polls_closed_immutable';
    END IF;
  ELSE
    IF TG_OP = 'DELETE' THEN row_poll := OLD.poll_id; ELSE row_poll := NEW.poll_id; END IF;
    IF TG_OP = 'UPDATE' OR EXISTS (SELECT 1 FROM polls WHERE id = row_poll AND status = 'closed') THEN
      RAISE EXCEPTION 'the ballots of poll % never change once cast or closed', row_poll
        USING ERRCODE = 'check_violation', CONSTRAINT = 'tg_polls_closed_immutable';
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$`;

const GUARDED = ['ballots', 'poll_participations', 'secret_choices'];

export class CreateProposalsPollsBallots1795656162296 implements MigrationInterface {
  name = 'CreateProposalsPollsBallots1795656162296';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "parent_id" uuid, "title" character varying(300) NOT NULL, "text" text NOT NULL, "version" integer NOT NULL, "status" character varying(16) NOT NULL, "author_membership_ids" uuid array NOT NULL, "created_by" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_proposals_status" CHECK ("status" IN ('draft', 'submitted', 'adopted', 'rejected', 'withdrawn')), CONSTRAINT "PK_db524c8db8e126a38a2f16d8cac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_proposals_parent" ON "proposals"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "ix_proposals_body" ON "proposals"  ("body_id", "status") `);
    await queryRunner.query(
      `CREATE TABLE "proposal_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "version" integer NOT NULL, "title" character varying(300) NOT NULL, "text" text NOT NULL, "changed_by" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_proposal_versions_proposal_version" UNIQUE ("proposal_id", "version"), CONSTRAINT "PK_64c09e1dd58aebaa26ab09bb528" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "polls" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "proposal_id" uuid, "question" character varying(500) NOT NULL, "method" character varying(16) NOT NULL, "majority" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "quorum_at_open" jsonb, "quorum_at_close" jsonb, "result" jsonb, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_polls_result_when_closed" CHECK (("status" = 'closed') = ("result" IS NOT NULL)), CONSTRAINT "ck_polls_status" CHECK ("status" IN ('draft', 'open', 'closed')), CONSTRAINT "ck_polls_method" CHECK ("method" IN ('show_of_hands', 'roll_call', 'secret')), CONSTRAINT "PK_b9bbb8fc7b142553c518ddffbb6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_polls_proposal" ON "polls"  ("proposal_id") `);
    await queryRunner.query(`CREATE INDEX "ix_polls_agenda_item" ON "polls"  ("agenda_item_id") `);
    await queryRunner.query(`CREATE INDEX "ix_polls_meeting" ON "polls"  ("meeting_id") `);
    await queryRunner.query(
      `CREATE TABLE "ballots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "poll_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "proxy_holder_membership_id" uuid, "choice" character varying(8) NOT NULL, "entered_by" uuid NOT NULL, "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_ballots_poll_membership" UNIQUE ("poll_id", "membership_id"), CONSTRAINT "ck_ballots_choice" CHECK ("choice" IN ('yes', 'no', 'abstain')), CONSTRAINT "PK_1c29cf82a8045f839f8639634e9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "poll_participations" ("poll_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "proxy_holder_membership_id" uuid, CONSTRAINT "pk_poll_participations" PRIMARY KEY ("poll_id", "membership_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "secret_choices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "poll_id" uuid NOT NULL, "choice" character varying(8) NOT NULL, CONSTRAINT "ck_secret_choices_choice" CHECK ("choice" IN ('yes', 'no', 'abstain')), CONSTRAINT "PK_0d7f621e49450725a6f26f6b7f5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_secret_choices_poll" ON "secret_choices"  ("poll_id") `);
    await queryRunner.query(
      `CREATE TABLE "recusals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agenda_item_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "reason" character varying(1000) NOT NULL, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_recusals_item_membership" UNIQUE ("agenda_item_id", "membership_id"), CONSTRAINT "PK_662af0380160102d0a456b152ec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposals" ADD CONSTRAINT "fk_proposals_body" FOREIGN KEY ("body_id") REFERENCES "bodies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposals" ADD CONSTRAINT "fk_proposals_parent" FOREIGN KEY ("parent_id") REFERENCES "proposals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_versions" ADD CONSTRAINT "fk_proposal_versions_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "polls" ADD CONSTRAINT "fk_polls_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "polls" ADD CONSTRAINT "fk_polls_agenda_item" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "polls" ADD CONSTRAINT "fk_polls_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballots" ADD CONSTRAINT "fk_ballots_poll" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballots" ADD CONSTRAINT "fk_ballots_membership" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballots" ADD CONSTRAINT "fk_ballots_proxy_holder" FOREIGN KEY ("proxy_holder_membership_id") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "poll_participations" ADD CONSTRAINT "fk_poll_participations_poll" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "poll_participations" ADD CONSTRAINT "fk_poll_participations_membership" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "secret_choices" ADD CONSTRAINT "fk_secret_choices_poll" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recusals" ADD CONSTRAINT "fk_recusals_agenda_item" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recusals" ADD CONSTRAINT "fk_recusals_membership" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(FORBID_CHANGE_AFTER_CLOSE);
    await queryRunner.query(
      `CREATE TRIGGER tg_polls_closed_immutable BEFORE UPDATE OR DELETE ON "polls" FOR EACH ROW EXECUTE FUNCTION forbid_change_after_poll_close()`,
    );
    for (const table of GUARDED) {
      await queryRunner.query(
        `CREATE TRIGGER tg_${table}_closed_immutable BEFORE INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION forbid_change_after_poll_close()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of GUARDED) await queryRunner.query(`DROP TRIGGER tg_${table}_closed_immutable ON "${table}"`);
    await queryRunner.query(`DROP TRIGGER tg_polls_closed_immutable ON "polls"`);
    await queryRunner.query(`DROP FUNCTION forbid_change_after_poll_close()`);
    await queryRunner.query(`ALTER TABLE "recusals" DROP CONSTRAINT "fk_recusals_membership"`);
    await queryRunner.query(`ALTER TABLE "recusals" DROP CONSTRAINT "fk_recusals_agenda_item"`);
    await queryRunner.query(`ALTER TABLE "secret_choices" DROP CONSTRAINT "fk_secret_choices_poll"`);
    await queryRunner.query(`ALTER TABLE "poll_participations" DROP CONSTRAINT "fk_poll_participations_membership"`);
    await queryRunner.query(`ALTER TABLE "poll_participations" DROP CONSTRAINT "fk_poll_participations_poll"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "fk_ballots_proxy_holder"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "fk_ballots_membership"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "fk_ballots_poll"`);
    await queryRunner.query(`ALTER TABLE "polls" DROP CONSTRAINT "fk_polls_proposal"`);
    await queryRunner.query(`ALTER TABLE "polls" DROP CONSTRAINT "fk_polls_agenda_item"`);
    await queryRunner.query(`ALTER TABLE "polls" DROP CONSTRAINT "fk_polls_meeting"`);
    await queryRunner.query(`ALTER TABLE "proposal_versions" DROP CONSTRAINT "fk_proposal_versions_proposal"`);
    await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "fk_proposals_parent"`);
    await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "fk_proposals_body"`);
    await queryRunner.query(`DROP TABLE "recusals"`);
    await queryRunner.query(`DROP INDEX "public"."ix_secret_choices_poll"`);
    await queryRunner.query(`DROP TABLE "secret_choices"`);
    await queryRunner.query(`DROP TABLE "poll_participations"`);
    await queryRunner.query(`DROP TABLE "ballots"`);
    await queryRunner.query(`DROP INDEX "public"."ix_polls_meeting"`);
    await queryRunner.query(`DROP INDEX "public"."ix_polls_agenda_item"`);
    await queryRunner.query(`DROP INDEX "public"."ix_polls_proposal"`);
    await queryRunner.query(`DROP TABLE "polls"`);
    await queryRunner.query(`DROP TABLE "proposal_versions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_proposals_body"`);
    await queryRunner.query(`DROP INDEX "public"."ix_proposals_parent"`);
    await queryRunner.query(`DROP TABLE "proposals"`);
  }
}
