import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpPublications1796167973424 implements MigrationInterface {
  name = 'FollowUpPublications1796167973424';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "tracked_action_publications" ("tracked_action_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_tracked_action_publications" PRIMARY KEY ("tracked_action_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_publications" ADD CONSTRAINT "fk_tracked_action_publications_action" FOREIGN KEY ("tracked_action_id") REFERENCES "tracked_actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "tracked_action_publications" DROP CONSTRAINT "fk_tracked_action_publications_action"`,
    );
    await queryRunner.query(`DROP TABLE "tracked_action_publications"`);
  }
}
