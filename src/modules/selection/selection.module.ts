import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AcademiesModule } from '../academies/academies.module.js';
import { ApplicationsModule } from '../applications/applications.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CohortModule } from '../cohort/cohort.module.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { UsersModule } from '../users/users.module.js';
import { ConflictOfInterestEntity } from './entities/conflict-of-interest.entity.js';
import { ReviewCriterionEntity } from './entities/review-criterion.entity.js';
import { ReviewScoreEntity } from './entities/review-score.entity.js';
import { ReviewEntity } from './entities/review.entity.js';
import { SelectionDecisionEntity } from './entities/selection-decision.entity.js';
import { SelectionOfferEntity } from './entities/selection-offer.entity.js';
import { SelectionReleaseEntity } from './entities/selection-release.entity.js';
import { ApplicationOfferResolver } from './application-offer.resolver.js';
import { OfferResponsesService } from './offer-responses.service.js';
import { ReserveListService } from './reserve-list.service.js';
import { SelectionOfferMailer } from './selection-offer-mailer.js';
import { SelectionOfferLoaders } from './selection-offer.loaders.js';
import { SelectionOffersResolver } from './selection-offers.resolver.js';
import { SelectionBoardExportController } from './selection-board-export.controller.js';
import { SelectionBoardExportService } from './selection-board-export.service.js';
import { SelectionBoardResolver } from './selection-board.resolver.js';
import { SelectionBoardService } from './selection-board.service.js';
import { SelectionOffersService } from './selection-offers.service.js';
import { SelectionSeedService } from './selection-seed.service.js';
import { ProgrammeStart } from './programme-start.job.js';
import { ReviewAssignmentsResolver } from './review-assignments.resolver.js';
import { ReviewAssignmentsService } from './review-assignments.service.js';
import { ApplicationReviewsResolver, ReviewFieldsResolver } from './review-fields.resolver.js';
import { ReviewRubricResolver } from './review-rubric.resolver.js';
import { ReviewRubricService } from './review-rubric.service.js';
import { ReviewerNoteReaders } from './reviewer-note-readers.js';
import { ReviewsResolver } from './reviews.resolver.js';
import { ReviewsService } from './reviews.service.js';
import { SelectionLoaders } from './selection.loaders.js';
import { SelectionDecisionMailer } from './selection-decision-mailer.js';
import { SelectionDecisionLoaders } from './selection-decisions.loaders.js';
import {
  AcademySelectionResolver,
  ApplicationDecisionResolver,
  SelectionDecisionsResolver,
} from './selection-decisions.resolver.js';
import { SelectionDecisionsService } from './selection-decisions.service.js';
import { PublishSelectionUsecase } from './usecases/publish-selection/publish-selection.usecase.js';

/**
 * Owns the selection after the deadline: the review rubric, conflicts of interest, reviewer
 * assignments and reviews, the board, staged decisions, their release and the offers of
 * places (accepted organisations and promoted reserves). Confirmed organisations are written
 * to the cohort through CohortService.
 */
import { ReviewRubricEditionCopier } from './review-rubric-edition-copier.js';
import { SelectionDataExport } from './selection-data-export.js';

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
    TimelineModule,
  ],
  controllers: [SelectionBoardExportController],
  providers: [
    SelectionDataExport,
    ReviewRubricEditionCopier,
    SelectionOffersService,
    SelectionSeedService,
    ReviewRubricService,
    ReviewsService,
    ReviewAssignmentsService,
    ReviewerNoteReaders,
    SelectionLoaders,
    ReviewRubricResolver,
    ReviewAssignmentsResolver,
    ReviewsResolver,
    ReviewFieldsResolver,
    ApplicationReviewsResolver,
    // Offers, the reserve list and the cohort's confirmation.
    ReserveListService,
    OfferResponsesService,
    SelectionOfferMailer,
    SelectionOffersResolver,
    ApplicationOfferResolver,
    SelectionOfferLoaders,
    // Staged decisions and their release.
    SelectionDecisionsService,
    SelectionDecisionMailer,
    SelectionDecisionLoaders,
    PublishSelectionUsecase,
    ProgrammeStart,
    SelectionDecisionsResolver,
    AcademySelectionResolver,
    ApplicationDecisionResolver,
    // The selection board and its CSV.
    SelectionBoardService,
    SelectionBoardExportService,
    SelectionBoardResolver,
  ],
  exports: [ReviewRubricService, SelectionSeedService],
})
export class SelectionModule {}
