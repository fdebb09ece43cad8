import type { DataSource } from 'typeorm';
import { hashToken, newSecretToken } from '../../src/common/auth/tokens.js';
import { GlobalRole } from '../../src/common/auth/global-role.js';
import { Locale } from '../../src/common/i18n/locale.js';
import { SessionEntity } from '../../src/modules/auth/entities/session.entity.js';
import { UserEntity } from '../../src/modules/users/entities/user.entity.js';
import { nextNumber } from './sequence.js';

export interface SignedInUser {
  user: UserEntity;
  accessToken: string;
  headers: Record<string, string>;
}

export interface UserOptions {
  roles?: GlobalRole[];
  email?: string;
  name?: string;
  locale?: Locale;
}

/** A user with an open session, straight in the database (the sign-in flow has its own spec). */
export async function createSignedInUser(
  dataSource: DataSource,
  options: UserOptions = {},
): Promise<SignedInUser> {
  const users = dataSource.getRepository(UserEntity);
  const user = await users.save(
    users.create({
      email: options.email ?? `person-${nextNumber()}@example.fi`,
      name: options.name ?? 'Testi Henkilö',
      locale: options.locale ?? Locale.en,
      roles: options.roles ?? [],
    }),
  );
  const accessToken = newSecretToken();
  await dataSource.getRepository(SessionEntity).insert({
    tokenHash: hashToken('SESSION', accessToken),
    userId: user.id,
    // Far ahead: specs move the server clock years forward.
    expiresAt: new Date('2100-01-01T00:00:00Z'),
    revokedAt: null,
  });
  return {
    user,
    accessToken,
    headers: { authorization: `Bearer ${accessToken}`, 'accept-language': 'en' },
  };
}

/** A signed-in ADMIN. */
export const createAdmin = (dataSource: DataSource, options: UserOptions = {}) =>
  createSignedInUser(dataSource, { ...options, roles: [GlobalRole.ADMIN] });

/** A signed-in EXPERT. */
export const createExpert = (dataSource: DataSource, options: UserOptions = {}) =>
  createSignedInUser(dataSource, { ...options, roles: [GlobalRole.EXPERT] });

/** A session for a user who already exists (e.g. a person of the demo data), by e-mail. */
export async function signInAs(dataSource: DataSource, email: string): Promise<SignedInUser> {
  const user = await dataSource.getRepository(UserEntity).findOneByOrFail({ email });
  const accessToken = newSecretToken();
  await dataSource.getRepository(SessionEntity).insert({
    tokenHash: hashToken('SESSION', accessToken),
    userId: user.id,
    expiresAt: new Date('2100-01-01T00:00:00Z'),
    revokedAt: null,
  });
  return {
    user,
    accessToken,
    headers: { authorization: `Bearer ${accessToken}`, 'accept-language': user.locale },
  };
}
