import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataRegistry,
  type ExportedRecords,
  type PersonalDataExporter,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { UserEntity } from './entities/user.entity.js';

/** A person's export: their profile (`profile.json`), every column of their users row. */
@Injectable()
export class UsersDataExport implements PersonalDataExporter, OnModuleInit {
  readonly name = 'users';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerExporter(this);
  }

  async exportPerson(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<ExportedRecords> {
    const user = await manager.getRepository(UserEntity).findOneBy({ id: subject.userId });
    if (!user) return { profile: [] };
    return {
      profile: [
        {
          id: user.id,
          email: user.email,
          name: user.name,
          locale: user.locale,
          roles: user.roles,
          createdAt: user.createdAt,
          updatedAt: user.updatedAt,
        },
      ],
    };
  }
}
