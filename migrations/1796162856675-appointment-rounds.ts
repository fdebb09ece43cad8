import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AppointmentRounds1796162856675 implements MigrationInterface {
  name = 'AppointmentRounds1796162856675';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_consultation_bookings_active_application"`);
    await queryRunner.query(
      `CREATE TYPE "public"."round_purpose" AS ENUM('CONSULTATION', 'SPARRING', 'FOLLOW_UP')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."round_audience" AS ENUM('APPLICANTS', 'COHORT', 'ALUMNI')`,
    );
    await queryRunner.query(
      `CREATE TABLE "appointment_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "academy_id" uuid NOT NULL, "purpose" "public"."round_purpose" NOT NULL, "audience" "public"."round_audience" NOT NULL, "title_fi" character varying(200), "title_sv" character varying(200), "title_en" character varying(200), "opens_at" TIMESTAMP WITH TIME ZONE, "closes_at" TIMESTAMP WITH TIME ZONE, "bookings_per_organisation" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_appointment_rounds_window" CHECK ("opens_at" IS NULL OR "closes_at" IS NULL OR "closes_at" > "opens_at"), CONSTRAINT "ck_appointment_rounds_bookings_per_organisation" CHECK ("bookings_per_organisation" >= 1), CONSTRAINT "pk_appointment_rounds" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_appointment_rounds_consultation" ON "appointment_rounds"  ("academy_id") WHERE "purpose" = 'CONSULTATION'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_appointment_rounds_academy" ON "appointment_rounds"  ("academy_id", "created_at") `,
    );
    // Data: every academy that has slots gets its CONSULTATION round (APPLICANTS, no window,
    // one booking per organisation: today's rules), and its slots and bookings go into it.
    // Ids, statuses, `sequence` and `updated_at` stay as they are, so the calendar UIDs
    // (consultation-<booking id>@akatemia), feed ETags and the scheduled reminder rows in the
    // outbox (keyed by booking id and sequence) are untouched. Academies without slots get
    // their round on demand, at their first publish.
    await queryRunner.query(`ALTER TABLE "consultation_slots" ADD "round_id" uuid`);
    await queryRunner.query(`ALTER TABLE "consultation_bookings" ADD "round_id" uuid`);
    await queryRunner.query(
      `INSERT INTO "appointment_rounds" ("academy_id", "purpose", "audience", "created_at", "updated_at")
       SELECT s."academy_id", 'CONSULTATION', 'APPLICANTS', min(s."created_at"), min(s."created_at")
       FROM "consultation_slots" s GROUP BY s."academy_id"`,
    );
    await queryRunner.query(
      `UPDATE "consultation_slots" s SET "round_id" = r."id"
       FROM "appointment_rounds" r WHERE r."academy_id" = s."academy_id" AND r."purpose" = 'CONSULTATION'`,
    );
    await queryRunner.query(
      `UPDATE "consultation_bookings" b SET "round_id" = s."round_id"
       FROM "consultation_slots" s WHERE s."id" = b."slot_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_slots" ALTER COLUMN "round_id" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_bookings" ALTER COLUMN "round_id" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_bookings" ADD "seat" smallint NOT NULL DEFAULT '1'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_consultation_slots_round_starts" ON "consultation_slots"  ("round_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_consultation_bookings_application" ON "consultation_bookings"  ("application_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_consultation_bookings_active_round_seat" ON "consultation_bookings"  ("round_id", "application_id", "seat") WHERE "status" = 'ACTIVE'`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_bookings" ADD CONSTRAINT "ck_consultation_bookings_seat" CHECK ("seat" >= 1)`,
    );
    await queryRunner.query(
      `ALTER TABLE "appointment_rounds" ADD CONSTRAINT "fk_appointment_rounds_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_slots" ADD CONSTRAINT "fk_consultation_slots_round" FOREIGN KEY ("round_id") REFERENCES "appointment_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_bookings" ADD CONSTRAINT "fk_consultation_bookings_round" FOREIGN KEY ("round_id") REFERENCES "appointment_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // A writer that gives no round (the previous release during a rolling deploy, plain SQL)
    // gets the academy's CONSULTATION round, made on demand; a booking always carries its
    // slot's round, so the seat index counts per round whatever writes the row.
    await queryRunner.query(
      `CREATE FUNCTION "consultation_slots_round"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW."round_id" IS NULL THEN
           INSERT INTO "appointment_rounds" ("academy_id", "purpose", "audience")
             VALUES (NEW."academy_id", 'CONSULTATION', 'APPLICANTS')
             ON CONFLICT ("academy_id") WHERE "purpose" = 'CONSULTATION' DO NOTHING;
           SELECT "id" INTO NEW."round_id" FROM "appointment_rounds"
             WHERE "academy_id" = NEW."academy_id" AND "purpose" = 'CONSULTATION';
         ELSIF NOT EXISTS (SELECT 1 FROM "appointment_rounds"
             WHERE "id" = NEW."round_id" AND "academy_id" = NEW."academy_id") THEN
           RAISE EXCEPTION 'slot % is not of its round''s academy', NEW."id"
             USING ERRCODE = '23514', CONSTRAINT = 'ck_consultation_slots_round_academy';
         END IF;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_consultation_slots_round" BEFORE INSERT OR UPDATE OF "round_id", "academy_id"
       ON "consultation_slots" FOR EACH ROW EXECUTE FUNCTION "consultation_slots_round"()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "consultation_bookings_round"() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE slot_round uuid;
       BEGIN
         SELECT "round_id" INTO slot_round FROM "consultation_slots" WHERE "id" = NEW."slot_id";
         IF NEW."round_id" IS NULL THEN
           NEW."round_id" := slot_round;
         ELSIF NEW."round_id" IS DISTINCT FROM slot_round THEN
           RAISE EXCEPTION 'booking % is not in its slot''s round', NEW."id"
             USING ERRCODE = '23514', CONSTRAINT = 'ck_consultation_bookings_slot_round';
         END IF;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_consultation_bookings_round" BEFORE INSERT OR UPDATE OF "slot_id", "round_id"
       ON "consultation_bookings" FOR EACH ROW EXECUTE FUNCTION "consultation_bookings_round"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Back to one consultation per application: appointments of other rounds (and extra
    // seats) cannot exist in the previous release, so they go (with their slots).
    await queryRunner.query(
      `DROP TRIGGER "tr_consultation_bookings_round" ON "consultation_bookings"`,
    );
    await queryRunner.query(`DROP FUNCTION "consultation_bookings_round"()`);
    await queryRunner.query(`DROP TRIGGER "tr_consultation_slots_round" ON "consultation_slots"`);
    await queryRunner.query(`DROP FUNCTION "consultation_slots_round"()`);
    await queryRunner.query(
      `DELETE FROM "consultation_slots" s USING "appointment_rounds" r
       WHERE r."id" = s."round_id" AND r."purpose" <> 'CONSULTATION'`,
    );
    await queryRunner.query(
      `DELETE FROM "consultation_bookings" WHERE "status" = 'ACTIVE' AND "seat" > 1`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_bookings" DROP CONSTRAINT "fk_consultation_bookings_round"`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_slots" DROP CONSTRAINT "fk_consultation_slots_round"`,
    );
    await queryRunner.query(
      `ALTER TABLE "appointment_rounds" DROP CONSTRAINT "fk_appointment_rounds_academy"`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_bookings" DROP CONSTRAINT "ck_consultation_bookings_seat"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_consultation_bookings_active_round_seat"`);
    await queryRunner.query(`DROP INDEX "public"."ix_consultation_bookings_application"`);
    await queryRunner.query(`DROP INDEX "public"."ix_consultation_slots_round_starts"`);
    await queryRunner.query(`ALTER TABLE "consultation_bookings" DROP COLUMN "seat"`);
    await queryRunner.query(`ALTER TABLE "consultation_bookings" DROP COLUMN "round_id"`);
    await queryRunner.query(`ALTER TABLE "consultation_slots" DROP COLUMN "round_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_appointment_rounds_academy"`);
    await queryRunner.query(`DROP INDEX "public"."uq_appointment_rounds_consultation"`);
    await queryRunner.query(`DROP TABLE "appointment_rounds"`);
    await queryRunner.query(`DROP TYPE "public"."round_audience"`);
    await queryRunner.query(`DROP TYPE "public"."round_purpose"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_consultation_bookings_active_application" ON "consultation_bookings" USING btree ("application_id") WHERE (status = 'ACTIVE'::booking_status)`,
    );
  }
}
