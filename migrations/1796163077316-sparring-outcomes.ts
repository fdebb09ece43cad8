import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SparringOutcomes1796163077316 implements MigrationInterface {
  name = 'SparringOutcomes1796163077316';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agreed_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "booking_id" uuid NOT NULL, "academy_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "owner_participant_id" uuid NOT NULL, "due_date" date NOT NULL, "created_by_id" uuid NOT NULL, "task_id" uuid, CONSTRAINT "ck_agreed_actions_title" CHECK (char_length("title") BETWEEN 1 AND 300), CONSTRAINT "pk_agreed_actions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_agreed_actions_owner" ON "agreed_actions"  ("owner_participant_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_agreed_actions_task" ON "agreed_actions"  ("task_id") WHERE "task_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_agreed_actions_organisation" ON "agreed_actions"  ("academy_id", "organisation_id", "due_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_agreed_actions_booking" ON "agreed_actions"  ("booking_id", "due_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "appointment_summaries" ("booking_id" uuid NOT NULL, "summary" text NOT NULL, "recorded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_appointment_summaries_length" CHECK (char_length("summary") BETWEEN 1 AND 10000), CONSTRAINT "pk_appointment_summaries" PRIMARY KEY ("booking_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreed_actions" ADD CONSTRAINT "fk_agreed_actions_booking" FOREIGN KEY ("booking_id") REFERENCES "consultation_bookings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreed_actions" ADD CONSTRAINT "fk_agreed_actions_cohort_member" FOREIGN KEY ("academy_id", "organisation_id") REFERENCES "cohort_members"("academy_id","organisation_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreed_actions" ADD CONSTRAINT "fk_agreed_actions_owner" FOREIGN KEY ("owner_participant_id") REFERENCES "cohort_participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "appointment_summaries" ADD CONSTRAINT "fk_appointment_summaries_booking" FOREIGN KEY ("booking_id") REFERENCES "consultation_bookings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "appointment_summaries" DROP CONSTRAINT "fk_appointment_summaries_booking"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreed_actions" DROP CONSTRAINT "fk_agreed_actions_owner"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreed_actions" DROP CONSTRAINT "fk_agreed_actions_cohort_member"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreed_actions" DROP CONSTRAINT "fk_agreed_actions_booking"`,
    );
    await queryRunner.query(`DROP TABLE "appointment_summaries"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agreed_actions_booking"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agreed_actions_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_agreed_actions_task"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agreed_actions_owner"`);
    await queryRunner.query(`DROP TABLE "agreed_actions"`);
  }
}
