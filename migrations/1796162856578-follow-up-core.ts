import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpCore1796162856578 implements MigrationInterface {
  name = 'FollowUpCore1796162856578';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."tracked_action_kind" AS ENUM('PILOT_PROCUREMENT', 'ACTION')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."tracked_action_stage" AS ENUM('NOT_STARTED', 'PLANNING', 'IMPLEMENTATION', 'DONE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "tracked_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "academy_id" uuid NOT NULL, "kind" "public"."tracked_action_kind" NOT NULL, "organisation_id" uuid, "category" character varying(100), "stage" "public"."tracked_action_stage" NOT NULL DEFAULT 'NOT_STARTED', "declared_on_schedule" boolean NOT NULL DEFAULT true, "title_fi" text NOT NULL, "title_sv" text, "title_en" text, "description_fi" text NOT NULL, "description_sv" text, "description_en" text, "official_description_fi" text NOT NULL, "official_description_sv" text, "official_description_en" text, CONSTRAINT "ck_tracked_actions_organisation" CHECK (("kind" = 'PILOT_PROCUREMENT') = ("organisation_id" IS NOT NULL)), CONSTRAINT "pk_tracked_actions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tracked_actions_organisation" ON "tracked_actions"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_tracked_actions_pilot" ON "tracked_actions"  ("academy_id", "organisation_id") WHERE "kind" = 'PILOT_PROCUREMENT'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tracked_actions_academy" ON "tracked_actions"  ("academy_id", "kind") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."milestone_kind" AS ENUM('MARKET_DIALOGUE', 'TENDER_PUBLISHED', 'CONTRACT_SIGNED', 'CUSTOM')`,
    );
    await queryRunner.query(
      `CREATE TABLE "tracked_action_milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "tracked_action_id" uuid NOT NULL, "kind" "public"."milestone_kind" NOT NULL, "planned_date" date NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE, "title_fi" text NOT NULL, "title_sv" text, "title_en" text, CONSTRAINT "pk_tracked_action_milestones" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tracked_action_milestones_action" ON "tracked_action_milestones"  ("tracked_action_id", "planned_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "tracked_action_stage_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "tracked_action_id" uuid NOT NULL, "from_stage" "public"."tracked_action_stage" NOT NULL, "to_stage" "public"."tracked_action_stage" NOT NULL, "changed_by_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_tracked_action_stage_changes" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tracked_action_stage_changes_action" ON "tracked_action_stage_changes"  ("tracked_action_id", "changed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "tracked_action_tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "tracked_action_id" uuid NOT NULL, "title" character varying(500) NOT NULL, "owner_participant_id" uuid, "owner_user_id" uuid, "due_date" date NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE, "agreed_action_id" uuid, CONSTRAINT "uq_tracked_action_tasks_agreed_action" UNIQUE ("agreed_action_id"), CONSTRAINT "pk_tracked_action_tasks" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tracked_action_tasks_owner_participant" ON "tracked_action_tasks"  ("owner_participant_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tracked_action_tasks_owner_user" ON "tracked_action_tasks"  ("owner_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tracked_action_tasks_open_due" ON "tracked_action_tasks"  ("due_date") WHERE "done_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tracked_action_tasks_action" ON "tracked_action_tasks"  ("tracked_action_id", "due_date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_actions" ADD CONSTRAINT "fk_tracked_actions_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_actions" ADD CONSTRAINT "fk_tracked_actions_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_milestones" ADD CONSTRAINT "fk_tracked_action_milestones_action" FOREIGN KEY ("tracked_action_id") REFERENCES "tracked_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_stage_changes" ADD CONSTRAINT "fk_tracked_action_stage_changes_action" FOREIGN KEY ("tracked_action_id") REFERENCES "tracked_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_stage_changes" ADD CONSTRAINT "fk_tracked_action_stage_changes_user" FOREIGN KEY ("changed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_tasks" ADD CONSTRAINT "fk_tracked_action_tasks_action" FOREIGN KEY ("tracked_action_id") REFERENCES "tracked_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_tasks" ADD CONSTRAINT "fk_tracked_action_tasks_owner_participant" FOREIGN KEY ("owner_participant_id") REFERENCES "cohort_participants"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_tasks" ADD CONSTRAINT "fk_tracked_action_tasks_owner_user" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "tracked_action_tasks" DROP CONSTRAINT "fk_tracked_action_tasks_owner_user"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_tasks" DROP CONSTRAINT "fk_tracked_action_tasks_owner_participant"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_tasks" DROP CONSTRAINT "fk_tracked_action_tasks_action"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_stage_changes" DROP CONSTRAINT "fk_tracked_action_stage_changes_user"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_stage_changes" DROP CONSTRAINT "fk_tracked_action_stage_changes_action"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_milestones" DROP CONSTRAINT "fk_tracked_action_milestones_action"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_actions" DROP CONSTRAINT "fk_tracked_actions_organisation"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_actions" DROP CONSTRAINT "fk_tracked_actions_academy"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_tracked_action_tasks_action"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tracked_action_tasks_open_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tracked_action_tasks_owner_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tracked_action_tasks_owner_participant"`);
    await queryRunner.query(`DROP TABLE "tracked_action_tasks"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tracked_action_stage_changes_action"`);
    await queryRunner.query(`DROP TABLE "tracked_action_stage_changes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tracked_action_milestones_action"`);
    await queryRunner.query(`DROP TABLE "tracked_action_milestones"`);
    await queryRunner.query(`DROP TYPE "public"."milestone_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tracked_actions_academy"`);
    await queryRunner.query(`DROP INDEX "public"."uq_tracked_actions_pilot"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tracked_actions_organisation"`);
    await queryRunner.query(`DROP TABLE "tracked_actions"`);
    await queryRunner.query(`DROP TYPE "public"."tracked_action_stage"`);
    await queryRunner.query(`DROP TYPE "public"."tracked_action_kind"`);
  }
}
