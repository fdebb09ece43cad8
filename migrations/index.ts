// Written by `npm run migration:generate`: every migration, oldest first.
import { CreateAcademies1795479893577 } from './1795479893577-create-academies.js';

export const MIGRATIONS = [CreateAcademies1795479893577];
