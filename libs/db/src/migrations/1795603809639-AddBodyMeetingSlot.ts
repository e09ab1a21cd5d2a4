import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each body gets a default meeting slot for its quarterly meetings. Existing bodies (GRAM first)
 * get GRAM's: the second Thursday of the quarter's last month, 14:00 to 17:00, Europe/Paris, at
 * Inserm's head office. Values are written out: a migration never changes.
 */
export class AddBodyMeetingSlot1795603809639 implements MigrationInterface {
  name = 'AddBodyMeetingSlot1795603809639';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const slot = {
      weekday: 4,
      weekOfMonth: 2,
      monthOfQuarter: 3,
      time: '14:00',
      durationMinutes: 180,
      location: 'Inserm, 101 rue de Tolbiac, 75013 Paris',
      videoUrl: null,
      timeZone: 'Europe/Paris',
    };
    await queryRunner.query(`ALTER TABLE "bodies" ADD "meeting_slot" jsonb`);
    await queryRunner.query(`UPDATE "bodies" SET "meeting_slot" = $1`, [JSON.stringify(slot)]);
    await queryRunner.query(`ALTER TABLE "bodies" ALTER COLUMN "meeting_slot" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bodies" DROP COLUMN "meeting_slot"`);
  }
}
