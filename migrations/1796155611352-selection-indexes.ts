import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SelectionIndexes1796155611352 implements MigrationInterface {
  name = 'SelectionIndexes1796155611352';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_review_scores_criterion_id" ON "review_scores"  ("criterion_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_selection_offers_academy_id" ON "selection_offers"  ("academy_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_selection_offers_academy_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_scores_criterion_id"`);
  }
}
