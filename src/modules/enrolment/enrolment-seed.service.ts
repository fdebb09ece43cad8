import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LocalizedText } from '../../common/i18n/localized-text.js';
import { CohortParticipantRole } from '../cohort/cohort.enums.js';
import { CohortService } from '../cohort/cohort.service.js';
import { SignUpEntity } from './entities/sign-up.entity.js';

export interface SignUpSeed {
  academyId: string;
  organisationId: string;
  /** Who signed up: the team's responsible person (an account, or a person without one). */
  signer: { userId: string | null; name: string; email: string };
  /** When, as history has it (the sign-up and the cohort membership carry this instant). */
  signedUpAt: Date;
  /** The terms accepted, if the academy had any. */
  acceptedTerms?: LocalizedText | null;
}

/**
 * Writes past sign-ups for the demo seed: no deadline check and no mail (the sign-up happened
 * years ago); the organisation joins the cohort as `signUp` makes it join.
 */
@Injectable()
export class EnrolmentSeedService {
  constructor(private readonly cohort: CohortService) {}

  async seedSignUp(manager: EntityManager, seed: SignUpSeed): Promise<void> {
    const repository = manager.getRepository(SignUpEntity);
    await repository.insert({
      academyId: seed.academyId,
      organisationId: seed.organisationId,
      signedUpById: seed.signer.userId,
      termsAcceptedAt: seed.acceptedTerms ? seed.signedUpAt : null,
      acceptedTerms: seed.acceptedTerms ?? null,
      createdAt: seed.signedUpAt,
      updatedAt: seed.signedUpAt,
    });
    await this.cohort.addMember(
      manager,
      seed.academyId,
      seed.organisationId,
      [
        {
          userId: seed.signer.userId,
          name: seed.signer.name,
          email: seed.signer.email.toLowerCase(),
          role: CohortParticipantRole.RESPONSIBLE,
          teamRole: null,
        },
      ],
      { via: 'SIGN_UP', joinedAt: seed.signedUpAt },
    );
  }
}
