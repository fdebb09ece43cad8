import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutcomeReports1796174531988 implements MigrationInterface {
  name = 'OutcomeReports1796174531988';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outcome_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "academy_id" uuid NOT NULL, "tracked_action_id" uuid NOT NULL, "procured" text NOT NULL DEFAULT '', "criteria_text" text NOT NULL DEFAULT '', "lessons" text NOT NULL DEFAULT '', "permission_to_publish" boolean NOT NULL DEFAULT false, "updated_by" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by" uuid, CONSTRAINT "uq_outcome_reports_action_id" UNIQUE ("tracked_action_id", "id"), CONSTRAINT "uq_outcome_reports_action" UNIQUE ("tracked_action_id"), CONSTRAINT "pk_outcome_reports" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outcome_reports_academy" ON "outcome_reports"  ("academy_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "outcome_report_measures" ("outcome_report_id" uuid NOT NULL, "measure_id" uuid NOT NULL, "academy_id" uuid NOT NULL, CONSTRAINT "pk_outcome_report_measures" PRIMARY KEY ("outcome_report_id", "measure_id", "academy_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "outcome_report_metrics" ("outcome_report_id" uuid NOT NULL, "metric_id" uuid NOT NULL, "tracked_action_id" uuid NOT NULL, "final_value" numeric(14,4) NOT NULL, CONSTRAINT "pk_outcome_report_metrics" PRIMARY KEY ("outcome_report_id", "metric_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "follow_up_settings" ADD "outcome_report_due_on" date`);
    await queryRunner.query(
      `ALTER TABLE "outcome_reports" ADD CONSTRAINT "fk_outcome_reports_action" FOREIGN KEY ("tracked_action_id") REFERENCES "tracked_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_report_measures" ADD CONSTRAINT "fk_outcome_report_measures_report" FOREIGN KEY ("outcome_report_id") REFERENCES "outcome_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_report_measures" ADD CONSTRAINT "fk_outcome_report_measures_measure" FOREIGN KEY ("measure_id", "academy_id") REFERENCES "circular_measures"("id","academy_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_report_metrics" ADD CONSTRAINT "fk_outcome_report_metrics_report" FOREIGN KEY ("outcome_report_id", "tracked_action_id") REFERENCES "outcome_reports"("id","tracked_action_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_report_metrics" ADD CONSTRAINT "fk_outcome_report_metrics_metric" FOREIGN KEY ("metric_id", "tracked_action_id") REFERENCES "tracked_action_metrics"("id","tracked_action_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "outcome_report_metrics" DROP CONSTRAINT "fk_outcome_report_metrics_metric"`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_report_metrics" DROP CONSTRAINT "fk_outcome_report_metrics_report"`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_report_measures" DROP CONSTRAINT "fk_outcome_report_measures_measure"`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_report_measures" DROP CONSTRAINT "fk_outcome_report_measures_report"`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_reports" DROP CONSTRAINT "fk_outcome_reports_action"`,
    );
    await queryRunner.query(`ALTER TABLE "follow_up_settings" DROP COLUMN "outcome_report_due_on"`);
    await queryRunner.query(`DROP TABLE "outcome_report_metrics"`);
    await queryRunner.query(`DROP TABLE "outcome_report_measures"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outcome_reports_academy"`);
    await queryRunner.query(`DROP TABLE "outcome_reports"`);
  }
}
