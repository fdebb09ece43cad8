import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkshopMaterialsAssignments1796157740017 implements MigrationInterface {
  name = 'WorkshopMaterialsAssignments1796157740017';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "event_materials" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "event_id" uuid NOT NULL, "url" character varying(500), "position" integer NOT NULL, "title_fi" text NOT NULL, "title_sv" text, "title_en" text, "body_fi" text NOT NULL, "body_sv" text, "body_en" text, CONSTRAINT "pk_event_materials" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_event_materials_event" ON "event_materials"  ("event_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "event_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "event_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "title_fi" text NOT NULL, "title_sv" text, "title_en" text, "instructions_fi" text NOT NULL, "instructions_sv" text, "instructions_en" text, CONSTRAINT "pk_event_assignments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_event_assignments_event" ON "event_assignments"  ("event_id", "due_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assignment_completions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "assignment_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "answer" text, "link" character varying(500), "done_by_id" uuid, "done_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_assignment_completions_organisation" UNIQUE ("assignment_id", "organisation_id"), CONSTRAINT "pk_assignment_completions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assignment_completions_organisation" ON "assignment_completions"  ("organisation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "event_materials" ADD CONSTRAINT "fk_event_materials_event" FOREIGN KEY ("event_id") REFERENCES "timeline_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_assignments" ADD CONSTRAINT "fk_event_assignments_event" FOREIGN KEY ("event_id") REFERENCES "timeline_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_completions" ADD CONSTRAINT "fk_assignment_completions_assignment" FOREIGN KEY ("assignment_id") REFERENCES "event_assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_completions" ADD CONSTRAINT "fk_assignment_completions_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_completions" ADD CONSTRAINT "fk_assignment_completions_user" FOREIGN KEY ("done_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assignment_completions" DROP CONSTRAINT "fk_assignment_completions_user"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_completions" DROP CONSTRAINT "fk_assignment_completions_organisation"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_completions" DROP CONSTRAINT "fk_assignment_completions_assignment"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_assignments" DROP CONSTRAINT "fk_event_assignments_event"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_materials" DROP CONSTRAINT "fk_event_materials_event"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_assignment_completions_organisation"`);
    await queryRunner.query(`DROP TABLE "assignment_completions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_assignments_event"`);
    await queryRunner.query(`DROP TABLE "event_assignments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_materials_event"`);
    await queryRunner.query(`DROP TABLE "event_materials"`);
  }
}
