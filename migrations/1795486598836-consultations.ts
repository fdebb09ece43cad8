import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Consultations1795486598836 implements MigrationInterface {
  name = 'Consultations1795486598836';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Hand-added: the overlap constraint compares uuids inside a GiST index. btree_gist is
    // a trusted extension (PostgreSQL 13+), so a database owner may create it.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE TYPE "public"."slot_mode" AS ENUM('IN_PERSON', 'REMOTE')`);
    await queryRunner.query(`CREATE TYPE "public"."slot_status" AS ENUM('OPEN', 'WITHDRAWN')`);
    await queryRunner.query(
      `CREATE TABLE "consultation_slots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "academy_id" uuid NOT NULL, "expert_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "mode" "public"."slot_mode" NOT NULL, "place" character varying(300), "online_url" character varying(500), "status" "public"."slot_status" NOT NULL DEFAULT 'OPEN', CONSTRAINT "ck_consultation_slots_ends_after_start" CHECK ("ends_at" > "starts_at"), CONSTRAINT "ex_consultation_slots_expert_overlap" EXCLUDE USING gist ("expert_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" = 'OPEN'), CONSTRAINT "pk_consultation_slots" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_consultation_slots_academy_starts" ON "consultation_slots"  ("academy_id", "starts_at") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."booking_status" AS ENUM('ACTIVE', 'CANCELLED')`);
    await queryRunner.query(
      `CREATE TABLE "consultation_bookings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "slot_id" uuid NOT NULL, "application_id" uuid NOT NULL, "status" "public"."booking_status" NOT NULL DEFAULT 'ACTIVE', "booked_by_id" uuid NOT NULL, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, "notes" text, "sequence" integer NOT NULL DEFAULT '0', CONSTRAINT "pk_consultation_bookings" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_consultation_bookings_active_application" ON "consultation_bookings"  ("application_id") WHERE "status" = 'ACTIVE'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_consultation_bookings_active_slot" ON "consultation_bookings"  ("slot_id") WHERE "status" = 'ACTIVE'`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_slots" ADD CONSTRAINT "fk_consultation_slots_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_slots" ADD CONSTRAINT "fk_consultation_slots_expert" FOREIGN KEY ("expert_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_bookings" ADD CONSTRAINT "fk_consultation_bookings_slot" FOREIGN KEY ("slot_id") REFERENCES "consultation_slots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_bookings" ADD CONSTRAINT "fk_consultation_bookings_application" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "consultation_bookings" DROP CONSTRAINT "fk_consultation_bookings_application"`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_bookings" DROP CONSTRAINT "fk_consultation_bookings_slot"`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_slots" DROP CONSTRAINT "fk_consultation_slots_expert"`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_slots" DROP CONSTRAINT "fk_consultation_slots_academy"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_consultation_bookings_active_slot"`);
    await queryRunner.query(`DROP INDEX "public"."uq_consultation_bookings_active_application"`);
    await queryRunner.query(`DROP TABLE "consultation_bookings"`);
    await queryRunner.query(`DROP TYPE "public"."booking_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_consultation_slots_academy_starts"`);
    await queryRunner.query(`DROP TABLE "consultation_slots"`);
    await queryRunner.query(`DROP TYPE "public"."slot_status"`);
    await queryRunner.query(`DROP TYPE "public"."slot_mode"`);
  }
}
