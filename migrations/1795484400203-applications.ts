import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Applications1795484400203 implements MigrationInterface {
  name = 'Applications1795484400203';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."application_status" AS ENUM('DRAFT', 'SUBMITTED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "academy_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "status" "public"."application_status" NOT NULL DEFAULT 'DRAFT', "answers" jsonb NOT NULL, "version" integer NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "updated_by_id" uuid, CONSTRAINT "uq_applications_academy_organisation" UNIQUE ("academy_id", "organisation_id"), CONSTRAINT "pk_applications" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_applications_organisation_id" ON "applications"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_applications_academy_status" ON "applications"  ("academy_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "deadline_extensions" ("application_id" uuid NOT NULL, "until" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text NOT NULL, "granted_by_id" uuid NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_deadline_extensions" PRIMARY KEY ("application_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."criterion_kind" AS ENUM('ORGANISATION_TYPE', 'ATTESTATION', 'PRIOR_GROUNDWORK', 'PILOT_PROCUREMENT', 'TEAM', 'RESPONSIBLE_PERSON', 'MANAGEMENT_COMMITMENT', 'CUSTOM_QUESTION')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."criterion_severity" AS ENUM('HARD', 'SOFT')`);
    await queryRunner.query(
      `CREATE TABLE "eligibility_criteria" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "academy_id" uuid NOT NULL, "position" integer NOT NULL, "kind" "public"."criterion_kind" NOT NULL, "severity" "public"."criterion_severity" NOT NULL, "parameters" jsonb NOT NULL, "label_fi" text NOT NULL, "label_sv" text, "label_en" text, "help_fi" text NOT NULL, "help_sv" text, "help_en" text, CONSTRAINT "pk_eligibility_criteria" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_eligibility_criteria_academy_position" ON "eligibility_criteria"  ("academy_id", "position") `,
    );
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "fk_applications_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "fk_applications_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline_extensions" ADD CONSTRAINT "fk_deadline_extensions_application" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "eligibility_criteria" ADD CONSTRAINT "fk_eligibility_criteria_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "eligibility_criteria" DROP CONSTRAINT "fk_eligibility_criteria_academy"`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline_extensions" DROP CONSTRAINT "fk_deadline_extensions_application"`,
    );
    await queryRunner.query(
      `ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_organisation"`,
    );
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_academy"`);
    await queryRunner.query(`DROP INDEX "public"."ix_eligibility_criteria_academy_position"`);
    await queryRunner.query(`DROP TABLE "eligibility_criteria"`);
    await queryRunner.query(`DROP TYPE "public"."criterion_severity"`);
    await queryRunner.query(`DROP TYPE "public"."criterion_kind"`);
    await queryRunner.query(`DROP TABLE "deadline_extensions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_applications_academy_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_applications_organisation_id"`);
    await queryRunner.query(`DROP TABLE "applications"`);
    await queryRunner.query(`DROP TYPE "public"."application_status"`);
  }
}
