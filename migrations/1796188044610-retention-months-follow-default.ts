import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RetentionMonthsFollowDefault1796188044610 implements MigrationInterface {
  name = 'RetentionMonthsFollowDefault1796188044610';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "retention_settings" ALTER COLUMN "months" DROP NOT NULL`);
    // A row may now hold only the academy's legal minimum (months null: the default applies).
    await queryRunner.query(
      `ALTER TABLE "retention_settings" DROP CONSTRAINT "ck_retention_settings_legal_minimum"`,
    );
    await queryRunner.query(
      `ALTER TABLE "retention_settings" ADD CONSTRAINT "ck_retention_settings_legal_minimum" CHECK ("months" IS NULL OR "months" >= "legal_minimum_months")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "retention_settings" DROP CONSTRAINT "ck_retention_settings_legal_minimum"`,
    );
    // Rows holding only a legal minimum take the default they were following.
    await queryRunner.query(`DELETE FROM "retention_settings" WHERE "months" IS NULL`);
    await queryRunner.query(`ALTER TABLE "retention_settings" ALTER COLUMN "months" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "retention_settings" ADD CONSTRAINT "ck_retention_settings_legal_minimum" CHECK ("months" >= "legal_minimum_months")`,
    );
  }
}
