import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import type { Loaders } from '../../common/graphql/loaders.js';
import { createPeopleLoader, type PersonSummary } from './loaders/people.loader.js';
import { UsersService } from './users.service.js';

// The users feature's per-request loaders, declared on the GraphQL context's `loaders`
// (common/ declares only its own).
declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    /** Name and e-mail of a user, by id. */
    people: DataLoader<string, PersonSummary | null>;
  }
}

export type UserLoaderSet = Pick<Loaders, 'people'>;

@Injectable()
export class UsersLoaders {
  constructor(private readonly users: UsersService) {}

  create(): UserLoaderSet {
    return { people: createPeopleLoader(this.users) };
  }
}
