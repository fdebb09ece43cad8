import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpCheckIns1796167889479 implements MigrationInterface {
  name = 'FollowUpCheckIns1796167889479';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."check_in_cadence" AS ENUM('NONE', 'MONTHLY', 'QUARTERLY')`,
    );
    await queryRunner.query(
      `CREATE TABLE "follow_up_settings" ("academy_id" uuid NOT NULL, "check_in_cadence" "public"."check_in_cadence" NOT NULL DEFAULT 'MONTHLY', "task_reminder_days" integer NOT NULL DEFAULT '3', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_follow_up_settings" PRIMARY KEY ("academy_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."follow_up_reminder_kind" AS ENUM('CHECK_IN', 'TASK_DUE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "follow_up_reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" "public"."follow_up_reminder_kind" NOT NULL, "reminder_key" character varying(200) NOT NULL, "tracked_action_id" uuid NOT NULL, "task_id" uuid, "recipient_participant_id" uuid NOT NULL, "period_date" date NOT NULL, CONSTRAINT "uq_follow_up_reminders_key" UNIQUE ("reminder_key"), CONSTRAINT "pk_follow_up_reminders" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_follow_up_reminders_task" ON "follow_up_reminders"  ("task_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_follow_up_reminders_action" ON "follow_up_reminders"  ("tracked_action_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_settings" ADD CONSTRAINT "fk_follow_up_settings_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_reminders" ADD CONSTRAINT "fk_follow_up_reminders_action" FOREIGN KEY ("tracked_action_id") REFERENCES "tracked_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_reminders" ADD CONSTRAINT "fk_follow_up_reminders_task" FOREIGN KEY ("task_id") REFERENCES "tracked_action_tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "follow_up_reminders" DROP CONSTRAINT "fk_follow_up_reminders_task"`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_reminders" DROP CONSTRAINT "fk_follow_up_reminders_action"`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_settings" DROP CONSTRAINT "fk_follow_up_settings_academy"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_follow_up_reminders_action"`);
    await queryRunner.query(`DROP INDEX "public"."ix_follow_up_reminders_task"`);
    await queryRunner.query(`DROP TABLE "follow_up_reminders"`);
    await queryRunner.query(`DROP TYPE "public"."follow_up_reminder_kind"`);
    await queryRunner.query(`DROP TABLE "follow_up_settings"`);
    await queryRunner.query(`DROP TYPE "public"."check_in_cadence"`);
  }
}
