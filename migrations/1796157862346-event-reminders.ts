import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EventReminders1796157862346 implements MigrationInterface {
  name = 'EventReminders1796157862346';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "academies" ADD "event_reminder_minutes" integer array NOT NULL DEFAULT '{2880,60}'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "academies" DROP COLUMN "event_reminder_minutes"`);
  }
}
