// The application record other features receive from ApplicationRecordsService.
export type { ApplicationEntity as ApplicationRecord } from './entities/application.entity.js';

/** The pilot procurement an application describes (blank answers as null). */
export interface PilotPlan {
  title: string | null;
  category: string | null;
  description: string | null;
}
