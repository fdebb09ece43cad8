import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAcademies1795479893577 implements MigrationInterface {
  name = 'CreateAcademies1795479893577';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."academy_status" AS ENUM('DRAFT', 'OPEN', 'SELECTION', 'RUNNING', 'ALUMNI')`,
    );
    await queryRunner.query(
      `CREATE TABLE "academies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "slug" character varying(80) NOT NULL, "theme" character varying(80) NOT NULL, "time_zone" character varying(64) NOT NULL DEFAULT 'Europe/Helsinki', "application_opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "application_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "consultation_booking_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "selection_announcement_at" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer NOT NULL, "status" "public"."academy_status" NOT NULL DEFAULT 'DRAFT', "previous_edition_id" uuid, "title_fi" text NOT NULL, "title_sv" text, "title_en" text, "description_fi" text NOT NULL, "description_sv" text, "description_en" text, CONSTRAINT "uq_academies_slug" UNIQUE ("slug"), CONSTRAINT "ck_academies_capacity_positive" CHECK ("capacity" > 0), CONSTRAINT "ck_academies_application_window" CHECK ("application_opens_at" < "application_deadline"), CONSTRAINT "pk_academies" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_academies_status" ON "academies"  ("status") `);
    await queryRunner.query(
      `CREATE TABLE "seed_runs" ("name" character varying(100) NOT NULL, "note" text, "ran_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_seed_runs" PRIMARY KEY ("name"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "academies" ADD CONSTRAINT "fk_academies_previous_edition" FOREIGN KEY ("previous_edition_id") REFERENCES "academies"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "academies" DROP CONSTRAINT "fk_academies_previous_edition"`,
    );
    await queryRunner.query(`DROP TABLE "seed_runs"`);
    await queryRunner.query(`DROP INDEX "public"."ix_academies_status"`);
    await queryRunner.query(`DROP TABLE "academies"`);
    await queryRunner.query(`DROP TYPE "public"."academy_status"`);
  }
}
