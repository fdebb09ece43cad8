import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TimelineCalendar1795482323603 implements MigrationInterface {
  name = 'TimelineCalendar1795482323603';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "cohort_members" ("academy_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_cohort_members" PRIMARY KEY ("academy_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cohort_members_organisation_id" ON "cohort_members"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_feeds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "generation" integer NOT NULL DEFAULT '1', "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "rotated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_calendar_feeds_token_hash" UNIQUE ("token_hash"), CONSTRAINT "uq_calendar_feeds_user_id" UNIQUE ("user_id"), CONSTRAINT "REL_3212ce9ff23847e66347a6730d" UNIQUE ("user_id"), CONSTRAINT "pk_calendar_feeds" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."event_kind" AS ENUM('KICKOFF', 'WORKSHOP', 'SPARRING', 'CLOSING', 'ALUMNI_MEETING', 'FOLLOW_UP_MEETING', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."event_mode" AS ENUM('IN_PERSON', 'REMOTE', 'HYBRID')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."event_audience" AS ENUM('COHORT', 'ORGANISATION', 'ALUMNI')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."event_status" AS ENUM('SCHEDULED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "timeline_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "academy_id" uuid NOT NULL, "kind" "public"."event_kind" NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "mode" "public"."event_mode" NOT NULL, "place" character varying(300), "online_url" character varying(500), "audience" "public"."event_audience" NOT NULL, "audience_organisation_id" uuid, "status" "public"."event_status" NOT NULL DEFAULT 'SCHEDULED', "sequence" integer NOT NULL DEFAULT '0', "title_fi" text NOT NULL, "title_sv" text, "title_en" text, "description_fi" text NOT NULL, "description_sv" text, "description_en" text, CONSTRAINT "ck_timeline_events_organisation_audience" CHECK (("audience" = 'ORGANISATION') = ("audience_organisation_id" IS NOT NULL)), CONSTRAINT "ck_timeline_events_ends_after_start" CHECK ("ends_at" > "starts_at"), CONSTRAINT "pk_timeline_events" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_timeline_events_audience_organisation" ON "timeline_events"  ("audience_organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_timeline_events_academy_starts" ON "timeline_events"  ("academy_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "timeline_event_hosts" ("event_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "pk_timeline_event_hosts" PRIMARY KEY ("event_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_timeline_event_hosts_event_id" ON "timeline_event_hosts"  ("event_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_timeline_event_hosts_user_id" ON "timeline_event_hosts"  ("user_id") `,
    );
    await queryRunner.query(`ALTER TYPE "public"."academy_status" ADD VALUE 'ARCHIVED'`);
    await queryRunner.query(
      `ALTER TABLE "cohort_members" ADD CONSTRAINT "fk_cohort_members_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_members" ADD CONSTRAINT "fk_cohort_members_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feeds" ADD CONSTRAINT "fk_calendar_feeds_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "timeline_events" ADD CONSTRAINT "fk_timeline_events_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "timeline_events" ADD CONSTRAINT "fk_timeline_events_organisation" FOREIGN KEY ("audience_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "timeline_event_hosts" ADD CONSTRAINT "fk_timeline_event_hosts_event" FOREIGN KEY ("event_id") REFERENCES "timeline_events"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "timeline_event_hosts" ADD CONSTRAINT "fk_timeline_event_hosts_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "timeline_event_hosts" DROP CONSTRAINT "fk_timeline_event_hosts_user"`,
    );
    await queryRunner.query(
      `ALTER TABLE "timeline_event_hosts" DROP CONSTRAINT "fk_timeline_event_hosts_event"`,
    );
    await queryRunner.query(
      `ALTER TABLE "timeline_events" DROP CONSTRAINT "fk_timeline_events_organisation"`,
    );
    await queryRunner.query(
      `ALTER TABLE "timeline_events" DROP CONSTRAINT "fk_timeline_events_academy"`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feeds" DROP CONSTRAINT "fk_calendar_feeds_user"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_members" DROP CONSTRAINT "fk_cohort_members_organisation"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_members" DROP CONSTRAINT "fk_cohort_members_academy"`,
    );
    // Hand-edited: archived academies fall back to ALUMNI, and the column default must be
    // dropped around the type change.
    await queryRunner.query(
      `UPDATE "academies" SET "status" = 'ALUMNI' WHERE "status" = 'ARCHIVED'`,
    );
    await queryRunner.query(`ALTER TABLE "academies" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(
      `CREATE TYPE "public"."academy_status_old" AS ENUM('DRAFT', 'OPEN', 'SELECTION', 'RUNNING', 'ALUMNI')`,
    );
    await queryRunner.query(
      `ALTER TABLE "academies" ALTER COLUMN "status" TYPE "public"."academy_status_old" USING "status"::"text"::"public"."academy_status_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."academy_status"`);
    await queryRunner.query(`ALTER TYPE "public"."academy_status_old" RENAME TO "academy_status"`);
    await queryRunner.query(`ALTER TABLE "academies" ALTER COLUMN "status" SET DEFAULT 'DRAFT'`);
    await queryRunner.query(`DROP INDEX "public"."ix_timeline_event_hosts_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_timeline_event_hosts_event_id"`);
    await queryRunner.query(`DROP TABLE "timeline_event_hosts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_timeline_events_academy_starts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_timeline_events_audience_organisation"`);
    await queryRunner.query(`DROP TABLE "timeline_events"`);
    await queryRunner.query(`DROP TYPE "public"."event_status"`);
    await queryRunner.query(`DROP TYPE "public"."event_audience"`);
    await queryRunner.query(`DROP TYPE "public"."event_mode"`);
    await queryRunner.query(`DROP TYPE "public"."event_kind"`);
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cohort_members_organisation_id"`);
    await queryRunner.query(`DROP TABLE "cohort_members"`);
  }
}
