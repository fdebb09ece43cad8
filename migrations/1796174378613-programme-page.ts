import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgrammePage1796174378613 implements MigrationInterface {
  name = 'ProgrammePage1796174378613';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "programme_profiles" ("academy_id" uuid NOT NULL, "start_date" date, "end_date" date, "budget_amount" numeric(14,2), "budget_currency" character(3), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_programme_profiles_budget_currency" CHECK (("budget_amount" IS NULL) = ("budget_currency" IS NULL)), CONSTRAINT "ck_programme_profiles_budget_non_negative" CHECK ("budget_amount" >= 0), CONSTRAINT "ck_programme_profiles_duration" CHECK ("start_date" IS NULL OR "end_date" IS NULL OR "start_date" <= "end_date"), CONSTRAINT "pk_programme_profiles" PRIMARY KEY ("academy_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "programme_partners" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "academy_id" uuid NOT NULL, "position" integer NOT NULL, "name" character varying(200) NOT NULL, "url" character varying(500), "role_fi" text NOT NULL, "role_sv" text, "role_en" text, CONSTRAINT "uq_programme_partners_position" UNIQUE ("academy_id", "position"), CONSTRAINT "pk_programme_partners" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "programme_funding_sources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "academy_id" uuid NOT NULL, "position" integer NOT NULL, "amount" numeric(14,2), "currency" character(3), "name_fi" text NOT NULL, "name_sv" text, "name_en" text, CONSTRAINT "uq_programme_funding_sources_position" UNIQUE ("academy_id", "position"), CONSTRAINT "ck_programme_funding_sources_currency" CHECK (("amount" IS NULL) = ("currency" IS NULL)), CONSTRAINT "ck_programme_funding_sources_amount_non_negative" CHECK ("amount" >= 0), CONSTRAINT "pk_programme_funding_sources" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_profiles" ADD CONSTRAINT "fk_programme_profiles_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_partners" ADD CONSTRAINT "fk_programme_partners_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_funding_sources" ADD CONSTRAINT "fk_programme_funding_sources_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "programme_funding_sources" DROP CONSTRAINT "fk_programme_funding_sources_academy"`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_partners" DROP CONSTRAINT "fk_programme_partners_academy"`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_profiles" DROP CONSTRAINT "fk_programme_profiles_academy"`,
    );
    await queryRunner.query(`DROP TABLE "programme_funding_sources"`);
    await queryRunner.query(`DROP TABLE "programme_partners"`);
    await queryRunner.query(`DROP TABLE "programme_profiles"`);
  }
}
