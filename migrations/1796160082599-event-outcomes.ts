import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EventOutcomes1796160082599 implements MigrationInterface {
  name = 'EventOutcomes1796160082599';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "event_outcomes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "event_id" uuid NOT NULL, "links" character varying(500) array NOT NULL DEFAULT '{}', "position" integer NOT NULL, "title_fi" text NOT NULL, "title_sv" text, "title_en" text, "body_fi" text NOT NULL, "body_sv" text, "body_en" text, CONSTRAINT "pk_event_outcomes" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_event_outcomes_event" ON "event_outcomes"  ("event_id", "position") `,
    );
    await queryRunner.query(
      `ALTER TABLE "academies" ADD "public_outcomes" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_outcomes" ADD CONSTRAINT "fk_event_outcomes_event" FOREIGN KEY ("event_id") REFERENCES "timeline_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "event_outcomes" DROP CONSTRAINT "fk_event_outcomes_event"`,
    );
    await queryRunner.query(`ALTER TABLE "academies" DROP COLUMN "public_outcomes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_outcomes_event"`);
    await queryRunner.query(`DROP TABLE "event_outcomes"`);
  }
}
