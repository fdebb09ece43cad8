import { isRealDate } from '../follow-up/schedule.js';
import { TrackedActionStage } from '../follow-up/follow-up.enums.js';
import { CIRCULAR_MEASURE_DEFAULTS } from '../follow-up/measures/circular-measure-defaults.js';
import { HSY_ACTION_2023, PILOT_FOLLOW_UP_2023 } from './demo-follow-up-2023.js';
import { DEMO_DECLINED_2023, DEMO_PROMOTED_2023 } from './demo-selection-2023.js';
import { SPARRING_2023 } from './demo-sparring-2023.js';

// The seed skips what it cannot place (an unknown task title, a measure key off the
// catalogue), so the data's links are checked here.
describe('demo follow-up data 2023', () => {
  it('covers the cohort of seven (the decliner out, the promoted reserve in)', () => {
    const keys = PILOT_FOLLOW_UP_2023.map((entry) => entry.key);
    expect(keys).toHaveLength(7);
    expect(new Set(keys)).toEqual(new Set(SPARRING_2023.map((entry) => entry.key)));
    expect(keys).not.toContain(DEMO_DECLINED_2023.key);
    expect(keys).toContain(DEMO_PROMOTED_2023.key);
  });

  it.each(PILOT_FOLLOW_UP_2023.map((entry) => [entry.key, entry] as const))(
    '%s: its stage is where its updates moved it, in time order, from PLANNING',
    (_key, entry) => {
      const moves = entry.updates.flatMap((update) => (update.stage ? [update.stage] : []));
      expect(moves[0]).toBe(TrackedActionStage.PLANNING);
      expect(moves.at(-1)).toBe(entry.stage);
      const times = entry.updates.map((update) => update.at);
      expect(times).toEqual([...times].sort());
      for (const update of entry.updates)
        for (const comment of update.comments ?? []) expect(comment.at > update.at).toBe(true);
    },
  );

  it.each(PILOT_FOLLOW_UP_2023.map((entry) => [entry.key, entry] as const))(
    '%s: done tasks are its sparring agreed actions, measures are in the catalogue, dates are real',
    (key, entry) => {
      const agreed = SPARRING_2023.find((sparring) => sparring.key === key)!.actions;
      for (const done of entry.tasksDone)
        expect(agreed.map((action) => action.title)).toContain(done.title);
      const catalogue = CIRCULAR_MEASURE_DEFAULTS.map((measure) => measure.key);
      for (const use of entry.measures) expect(catalogue).toContain(use.key);
      expect(entry.measures.filter((use) => use.criterionText)).toHaveLength(1);
      for (const milestone of entry.milestones) expect(isRealDate(milestone.planned)).toBe(true);
      for (const metric of entry.metrics)
        for (const measurement of metric.measurements)
          expect(isRealDate(measurement.on)).toBe(true);
    },
  );

  it('keeps the HSY task of seed 002: due 31.12.2025', () => {
    expect(HSY_ACTION_2023.task.dueDate).toBe('2025-12-31');
    expect(HSY_ACTION_2023.title.fi).toBe('Lisäämme kiertotalousnäkökohtia hankinnoissa');
    expect(HSY_ACTION_2023.declaredOnSchedule).toBe(true);
  });
});
