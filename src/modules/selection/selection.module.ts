import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AcademiesModule } from '../academies/academies.module.js';
import { ApplicationsModule } from '../applications/applications.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CohortModule } from '../cohort/cohort.module.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { UsersModule } from '../users/users.module.js';
import { ConflictOfInterestEntity } from './entities/conflict-of-interest.entity.js';
import { ReviewCriterionEntity } from './entities/review-criterion.entity.js';
import { ReviewScoreEntity } from './entities/review-score.entity.js';
import { ReviewEntity } from './entities/review.entity.js';
import { SelectionDecisionEntity } from './entities/selection-decision.entity.js';
import { SelectionOfferEntity } from './entities/selection-offer.entity.js';
import { SelectionReleaseEntity } from './entities/selection-release.entity.js';
import { SelectionBoardExportController } from './selection-board-export.controller.js';
import { SelectionBoardExportService } from './selection-board-export.service.js';
import { SelectionBoardResolver } from './selection-board.resolver.js';
import { SelectionBoardService } from './selection-board.service.js';
import { SelectionOffersService } from './selection-offers.service.js';

/**
 * Owns the selection after the deadline: the review rubric, conflicts of interest, reviewer
 * assignments and reviews, the board, staged decisions, their release and the offers of
 * places (accepted organisations and promoted reserves). Confirmed organisations are written
 * to the cohort through CohortService.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ReviewCriterionEntity,
      ConflictOfInterestEntity,
      ReviewEntity,
      ReviewScoreEntity,
      SelectionDecisionEntity,
      SelectionReleaseEntity,
      SelectionOfferEntity,
    ]),
    AuditModule,
    MailModule,
    AcademiesModule,
    ApplicationsModule,
    ConsultationsModule,
    OrganisationsModule,
    UsersModule,
    CohortModule,
  ],
  controllers: [SelectionBoardExportController],
  providers: [
    SelectionOffersService,
    SelectionBoardService,
    SelectionBoardExportService,
    SelectionBoardResolver,
  ],
  exports: [],
})
export class SelectionModule {}
