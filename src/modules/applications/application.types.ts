// The application record other features receive from ApplicationRecordsService.
export type { ApplicationEntity as ApplicationRecord } from './entities/application.entity.js';
