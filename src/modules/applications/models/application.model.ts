import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { LocalizedTextModel } from '../../../common/i18n/localized-text.model.js';
import type { ApplicationAnswers } from '../application-answers.js';
import { ApplicationStatus } from '../application.enums.js';
import { type CriterionParameters } from '../entities/eligibility-criterion.entity.js';
import { CriterionKind, CriterionSeverity } from '../eligibility-criterion.enums.js';
import { Outcome } from '../eligibility.js';

registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });
registerEnumType(CriterionKind, { name: 'CriterionKind' });
registerEnumType(CriterionSeverity, {
  name: 'CriterionSeverity',
  description: 'HARD blocks submission; SOFT flags for discussion.',
});
registerEnumType(Outcome, { name: 'EligibilityOutcome' });

@ObjectType('EligibilityCriterion')
export class EligibilityCriterionModel {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field(() => CriterionKind) kind: CriterionKind;
  @Field(() => CriterionSeverity) severity: CriterionSeverity;
  @Field(() => LocalizedTextModel) label: LocalizedTextModel;
  @Field(() => LocalizedTextModel) help: LocalizedTextModel;
  @Field(() => GraphQLJSON, {
    description: 'Kind-specific settings (types, categories, window, roles…).',
  })
  parameters: CriterionParameters;
}

@ObjectType('CriterionResult')
export class CriterionResultModel {
  @Field(() => ID) criterionId: string;
  @Field(() => Outcome) outcome: Outcome;
  @Field({ description: "Why, in the reader's language." }) explanation: string;
}

@ObjectType('ApplicationCompleteness')
export class CompletenessModel {
  @Field() submitted: boolean;
  @Field({ description: 'A consultation is booked for this application.' })
  consultationBooked: boolean;
  @Field({ description: 'Submitted and a consultation booked.' }) complete: boolean;
  @Field(() => [String], { description: 'What is still missing: SUBMISSION, CONSULTATION.' })
  missing: string[];
}

@ObjectType('Application', { description: "One organisation's application to one academy." })
export class ApplicationModel {
  @Field(() => ID) id: string;
  @Field(() => ID) academyId: string;
  @Field(() => ID) organisationId: string;
  @Field(() => ApplicationStatus) status: ApplicationStatus;
  @Field(() => Int, { description: 'Send back as expectedVersion to detect concurrent edits.' })
  version: number;
  @Field(() => GraphQLJSON, { description: 'All sections as saved.' }) answers: ApplicationAnswers;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Date, { nullable: true }) withdrawnAt: Date | null;
  @Field() updatedAt: Date;
}

@ObjectType('ApplicationPage')
export class ApplicationPageModel {
  @Field(() => [ApplicationModel]) items: ApplicationModel[];
  @Field(() => Int) total: number;
}

@ObjectType('DeadlineExtension')
export class DeadlineExtensionModel {
  @Field(() => ID) applicationId: string;
  @Field() until: Date;
  @Field() reason: string;
}
