import type { DataSource } from 'typeorm';
import { MembershipEntity } from '../../src/modules/organisations/entities/membership.entity.js';
import { OrganisationEntity } from '../../src/modules/organisations/entities/organisation.entity.js';
import { MembershipRole } from '../../src/modules/organisations/membership.enums.js';
import { OrganisationType } from '../../src/modules/organisations/organisation.enums.js';
import { nextNumber } from './sequence.js';
import { createSignedInUser, type SignedInUser } from './users.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** The Y-tunnus for seven digits, or null when no check digit exists (remainder 1). */
export function businessIdFor(digits: string): string | null {
  const remainder =
    [...digits].reduce((sum, digit, index) => sum + Number(digit) * WEIGHTS[index], 0) % 11;
  if (remainder === 1) return null;
  return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
}

/**
 * A business ID with a correct check digit, different from every other one this spec file
 * makes (a counter, not chance: the column is unique). 9xxxxxx keeps clear of real ones.
 */
export function nextBusinessId(): string {
  for (;;) {
    const id = businessIdFor(String(9_000_000 + nextNumber()));
    if (id) return id;
  }
}

/** An organisation with the given user as its CONTACT, straight in the database. */
export async function createOrganisation(
  dataSource: DataSource,
  contact: { id: string },
  overrides: Partial<OrganisationEntity> = {},
): Promise<OrganisationEntity> {
  const organisations = dataSource.getRepository(OrganisationEntity);
  const organisation = await organisations.save(
    organisations.create({
      name: `Testikunta ${nextNumber()}`,
      businessId: nextBusinessId(),
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
  organisation: { id: string },
  user: { id: string },
  role: MembershipRole = MembershipRole.MEMBER,
): Promise<void> {
  await dataSource
    .getRepository(MembershipEntity)
    .insert({ organisationId: organisation.id, userId: user.id, role });
}

export interface OrganisationWithPeople {
  organisation: OrganisationEntity;
  contact: SignedInUser;
  members: SignedInUser[];
}

/** A new signed-in contact, their organisation, and `members` plain members (signed in). */
export async function createOrganisationWithContact(
  dataSource: DataSource,
  options: { members?: number; overrides?: Partial<OrganisationEntity> } = {},
): Promise<OrganisationWithPeople> {
  const contact = await createSignedInUser(dataSource);
  const organisation = await createOrganisation(dataSource, contact.user, options.overrides);
  const members: SignedInUser[] = [];
  for (let index = 0; index < (options.members ?? 0); index++) {
    const member = await createSignedInUser(dataSource);
    await addMember(dataSource, organisation, member.user);
    members.push(member);
  }
  return { organisation, contact, members };
}
