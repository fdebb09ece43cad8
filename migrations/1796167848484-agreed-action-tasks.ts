import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AgreedActionTasks1796167848484 implements MigrationInterface {
  name = 'AgreedActionTasks1796167848484';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Links to rows that no longer exist (none are expected: nothing linked before) are cleared.
    await queryRunner.query(
      `UPDATE "tracked_action_tasks" t SET "agreed_action_id" = NULL WHERE "agreed_action_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "agreed_actions" a WHERE a."id" = t."agreed_action_id")`,
    );
    await queryRunner.query(
      `UPDATE "agreed_actions" a SET "task_id" = NULL WHERE "task_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "tracked_action_tasks" t WHERE t."id" = a."task_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_tasks" ADD CONSTRAINT "fk_tracked_action_tasks_agreed_action" FOREIGN KEY ("agreed_action_id") REFERENCES "agreed_actions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreed_actions" ADD CONSTRAINT "fk_agreed_actions_task" FOREIGN KEY ("task_id") REFERENCES "tracked_action_tasks"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "agreed_actions" DROP CONSTRAINT "fk_agreed_actions_task"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracked_action_tasks" DROP CONSTRAINT "fk_tracked_action_tasks_agreed_action"`,
    );
  }
}
