import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpMeasuresMetrics1796163786176 implements MigrationInterface {
  name = 'FollowUpMeasuresMetrics1796163786176';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "circular_measures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "academy_id" uuid NOT NULL, "key" character varying(60) NOT NULL, "takes_criterion_text" boolean NOT NULL DEFAULT false, "position" integer NOT NULL, "label_fi" text NOT NULL, "label_sv" text, "label_en" text, "description_fi" text NOT NULL, "description_sv" text, "description_en" text, CONSTRAINT "uq_circular_measures_academy_id" UNIQUE ("academy_id", "id"), CONSTRAINT "uq_circular_measures_academy_key" UNIQUE ("academy_id", "key"), CONSTRAINT "pk_circular_measures" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_circular_measures_academy_position" ON "circular_measures"  ("academy_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "tracked_action_metrics" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "tracked_action_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "unit" character varying(40) NOT NULL, "baseline" numeric(14,4) NOT NULL, "target" numeric(14,4) NOT NULL, "position" integer NOT NULL, CONSTRAINT "uq_tracked_action_metrics_action_id" UNIQUE ("tracked_action_id", "id"), CONSTRAINT "pk_tracked_action_metrics" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tracked_action_metrics_action" ON "tracked_action_metrics"  ("tracked_action_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "metric_measurements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "tracked_action_id" uuid NOT NULL, "metric_id" uuid NOT NULL, "measured_on" date NOT NULL, "value" numeric(14,4) NOT NULL, "note" text, CONSTRAINT "uq_metric_measurements_metric_date" UNIQUE ("metric_id", "measured_on"), CONSTRAINT "pk_metric_measurements" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "progress_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "tracked_action_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "stage_change_id" uuid, "written_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_progress_updates_stage_change" UNIQUE ("stage_change_id"), CONSTRAINT "pk_progress_updates" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_progress_updates_author" ON "progress_updates"  ("author_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_progress_updates_action" ON "progress_updates"  ("tracked_action_id", "written_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."measure_status" AS ENUM('PLANNED', 'APPLIED', 'NOT_USED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "tracked_action_measures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "tracked_action_id" uuid NOT NULL, "academy_id" uuid NOT NULL, "measure_id" uuid NOT NULL, "status" "public"."measure_status" NOT NULL, "note" text, "criterion_text" text, CONSTRAINT "uq_tracked_action_measures_action_measure" UNIQUE ("tracked_action_id", "measure_id"), CONSTRAINT "pk_tracked_action_measures" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tracked_action_measures_measure" ON "tracked_action_measures"  ("academy_id", "measure_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "update_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "progress_update_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "written_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_update_comments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_update_comments_author" ON "update_comments"  ("author_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_update_comments_update" ON "update_comments"  ("progress_update_id", "written_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_actions" ADD CONSTRAINT "uq_tracked_actions_academy_id" UNIQUE ("academy_id", "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "circular_measures" ADD CONSTRAINT "fk_circular_measures_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_metrics" ADD CONSTRAINT "fk_tracked_action_metrics_action" FOREIGN KEY ("tracked_action_id") REFERENCES "tracked_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "metric_measurements" ADD CONSTRAINT "fk_metric_measurements_metric" FOREIGN KEY ("metric_id", "tracked_action_id") REFERENCES "tracked_action_metrics"("id","tracked_action_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_updates" ADD CONSTRAINT "fk_progress_updates_action" FOREIGN KEY ("tracked_action_id") REFERENCES "tracked_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_updates" ADD CONSTRAINT "fk_progress_updates_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_updates" ADD CONSTRAINT "fk_progress_updates_stage_change" FOREIGN KEY ("stage_change_id") REFERENCES "tracked_action_stage_changes"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_measures" ADD CONSTRAINT "fk_tracked_action_measures_action" FOREIGN KEY ("tracked_action_id", "academy_id") REFERENCES "tracked_actions"("id","academy_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_measures" ADD CONSTRAINT "fk_tracked_action_measures_measure" FOREIGN KEY ("measure_id", "academy_id") REFERENCES "circular_measures"("id","academy_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "update_comments" ADD CONSTRAINT "fk_update_comments_update" FOREIGN KEY ("progress_update_id") REFERENCES "progress_updates"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "update_comments" ADD CONSTRAINT "fk_update_comments_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "update_comments" DROP CONSTRAINT "fk_update_comments_author"`,
    );
    await queryRunner.query(
      `ALTER TABLE "update_comments" DROP CONSTRAINT "fk_update_comments_update"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_measures" DROP CONSTRAINT "fk_tracked_action_measures_measure"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_measures" DROP CONSTRAINT "fk_tracked_action_measures_action"`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_updates" DROP CONSTRAINT "fk_progress_updates_stage_change"`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_updates" DROP CONSTRAINT "fk_progress_updates_author"`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_updates" DROP CONSTRAINT "fk_progress_updates_action"`,
    );
    await queryRunner.query(
      `ALTER TABLE "metric_measurements" DROP CONSTRAINT "fk_metric_measurements_metric"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_metrics" DROP CONSTRAINT "fk_tracked_action_metrics_action"`,
    );
    await queryRunner.query(
      `ALTER TABLE "circular_measures" DROP CONSTRAINT "fk_circular_measures_academy"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_actions" DROP CONSTRAINT "uq_tracked_actions_academy_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_update_comments_update"`);
    await queryRunner.query(`DROP INDEX "public"."ix_update_comments_author"`);
    await queryRunner.query(`DROP TABLE "update_comments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tracked_action_measures_measure"`);
    await queryRunner.query(`DROP TABLE "tracked_action_measures"`);
    await queryRunner.query(`DROP TYPE "public"."measure_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_progress_updates_action"`);
    await queryRunner.query(`DROP INDEX "public"."ix_progress_updates_author"`);
    await queryRunner.query(`DROP TABLE "progress_updates"`);
    await queryRunner.query(`DROP TABLE "metric_measurements"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tracked_action_metrics_action"`);
    await queryRunner.query(`DROP TABLE "tracked_action_metrics"`);
    await queryRunner.query(`DROP INDEX "public"."ix_circular_measures_academy_position"`);
    await queryRunner.query(`DROP TABLE "circular_measures"`);
  }
}
