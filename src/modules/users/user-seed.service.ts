import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GlobalRole } from '../../common/auth/global-role.js';
import type { Locale } from '../../common/i18n/locale.js';
import { UserEntity } from './entities/user.entity.js';

export interface PersonSeed {
  /** Lower-case, as every stored address is. */
  email: string;
  name: string;
  locale: Locale;
  roles?: GlobalRole[];
}

/** Writes people for the demo seed (the demo feature never writes `users` itself). */
@Injectable()
export class UserSeedService {
  /** The person with this address, created as given when absent (an existing one is kept). */
  async seedPerson(manager: EntityManager, person: PersonSeed): Promise<UserEntity> {
    const users = manager.getRepository(UserEntity);
    await users
      .createQueryBuilder()
      .insert()
      .values({
        email: person.email,
        name: person.name,
        locale: person.locale,
        roles: person.roles ?? [],
      })
      .orIgnore()
      .execute();
    return users.findOneByOrFail({ email: person.email });
  }
}
