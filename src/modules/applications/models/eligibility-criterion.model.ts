import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { LocalizedTextModel } from '../../../common/i18n/localized-text.model.js';
import { type CriterionParameters } from '../entities/eligibility-criterion.entity.js';
import { CriterionKind, CriterionSeverity } from '../eligibility-criterion.enums.js';

registerEnumType(CriterionKind, { name: 'CriterionKind' });
registerEnumType(CriterionSeverity, {
  name: 'CriterionSeverity',
  description: 'HARD blocks submission; SOFT flags for discussion.',
});

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
