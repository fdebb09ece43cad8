import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ApplicationAnswers } from './application-answers.js';
import { ApplicationStatus } from './application.enums.js';
import { ApplicationEntity } from './entities/application.entity.js';

export interface SubmittedApplicationSeed {
  academyId: string;
  organisationId: string;
  answers: ApplicationAnswers;
  submittedAt: Date;
  /** The person who submitted it. */
  submittedById: string;
}

/** Writes past applications for the demo seed's history (no mail, no deadline check). */
@Injectable()
export class ApplicationSeedService {
  async seedSubmitted(
    manager: EntityManager,
    application: SubmittedApplicationSeed,
  ): Promise<ApplicationEntity> {
    const repository = manager.getRepository(ApplicationEntity);
    return repository.save(
      repository.create({
        academyId: application.academyId,
        organisationId: application.organisationId,
        answers: application.answers,
        status: ApplicationStatus.SUBMITTED,
        submittedAt: application.submittedAt,
        updatedById: application.submittedById,
      }),
    );
  }
}
