import 'reflect-metadata';
import { ENTITIES } from './app.entities.js';
import { runMigrationCli } from './database/migration-cli.js';

// `npm run migration:<run|revert|generate|check>`: the database layer's commands, given the
// app's entities from this composition root.
runMigrationCli(ENTITIES);
