import { AcademyEntity } from '../modules/academies/entities/academy.entity.js';
import { SeedRunEntity } from './seed-run.entity.js';

/** Every entity, listed once, for the app, the migration CLI and the drift check. */
export const ENTITIES = [AcademyEntity, SeedRunEntity];
