import type { MigrationInterface, QueryRunner } from 'typeorm';

// size_bytes integer → bigint, keeping the sizes already written (generated as drop + add,
// which would lose them; rewritten as a type change).
export class DataExportSizeBigint1796188062298 implements MigrationInterface {
  name = 'DataExportSizeBigint1796188062298';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "data_exports" ALTER COLUMN "size_bytes" TYPE bigint`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "data_exports" ALTER COLUMN "size_bytes" TYPE integer`);
  }
}
