import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashToken, newSecretToken } from '../../src/common/auth/tokens.js';
import { Locale } from '../../src/common/i18n/locale.js';
import { SessionEntity } from '../../src/modules/auth/entities/session.entity.js';
import { MembershipEntity } from '../../src/modules/organisations/entities/membership.entity.js';
import { MembershipRole } from '../../src/modules/organisations/membership.enums.js';
import { OrganisationEntity } from '../../src/modules/organisations/entities/organisation.entity.js';
import { OrganisationType } from '../../src/modules/organisations/organisation.enums.js';
import { UserEntity } from '../../src/modules/users/entities/user.entity.js';
import { type GlobalRole } from '../../src/common/auth/global-role.js';

export interface SignedInUser {
  user: UserEntity;
  accessToken: string;
  headers: Record<string, string>;
}

/** A user with an open session, straight in the database (the sign-in flow has its own spec). */
export async function createSignedInUser(
  dataSource: DataSource,
  options: { roles?: GlobalRole[]; email?: string; locale?: Locale } = {},
): Promise<SignedInUser> {
  const users = dataSource.getRepository(UserEntity);
  const user = await users.save(
    users.create({
      email: options.email ?? `person-${randomBytes(4).toString('hex')}@example.fi`,
      name: 'Testi Henkilö',
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

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** A random business ID with a correct check digit. */
export function randomBusinessId(): string {
  for (;;) {
    const digits = String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0');
    const remainder =
      [...digits].reduce((sum, digit, index) => sum + Number(digit) * WEIGHTS[index], 0) % 11;
    if (remainder === 1) continue;
    return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
  }
}

/** An organisation with the given user as its CONTACT. */
export async function createOrganisation(
  dataSource: DataSource,
  contact: UserEntity,
  overrides: Partial<OrganisationEntity> = {},
): Promise<OrganisationEntity> {
  const organisations = dataSource.getRepository(OrganisationEntity);
  const organisation = await organisations.save(
    organisations.create({
      name: `Testikunta ${randomBytes(3).toString('hex')}`,
      businessId: randomBusinessId(),
      type: OrganisationType.MUNICIPALITY,
      region: 'Uusimaa',
      ...overrides,
    }),
  );
  await addMember(dataSource, organisation, contact, MembershipRole.CONTACT);
  return organisation;
}

export async function addMember(
  dataSource: DataSource,
  organisation: OrganisationEntity,
  user: UserEntity,
  role: MembershipRole = MembershipRole.MEMBER,
): Promise<void> {
  await dataSource
    .getRepository(MembershipEntity)
    .insert({ organisationId: organisation.id, userId: user.id, role });
}
