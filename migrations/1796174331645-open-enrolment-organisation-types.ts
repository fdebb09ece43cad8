import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OpenEnrolmentOrganisationTypes1796174331645 implements MigrationInterface {
  name = 'OpenEnrolmentOrganisationTypes1796174331645';

  // Existing organisations all have a business ID and a public-buyer type: both checks hold.
  // The checks compare the type as text, since PostgreSQL refuses a value added by
  // ALTER TYPE … ADD VALUE until its transaction commits.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_ups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "academy_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "signed_up_by_id" uuid, "terms_accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_terms" jsonb, CONSTRAINT "uq_sign_ups_academy_organisation" UNIQUE ("academy_id", "organisation_id"), CONSTRAINT "pk_sign_ups" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_sign_ups_organisation_id" ON "sign_ups"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_sign_ups_signed_up_by_id" ON "sign_ups"  ("signed_up_by_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."academy_enrolment" AS ENUM('SELECTIVE', 'OPEN')`,
    );
    await queryRunner.query(
      `ALTER TABLE "academies" ADD "enrolment" "public"."academy_enrolment" NOT NULL DEFAULT 'SELECTIVE'`,
    );
    await queryRunner.query(`ALTER TABLE "academies" ADD "sign_up_terms" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD "association_register_number" character varying(12)`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "uq_organisations_association_register_number" UNIQUE ("association_register_number")`,
    );
    await queryRunner.query(`ALTER TABLE "organisations" ALTER COLUMN "business_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TYPE "public"."organisation_type" ADD VALUE 'COMPANY'`);
    await queryRunner.query(
      `ALTER TYPE "public"."organisation_type" ADD VALUE 'EDUCATIONAL_INSTITUTION'`,
    );
    await queryRunner.query(`ALTER TYPE "public"."organisation_type" ADD VALUE 'ASSOCIATION'`);
    await queryRunner.query(
      `ALTER TYPE "public"."organisation_type" ADD VALUE 'RESEARCH_ORGANISATION'`,
    );
    await queryRunner.query(`ALTER TYPE "public"."organisation_type" ADD VALUE 'INDIVIDUAL'`);
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "ck_organisations_association_register_number" CHECK ("association_register_number" IS NULL OR "type"::text = 'ASSOCIATION')`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "ck_organisations_business_id_required" CHECK ("business_id" IS NOT NULL OR "type"::text IN ('INDIVIDUAL', 'ASSOCIATION'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "sign_ups" ADD CONSTRAINT "fk_sign_ups_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sign_ups" ADD CONSTRAINT "fk_sign_ups_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sign_ups" ADD CONSTRAINT "fk_sign_ups_signed_up_by" FOREIGN KEY ("signed_up_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sign_ups" DROP CONSTRAINT "fk_sign_ups_signed_up_by"`);
    await queryRunner.query(`ALTER TABLE "sign_ups" DROP CONSTRAINT "fk_sign_ups_organisation"`);
    await queryRunner.query(`ALTER TABLE "sign_ups" DROP CONSTRAINT "fk_sign_ups_academy"`);
    await queryRunner.query(
      `ALTER TABLE "organisations" DROP CONSTRAINT "ck_organisations_business_id_required"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" DROP CONSTRAINT "ck_organisations_association_register_number"`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."organisation_type_old" AS ENUM('MUNICIPALITY', 'JOINT_MUNICIPAL_AUTHORITY', 'WELLBEING_SERVICES_COUNTY', 'STATE_AGENCY', 'PARISH', 'IN_HOUSE_COMPANY', 'OTHER_CONTRACTING_ENTITY')`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" ALTER COLUMN "type" TYPE "public"."organisation_type_old" USING "type"::"text"::"public"."organisation_type_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."organisation_type"`);
    await queryRunner.query(
      `ALTER TYPE "public"."organisation_type_old" RENAME TO "organisation_type"`,
    );
    await queryRunner.query(`ALTER TABLE "organisations" ALTER COLUMN "business_id" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "organisations" DROP CONSTRAINT "uq_organisations_association_register_number"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" DROP COLUMN "association_register_number"`,
    );
    await queryRunner.query(`ALTER TABLE "academies" DROP COLUMN "sign_up_terms"`);
    await queryRunner.query(`ALTER TABLE "academies" DROP COLUMN "enrolment"`);
    await queryRunner.query(`DROP TYPE "public"."academy_enrolment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sign_ups_signed_up_by_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sign_ups_organisation_id"`);
    await queryRunner.query(`DROP TABLE "sign_ups"`);
  }
}
