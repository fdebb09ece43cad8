import DataLoader from 'dataloader';
import type { UsersService } from '../users.service.js';

/** What other features show of a person: name and e-mail. */
export interface PersonSummary {
  id: string;
  name: string | null;
  email: string;
}

/** Name and e-mail of a user, by id. */
export function createPeopleLoader(users: UsersService): DataLoader<string, PersonSummary | null> {
  return new DataLoader(async (userIds) => {
    const found = await users.findByIds(userIds);
    const byId = new Map(found.map(({ id, name, email }) => [id, { id, name, email }]));
    return userIds.map((id) => byId.get(id) ?? null);
  });
}
