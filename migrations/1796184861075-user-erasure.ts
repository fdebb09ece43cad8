import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserErasure1796184861075 implements MigrationInterface {
  name = 'UserErasure1796184861075';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "erased_at"`);
  }
}
