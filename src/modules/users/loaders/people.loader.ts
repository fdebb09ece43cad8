import DataLoader from 'dataloader';
import type { UsersService } from '../users.service.js';

/** Name and e-mail of a person, as other features' fields show them. */
export interface PersonSummary {
  id: string;
  name: string | null;
  email: string;
}

/** People by id, one statement per batch. */
export function createPeopleLoader(users: UsersService): DataLoader<string, PersonSummary | null> {
  return new DataLoader(async (userIds) => {
    const people = await users.findByIds(userIds);
    const byId = new Map(
      people.map((person) => [
        person.id,
        { id: person.id, name: person.name, email: person.email },
      ]),
    );
    return userIds.map((id) => byId.get(id) ?? null);
  });
}
