import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EventRegistrations1796157738312 implements MigrationInterface {
  name = 'EventRegistrations1796157738312';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "event_registration_settings" ("event_id" uuid NOT NULL, "capacity" integer NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_event_registration_settings_capacity" CHECK ("capacity" BETWEEN 1 AND 1000), CONSTRAINT "pk_event_registration_settings" PRIMARY KEY ("event_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."registration_status" AS ENUM('REGISTERED', 'WAITLISTED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "event_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" "public"."registration_status" NOT NULL, "arrival" integer NOT NULL, "seat_no" integer, "promoted_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_event_registrations_arrival" UNIQUE ("event_id", "arrival"), CONSTRAINT "ck_event_registrations_seat" CHECK (("status" = 'REGISTERED') = ("seat_no" IS NOT NULL) AND ("seat_no" IS NULL OR "seat_no" >= 1)), CONSTRAINT "pk_event_registrations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_event_registrations_user_id" ON "event_registrations"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_event_registrations_taken_seat" ON "event_registrations"  ("event_id", "seat_no") WHERE "status" = 'REGISTERED'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_event_registrations_live_user" ON "event_registrations"  ("event_id", "user_id") WHERE "status" <> 'CANCELLED'`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_registration_settings" ADD CONSTRAINT "fk_event_registration_settings_event" FOREIGN KEY ("event_id") REFERENCES "timeline_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_registrations" ADD CONSTRAINT "fk_event_registrations_settings" FOREIGN KEY ("event_id") REFERENCES "event_registration_settings"("event_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_registrations" ADD CONSTRAINT "fk_event_registrations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "event_registrations" DROP CONSTRAINT "fk_event_registrations_user"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_registrations" DROP CONSTRAINT "fk_event_registrations_settings"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_registration_settings" DROP CONSTRAINT "fk_event_registration_settings_event"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_event_registrations_live_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_event_registrations_taken_seat"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_registrations_user_id"`);
    await queryRunner.query(`DROP TABLE "event_registrations"`);
    await queryRunner.query(`DROP TYPE "public"."registration_status"`);
    await queryRunner.query(`DROP TABLE "event_registration_settings"`);
  }
}
