import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DataExports1796184761388 implements MigrationInterface {
  name = 'DataExports1796184761388';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."data_export_kind" AS ENUM('PERSON', 'ORGANISATION')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."data_export_status" AS ENUM('PENDING', 'READY', 'DOWNLOADED', 'EXPIRED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "data_exports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" "public"."data_export_kind" NOT NULL, "requested_by_id" uuid NOT NULL, "organisation_id" uuid, "status" "public"."data_export_status" NOT NULL DEFAULT 'PENDING', "token_hash" character(64), "archive" bytea, "size_bytes" integer, "ready_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "downloaded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_data_exports_token_hash" UNIQUE ("token_hash"), CONSTRAINT "pk_data_exports" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_data_exports_requested_by" ON "data_exports"  ("requested_by_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "data_exports" ADD CONSTRAINT "fk_data_exports_requested_by" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "data_exports" ADD CONSTRAINT "fk_data_exports_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "data_exports" DROP CONSTRAINT "fk_data_exports_organisation"`,
    );
    await queryRunner.query(
      `ALTER TABLE "data_exports" DROP CONSTRAINT "fk_data_exports_requested_by"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_data_exports_requested_by"`);
    await queryRunner.query(`DROP TABLE "data_exports"`);
    await queryRunner.query(`DROP TYPE "public"."data_export_status"`);
    await queryRunner.query(`DROP TYPE "public"."data_export_kind"`);
  }
}
