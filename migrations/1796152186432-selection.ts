import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Selection1796152186432 implements MigrationInterface {
  name = 'Selection1796152186432';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."cohort_participant_role" AS ENUM('RESPONSIBLE', 'EXPERT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "cohort_participants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "academy_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "user_id" uuid, "name" character varying(200) NOT NULL, "email" character varying(254) NOT NULL, "role" "public"."cohort_participant_role" NOT NULL, "team_role" character varying(200), CONSTRAINT "uq_cohort_participants_email" UNIQUE ("academy_id", "organisation_id", "email"), CONSTRAINT "pk_cohort_participants" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cohort_participants_user_id" ON "cohort_participants"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cohort_participants_org" ON "cohort_participants"  ("academy_id", "organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "conflicts_of_interest" ("user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "reason" text, "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_conflicts_of_interest" PRIMARY KEY ("user_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_conflicts_of_interest_organisation_id" ON "conflicts_of_interest"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "review_criteria" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "academy_id" uuid NOT NULL, "position" integer NOT NULL, "weight" double precision NOT NULL, "scale_min" integer NOT NULL, "scale_max" integer NOT NULL, "allows_not_applicable" boolean NOT NULL DEFAULT false, "label_fi" text NOT NULL, "label_sv" text, "label_en" text, "guidance_fi" text NOT NULL, "guidance_sv" text, "guidance_en" text, CONSTRAINT "uq_review_criteria_academy_position" UNIQUE ("academy_id", "position"), CONSTRAINT "uq_review_criteria_id_academy" UNIQUE ("id", "academy_id"), CONSTRAINT "ck_review_criteria_scale" CHECK ("scale_min" < "scale_max"), CONSTRAINT "ck_review_criteria_weight_positive" CHECK ("weight" > 0), CONSTRAINT "pk_review_criteria" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_review_criteria_academy_id" ON "review_criteria"  ("academy_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."review_status" AS ENUM('ASSIGNED', 'DRAFT', 'SUBMITTED')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."review_recommendation" AS ENUM('ACCEPT', 'RESERVE', 'REJECT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "academy_id" uuid NOT NULL, "application_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "assigned_by_id" uuid, "status" "public"."review_status" NOT NULL DEFAULT 'ASSIGNED', "recommendation" "public"."review_recommendation", "comment" text, "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_reviews_id_academy" UNIQUE ("id", "academy_id"), CONSTRAINT "uq_reviews_application_reviewer" UNIQUE ("application_id", "reviewer_id"), CONSTRAINT "pk_reviews" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_reviews_reviewer_id" ON "reviews"  ("reviewer_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_reviews_academy_reviewer" ON "reviews"  ("academy_id", "reviewer_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "review_scores" ("review_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "academy_id" uuid NOT NULL, "score" integer, CONSTRAINT "pk_review_scores" PRIMARY KEY ("review_id", "criterion_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."selection_outcome" AS ENUM('ACCEPTED', 'RESERVE', 'REJECTED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "selection_decisions" ("application_id" uuid NOT NULL, "academy_id" uuid NOT NULL, "outcome" "public"."selection_outcome" NOT NULL, "reserve_rank" integer, "note" text, "staged_by_id" uuid NOT NULL, "staged_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_selection_decisions_reserve_rank" UNIQUE ("academy_id", "reserve_rank") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "ck_selection_decisions_reserve_rank" CHECK (("outcome" = 'RESERVE') = ("reserve_rank" IS NOT NULL) AND ("reserve_rank" IS NULL OR "reserve_rank" > 0)), CONSTRAINT "pk_selection_decisions" PRIMARY KEY ("application_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_selection_decisions_academy_id" ON "selection_decisions"  ("academy_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."offer_status" AS ENUM('OPEN', 'CONFIRMED', 'DECLINED', 'LAPSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "selection_offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "academy_id" uuid NOT NULL, "application_id" uuid NOT NULL, "seat_no" integer NOT NULL, "status" "public"."offer_status" NOT NULL DEFAULT 'OPEN', "from_reserve" boolean NOT NULL DEFAULT false, "respond_by" TIMESTAMP WITH TIME ZONE NOT NULL, "lapse_job_id" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, "responded_by_id" uuid, "decline_reason" text, CONSTRAINT "uq_selection_offers_application" UNIQUE ("application_id"), CONSTRAINT "ck_selection_offers_seat_positive" CHECK ("seat_no" > 0), CONSTRAINT "pk_selection_offers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_selection_offers_taken_seat" ON "selection_offers"  ("academy_id", "seat_no") WHERE "status" IN ('OPEN', 'CONFIRMED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "selection_releases" ("academy_id" uuid NOT NULL, "release_at" TIMESTAMP WITH TIME ZONE NOT NULL, "job_id" uuid, "requested_by_id" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "released_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_selection_releases" PRIMARY KEY ("academy_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "academies" ADD "confirmation_deadline" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "academies" ADD "reserve_response_days" integer NOT NULL DEFAULT '7'`,
    );
    await queryRunner.query(
      `ALTER TABLE "academies" ADD CONSTRAINT "ck_academies_reserve_response_days" CHECK ("reserve_response_days" BETWEEN 1 AND 60)`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_participants" ADD CONSTRAINT "fk_cohort_participants_member" FOREIGN KEY ("academy_id", "organisation_id") REFERENCES "cohort_members"("academy_id","organisation_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_participants" ADD CONSTRAINT "fk_cohort_participants_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conflicts_of_interest" ADD CONSTRAINT "fk_conflicts_of_interest_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conflicts_of_interest" ADD CONSTRAINT "fk_conflicts_of_interest_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_criteria" ADD CONSTRAINT "fk_review_criteria_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "fk_reviews_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "fk_reviews_application" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "fk_reviews_reviewer" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_scores" ADD CONSTRAINT "fk_review_scores_review" FOREIGN KEY ("review_id", "academy_id") REFERENCES "reviews"("id","academy_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_scores" ADD CONSTRAINT "fk_review_scores_criterion" FOREIGN KEY ("criterion_id", "academy_id") REFERENCES "review_criteria"("id","academy_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "selection_decisions" ADD CONSTRAINT "fk_selection_decisions_application" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "selection_decisions" ADD CONSTRAINT "fk_selection_decisions_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "selection_offers" ADD CONSTRAINT "fk_selection_offers_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "selection_offers" ADD CONSTRAINT "fk_selection_offers_application" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "selection_releases" ADD CONSTRAINT "fk_selection_releases_academy" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "selection_releases" DROP CONSTRAINT "fk_selection_releases_academy"`,
    );
    await queryRunner.query(
      `ALTER TABLE "selection_offers" DROP CONSTRAINT "fk_selection_offers_application"`,
    );
    await queryRunner.query(
      `ALTER TABLE "selection_offers" DROP CONSTRAINT "fk_selection_offers_academy"`,
    );
    await queryRunner.query(
      `ALTER TABLE "selection_decisions" DROP CONSTRAINT "fk_selection_decisions_academy"`,
    );
    await queryRunner.query(
      `ALTER TABLE "selection_decisions" DROP CONSTRAINT "fk_selection_decisions_application"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_scores" DROP CONSTRAINT "fk_review_scores_criterion"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_scores" DROP CONSTRAINT "fk_review_scores_review"`,
    );
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "fk_reviews_reviewer"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "fk_reviews_application"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "fk_reviews_academy"`);
    await queryRunner.query(
      `ALTER TABLE "review_criteria" DROP CONSTRAINT "fk_review_criteria_academy"`,
    );
    await queryRunner.query(
      `ALTER TABLE "conflicts_of_interest" DROP CONSTRAINT "fk_conflicts_of_interest_organisation"`,
    );
    await queryRunner.query(
      `ALTER TABLE "conflicts_of_interest" DROP CONSTRAINT "fk_conflicts_of_interest_user"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_participants" DROP CONSTRAINT "fk_cohort_participants_user"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_participants" DROP CONSTRAINT "fk_cohort_participants_member"`,
    );
    await queryRunner.query(
      `ALTER TABLE "academies" DROP CONSTRAINT "ck_academies_reserve_response_days"`,
    );
    await queryRunner.query(`ALTER TABLE "academies" DROP COLUMN "reserve_response_days"`);
    await queryRunner.query(`ALTER TABLE "academies" DROP COLUMN "confirmation_deadline"`);
    await queryRunner.query(`DROP TABLE "selection_releases"`);
    await queryRunner.query(`DROP INDEX "public"."uq_selection_offers_taken_seat"`);
    await queryRunner.query(`DROP TABLE "selection_offers"`);
    await queryRunner.query(`DROP TYPE "public"."offer_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_selection_decisions_academy_id"`);
    await queryRunner.query(`DROP TABLE "selection_decisions"`);
    await queryRunner.query(`DROP TYPE "public"."selection_outcome"`);
    await queryRunner.query(`DROP TABLE "review_scores"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reviews_academy_reviewer"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reviews_reviewer_id"`);
    await queryRunner.query(`DROP TABLE "reviews"`);
    await queryRunner.query(`DROP TYPE "public"."review_recommendation"`);
    await queryRunner.query(`DROP TYPE "public"."review_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_criteria_academy_id"`);
    await queryRunner.query(`DROP TABLE "review_criteria"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conflicts_of_interest_organisation_id"`);
    await queryRunner.query(`DROP TABLE "conflicts_of_interest"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cohort_participants_org"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cohort_participants_user_id"`);
    await queryRunner.query(`DROP TABLE "cohort_participants"`);
    await queryRunner.query(`DROP TYPE "public"."cohort_participant_role"`);
  }
}
