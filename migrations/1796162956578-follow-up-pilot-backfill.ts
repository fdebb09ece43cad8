import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data only: every organisation already in a cohort gets its pilot (from now on a pilot is
 * created when the organisation confirms, through CohortEvents). Prefilled as at confirmation:
 * the application's pilot title (else "Pilottihankinta"), category (spelled as the lists
 * spell codes) and description. Idempotent: organisations that have a pilot are skipped.
 * `down` removes nothing (the pilots may have been worked on since).
 */
export class FollowUpPilotBackfill1796162956578 implements MigrationInterface {
  name = 'FollowUpPilotBackfill1796162956578';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO tracked_actions (academy_id, kind, organisation_id, title_fi, title_sv, title_en,
        description_fi, official_description_fi, category)
      SELECT cm.academy_id, 'PILOT_PROCUREMENT', cm.organisation_id,
        COALESCE(NULLIF(btrim(ap.answers #>> '{pilotProcurement,title}'), ''), 'Pilottihankinta'),
        CASE WHEN NULLIF(btrim(ap.answers #>> '{pilotProcurement,title}'), '') IS NULL
          THEN 'Pilotupphandling' END,
        CASE WHEN NULLIF(btrim(ap.answers #>> '{pilotProcurement,title}'), '') IS NULL
          THEN 'Pilot procurement' END,
        COALESCE(btrim(ap.answers #>> '{pilotProcurement,description}'), ''),
        '',
        NULLIF(upper(regexp_replace(btrim(ap.answers #>> '{pilotProcurement,category}'), '[[:space:]-]+', '_', 'g')), '')
      FROM cohort_members cm
      LEFT JOIN applications ap
        ON ap.academy_id = cm.academy_id AND ap.organisation_id = cm.organisation_id
      ON CONFLICT DO NOTHING`);
  }

  public async down(): Promise<void> {
    // Nothing: the backfilled pilots stay (they are removed with the tables by the core's down).
  }
}
