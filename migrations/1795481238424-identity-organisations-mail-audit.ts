import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityOrganisationsMailAudit1795481238424 implements MigrationInterface {
  name = 'IdentityOrganisationsMailAudit1795481238424';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid, "action" character varying(80) NOT NULL, "entity_type" character varying(60) NOT NULL, "entity_id" uuid, "before" jsonb, "after" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_audit_entries" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_entries_created_at_id" ON "audit_entries"  ("created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_entries_entity" ON "audit_entries"  ("entity_type", "entity_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."token_purpose" AS ENUM('SIGN_IN', 'INVITATION')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."locale" AS ENUM('fi', 'sv', 'en')`);
    await queryRunner.query(
      `CREATE TABLE "one_time_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "purpose" "public"."token_purpose" NOT NULL, "email" character varying(320) NOT NULL, "locale" "public"."locale" NOT NULL, "subject_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "consumed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_one_time_tokens_token_hash" UNIQUE ("token_hash"), CONSTRAINT "pk_one_time_tokens" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_one_time_tokens_email" ON "one_time_tokens"  ("email") `,
    );
    await queryRunner.query(
      `CREATE TABLE "rate_limit_counters" ("key" character varying(200) NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, CONSTRAINT "pk_rate_limit_counters" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."global_role" AS ENUM('ADMIN', 'EXPERT')`);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(320) NOT NULL, "name" character varying(200), "locale" "public"."locale" NOT NULL DEFAULT 'fi', "roles" "public"."global_role" array NOT NULL DEFAULT '{}', CONSTRAINT "uq_users_email" UNIQUE ("email"), CONSTRAINT "pk_users" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_sessions_token_hash" UNIQUE ("token_hash"), CONSTRAINT "pk_sessions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sessions_user_id" ON "sessions"  ("user_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."outbox_status" AS ENUM('PENDING', 'SENDING', 'SENT', 'PARKED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "type" character varying(60) NOT NULL, "to_address" character varying(320) NOT NULL, "to_name" character varying(200), "locale" "public"."locale" NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL, "attachments" jsonb NOT NULL, "status" "public"."outbox_status" NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "available_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "dedupe_key" character varying(200), CONSTRAINT "uq_outbox_messages_dedupe_key" UNIQUE ("dedupe_key"), CONSTRAINT "pk_outbox_messages" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_messages_due" ON "outbox_messages"  ("status", "available_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."organisation_type" AS ENUM('MUNICIPALITY', 'JOINT_MUNICIPAL_AUTHORITY', 'WELLBEING_SERVICES_COUNTY', 'STATE_AGENCY', 'PARISH', 'IN_HOUSE_COMPANY', 'OTHER_CONTRACTING_ENTITY')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "business_id" character varying(9) NOT NULL, "type" "public"."organisation_type" NOT NULL, "region" character varying(100), CONSTRAINT "uq_organisations_business_id" UNIQUE ("business_id"), CONSTRAINT "pk_organisations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."membership_role" AS ENUM('CONTACT', 'MEMBER')`);
    await queryRunner.query(
      `CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."membership_role" NOT NULL, CONSTRAINT "uq_memberships_organisation_user" UNIQUE ("organisation_id", "user_id"), CONSTRAINT "pk_memberships" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_memberships_user_id" ON "memberships"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "role" "public"."membership_role" NOT NULL, "invited_by_id" uuid, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_invitations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_invitations_email" ON "invitations"  ("email") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_invitations_open" ON "invitations"  ("organisation_id", "email") WHERE "accepted_at" IS NULL AND "revoked_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "fk_memberships_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "fk_memberships_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "fk_invitations_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_organisation"`,
    );
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "fk_memberships_user"`);
    await queryRunner.query(
      `ALTER TABLE "memberships" DROP CONSTRAINT "fk_memberships_organisation"`,
    );
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_invitations_open"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invitations_email"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_memberships_user_id"`);
    await queryRunner.query(`DROP TABLE "memberships"`);
    await queryRunner.query(`DROP TYPE "public"."membership_role"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_type"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_messages_due"`);
    await queryRunner.query(`DROP TABLE "outbox_messages"`);
    await queryRunner.query(`DROP TYPE "public"."outbox_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sessions_user_id"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."global_role"`);
    await queryRunner.query(`DROP TABLE "rate_limit_counters"`);
    await queryRunner.query(`DROP INDEX "public"."ix_one_time_tokens_email"`);
    await queryRunner.query(`DROP TABLE "one_time_tokens"`);
    await queryRunner.query(`DROP TYPE "public"."locale"`);
    await queryRunner.query(`DROP TYPE "public"."token_purpose"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_entries_entity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_entries_created_at_id"`);
    await queryRunner.query(`DROP TABLE "audit_entries"`);
  }
}
