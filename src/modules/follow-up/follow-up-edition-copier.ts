import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  EditionCopiers,
  type EditionCopier,
  type EditionWrite,
} from '../academies/editions/edition-copiers.js';
import { CircularMeasureEntity } from './entities/circular-measure.entity.js';
import { FollowUpSettingsEntity } from './entities/follow-up-settings.entity.js';

/**
 * The next edition's circular-measure catalogue (same keys, labels and order) and check-in
 * settings (when the source has its own); no tracked actions, updates or reports.
 */
@Injectable()
export class FollowUpEditionCopier implements EditionCopier, OnModuleInit {
  readonly name = 'followUp';

  constructor(private readonly copiers: EditionCopiers) {}

  onModuleInit(): void {
    this.copiers.register(this);
  }

  async prepare(manager: EntityManager, sourceAcademyId: string): Promise<EditionWrite> {
    const measures = await manager
      .getRepository(CircularMeasureEntity)
      .find({ where: { academyId: sourceAcademyId }, order: { position: 'ASC' } });
    const settings = await manager
      .getRepository(FollowUpSettingsEntity)
      .findOneBy({ academyId: sourceAcademyId });
    const copies = measures.map((measure) => ({
      key: measure.key,
      label: { ...measure.label },
      description: { ...measure.description },
      takesCriterionText: measure.takesCriterionText,
      position: measure.position,
    }));
    return async (writer, targetAcademyId) => {
      const repository = writer.getRepository(CircularMeasureEntity);
      if (copies.length > 0)
        await repository.save(
          copies.map((copy) => repository.create({ ...copy, academyId: targetAcademyId })),
        );
      if (settings) {
        await writer.getRepository(FollowUpSettingsEntity).insert({
          academyId: targetAcademyId,
          checkInCadence: settings.checkInCadence,
          taskReminderDays: settings.taskReminderDays,
        });
      }
      return { circularMeasures: copies.length, followUpSettings: settings ? 1 : 0 };
    };
  }
}
