import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An agenda item's proposalId becomes a real foreign key. Before this migration no proposal could
 * exist, so an id already stored there named nothing: it is cleared (published agenda versions keep
 * their frozen copy of it) rather than blocking the upgrade.
 */
export class AgendaItemProposalForeignKey1795656252222 implements MigrationInterface {
  name = 'AgendaItemProposalForeignKey1795656252222';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "agenda_items" SET "proposal_id" = NULL WHERE "proposal_id" IS NOT NULL AND "proposal_id" NOT IN (SELECT "id" FROM "proposals")`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "fk_agenda_items_proposal" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "fk_agenda_items_proposal"`);
  }
}
