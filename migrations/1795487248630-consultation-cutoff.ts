import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsultationCutoff1795487248630 implements MigrationInterface {
  name = 'ConsultationCutoff1795487248630';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "academies" ADD "consultation_change_cutoff_hours" integer NOT NULL DEFAULT '24'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "academies" DROP COLUMN "consultation_change_cutoff_hours"`,
    );
  }
}
