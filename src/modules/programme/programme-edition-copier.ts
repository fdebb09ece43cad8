import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  EditionCopiers,
  EditionShifter,
  type EditionCopier,
  type EditionWrite,
} from '../academies/editions/edition-copiers.js';
import { ProgrammeFundingSourceEntity } from './entities/programme-funding-source.entity.js';
import { ProgrammePartnerEntity } from './entities/programme-partner.entity.js';
import { ProgrammeProfileEntity } from './entities/programme-profile.entity.js';

/**
 * The next edition's programme page, as an organiser expects to edit it: the partners (name,
 * role, link, order: the same consortium usually runs the next round), the funding sources'
 * names without amounts (the funders often recur, the money is a new decision) and the
 * duration shifted like every other date; the total budget is not copied (a new decision,
 * entered when granted). The copy is a DRAFT, so nothing of it is public before the organiser
 * publishes it.
 */
@Injectable()
export class ProgrammeEditionCopier implements EditionCopier, OnModuleInit {
  readonly name = 'programme';

  constructor(private readonly copiers: EditionCopiers) {}

  onModuleInit(): void {
    this.copiers.register(this);
  }

  async prepare(
    manager: EntityManager,
    sourceAcademyId: string,
    shifter: EditionShifter,
  ): Promise<EditionWrite> {
    const profile = await manager
      .getRepository(ProgrammeProfileEntity)
      .findOneBy({ academyId: sourceAcademyId });
    const partners = await manager
      .getRepository(ProgrammePartnerEntity)
      .find({ where: { academyId: sourceAcademyId }, order: { position: 'ASC' } });
    const fundingSources = await manager
      .getRepository(ProgrammeFundingSourceEntity)
      .find({ where: { academyId: sourceAcademyId }, order: { position: 'ASC' } });
    const duration =
      profile && (profile.startDate || profile.endDate)
        ? {
            startDate: profile.startDate ? shifter.calendarText(profile.startDate) : null,
            endDate: profile.endDate ? shifter.calendarText(profile.endDate) : null,
          }
        : null;
    return async (writer, targetAcademyId) => {
      if (duration)
        await writer.getRepository(ProgrammeProfileEntity).insert({
          academyId: targetAcademyId,
          ...duration,
          budgetAmount: null,
          budgetCurrency: null,
        });
      if (partners.length > 0)
        await writer.getRepository(ProgrammePartnerEntity).insert(
          partners.map((partner) => ({
            academyId: targetAcademyId,
            position: partner.position,
            name: partner.name,
            role: { ...partner.role },
            url: partner.url,
          })),
        );
      if (fundingSources.length > 0)
        await writer.getRepository(ProgrammeFundingSourceEntity).insert(
          fundingSources.map((source) => ({
            academyId: targetAcademyId,
            position: source.position,
            name: { ...source.name },
            amount: null,
            currency: null,
          })),
        );
      return {
        programmeDuration: duration ? 1 : 0,
        programmePartners: partners.length,
        programmeFundingSources: fundingSources.length,
      };
    };
  }
}
