import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Retention1796184713037 implements MigrationInterface {
  name = 'Retention1796184713037';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "retention_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "academy_id" uuid, "run_date" date NOT NULL, "counts" jsonb NOT NULL, "ran_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_retention_runs" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_retention_runs_platform_day" ON "retention_runs"  ("run_date") WHERE "academy_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_retention_runs_academy_day" ON "retention_runs"  ("academy_id", "run_date") WHERE "academy_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."retention_kind" AS ENUM('REJECTED_APPLICATIONS', 'REVIEWS', 'CONSULTATION_NOTES', 'SENT_MAIL', 'AUDIT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "retention_settings" ("academy_id" uuid NOT NULL, "kind" "public"."retention_kind" NOT NULL, "months" integer NOT NULL, "legal_minimum_months" integer NOT NULL DEFAULT '0', "updated_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_retention_settings_legal_minimum" CHECK ("months" >= "legal_minimum_months"), CONSTRAINT "ck_retention_settings_months" CHECK ("months" >= 0 AND "legal_minimum_months" >= 0), CONSTRAINT "pk_retention_settings" PRIMARY KEY ("academy_id", "kind"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "retention_runs" ADD CONSTRAINT "fk_retention_runs_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "retention_settings" ADD CONSTRAINT "fk_retention_settings_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "retention_settings" ADD CONSTRAINT "fk_retention_settings_updated_by" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "retention_settings" DROP CONSTRAINT "fk_retention_settings_updated_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "retention_settings" DROP CONSTRAINT "fk_retention_settings_academy"`,
    );
    await queryRunner.query(
      `ALTER TABLE "retention_runs" DROP CONSTRAINT "fk_retention_runs_academy"`,
    );
    await queryRunner.query(`DROP TABLE "retention_settings"`);
    await queryRunner.query(`DROP TYPE "public"."retention_kind"`);
    await queryRunner.query(`DROP INDEX "public"."uq_retention_runs_academy_day"`);
    await queryRunner.query(`DROP INDEX "public"."uq_retention_runs_platform_day"`);
    await queryRunner.query(`DROP TABLE "retention_runs"`);
  }
}
