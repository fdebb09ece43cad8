// The academy record other features receive from AcademiesService (they never import the entity).
export type { AcademyEntity as AcademyRecord } from './entities/academy.entity.js';
