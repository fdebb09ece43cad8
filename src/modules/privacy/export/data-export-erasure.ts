import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataRegistry,
  type PersonalDataEraser,
  type PersonalDataSubject,
} from '../../../common/privacy/personal-data.js';
import { DataExportEntity } from './entities/data-export.entity.js';

/**
 * An erased person's data exports go entirely: the requests, their links and any archive
 * still waiting (it is a copy of everything the erasure removes). A build job still queued
 * then finds no row and does nothing.
 */
@Injectable()
export class DataExportErasure implements PersonalDataEraser, OnModuleInit {
  readonly name = 'data-exports';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerEraser(this);
  }

  async erase(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<Record<string, number>> {
    const result = await manager
      .getRepository(DataExportEntity)
      .delete({ requestedById: subject.userId });
    return { data_exports: result.affected ?? 0 };
  }
}
