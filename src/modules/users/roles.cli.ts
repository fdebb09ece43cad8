import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { DomainException } from '../../common/errors/domain.exception.js';
import { createRootLogger } from '../../common/logging/logger.js';
import { loadConfigOrExit } from '../../config/app-config.js';
import { buildDataSourceOptions } from '../../database/data-source-options.js';
import { operatorDatabase } from '../../database/embedded-postgres.js';
import { migrateUnderLock } from '../../database/migrate.js';
import { ENTITIES } from '../../app.entities.js';
import { AuditService } from '../audit/audit.service.js';
import { UserEntity } from './entities/user.entity.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import { UsersService } from './users.service.js';
import { RoleEvents } from './role-events.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { translate } from '../../common/i18n/messages.js';
import { Locale } from '../../common/i18n/locale.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';

const USAGE = `Usage: npm run roles -- <grant|revoke> <ADMIN|EXPERT> <email>
The person must have signed in once. The change is audited (actor: system) and takes
effect on their next request. It works on the server's database: DATABASE_URL, else the
embedded one in DATA_DIR (the same DATA_DIR as the server's; none is created).`;

async function main(): Promise<void> {
  const [action, role, email] = process.argv.slice(2);
  if (
    !['grant', 'revoke'].includes(action ?? '') ||
    !Object.values(GlobalRole).includes(role as GlobalRole) ||
    !email
  ) {
    process.stdout.write(`${USAGE}\n`);
    process.exitCode = 1;
    return;
  }
  const config = loadConfigOrExit();
  const logger = createRootLogger('warn');
  // Beside a running server, its embedded database; otherwise DATA_DIR's, started for this
  // command — but never a new one: a role granted in an empty database helps nobody.
  const database = await operatorDatabase(config, logger, { mayInitialise: false });
  process.stderr.write(`Database: ${database.description}\n`);
  const url = database.url;
  const dataSource = await new DataSource(
    buildDataSourceOptions(
      { url, poolSize: 1, statementTimeoutMs: 30000, lockTimeoutMs: 10000 },
      logger,
      ENTITIES,
    ),
  ).initialize();
  try {
    // The running server has migrated to its own version; code pulled since then must not
    // migrate the schema under it.
    if (!database.besideRunningServer) await migrateUnderLock(dataSource, logger);
    // The same service admins use through GraphQL; the actor is the system (null).
    const users = new UsersService(
      new ContendedTransactions(dataSource, config),
      dataSource.getRepository(UserEntity),
      AuditService.over(dataSource),
      config,
      // No consultations here: revoking EXPERT from the command line does not withdraw the
      // person's open slots (revokeRole does); they are unbookable anyway (see auth-and-mail.md).
      new RoleEvents(),
    );
    const user = await users.changeRole(null, email, role as GlobalRole, action === 'grant');
    process.stdout.write(`${user.email}: ${user.roles.join(', ') || '(no roles)'}\n`);
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof DomainException
      ? error.code === ErrorCode.NOT_FOUND
        ? 'No such user in this database: they must sign in once first.'
        : translate(error.messageKey, Locale.en, error.params)
      : error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
