import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TeamAndAttendance1796157793675 implements MigrationInterface {
  name = 'TeamAndAttendance1796157793675';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "event_attendances" ("event_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "academy_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "recorded_by_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_event_attendances" PRIMARY KEY ("event_id", "participant_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_event_attendances_participant" ON "event_attendances"  ("participant_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_event_attendances_organisation" ON "event_attendances"  ("academy_id", "organisation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "academies" ADD "team_size_limit" integer NOT NULL DEFAULT '6'`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_participants" ADD "left_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_cohort_participants_responsible" ON "cohort_participants"  ("academy_id", "organisation_id") WHERE "role" = 'RESPONSIBLE' AND "left_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "academies" ADD CONSTRAINT "ck_academies_team_size_limit" CHECK ("team_size_limit" BETWEEN 1 AND 50)`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_attendances" ADD CONSTRAINT "fk_event_attendances_event" FOREIGN KEY ("event_id") REFERENCES "timeline_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_attendances" ADD CONSTRAINT "fk_event_attendances_participant" FOREIGN KEY ("participant_id") REFERENCES "cohort_participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "event_attendances" DROP CONSTRAINT "fk_event_attendances_participant"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_attendances" DROP CONSTRAINT "fk_event_attendances_event"`,
    );
    await queryRunner.query(
      `ALTER TABLE "academies" DROP CONSTRAINT "ck_academies_team_size_limit"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_cohort_participants_responsible"`);
    await queryRunner.query(`ALTER TABLE "cohort_participants" DROP COLUMN "left_at"`);
    await queryRunner.query(`ALTER TABLE "academies" DROP COLUMN "team_size_limit"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_attendances_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_attendances_participant"`);
    await queryRunner.query(`DROP TABLE "event_attendances"`);
  }
}
