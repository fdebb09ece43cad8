import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { ProvidesLoaders } from '../../common/graphql/loader-registry.js';
import type { LoaderFactory } from '../../common/graphql/loaders.js';
import { createPeopleLoader, type PersonSummary } from './loaders/people.loader.js';
import { UsersService } from './users.service.js';

declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    /** Name and e-mail of a person, by id. */
    people: DataLoader<string, PersonSummary | null>;
  }
}

@Injectable()
@ProvidesLoaders()
export class UsersLoaders implements LoaderFactory {
  constructor(private readonly users: UsersService) {}

  create() {
    return { people: createPeopleLoader(this.users) };
  }
}
