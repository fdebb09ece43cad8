import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalizedTextModel } from '../../../common/i18n/localized-text.model.js';
import { ZonedDateTimeModel } from '../../../common/time/zoned-date-time.model.js';
import { AcademyStatus } from '../../academies/academy.enums.js';
import { EventKind, EventMode, EventStatus } from '../../timeline/timeline-event.enums.js';

@ObjectType('Money', { description: 'An exact amount of money: a decimal string and a currency.' })
export class MoneyModel {
  @Field({ description: 'Exact decimal with two decimals, e.g. `225118.00` (never a float).' })
  amount: string;

  @Field({ description: 'ISO 4217 code, e.g. `EUR`.' })
  currency: string;
}

@ObjectType('ProgrammeDuration', { description: "The programme's first and last day." })
export class ProgrammeDurationModel {
  @Field({ description: "First day, `YYYY-MM-DD` in the academy's zone." })
  startDate: string;

  @Field({ description: 'Last day (inclusive), `YYYY-MM-DD`.' })
  endDate: string;

  @Field(() => ZonedDateTimeModel, { description: 'The first day’s start in the zone.' })
  startsAt: ZonedDateTimeModel;

  @Field(() => ZonedDateTimeModel, {
    description: 'The last instant of the last day in the zone (23:59:59.999).',
  })
  endsAt: ZonedDateTimeModel;
}

@ObjectType('ProgrammePartner')
export class ProgrammePartnerModel {
  @Field()
  name: string;

  @Field(() => LocalizedTextModel)
  role: LocalizedTextModel;

  @Field(() => String, { nullable: true, description: 'Its web site (http or https).' })
  url: string | null;
}

@ObjectType('FundingSource')
export class FundingSourceModel {
  @Field(() => LocalizedTextModel)
  name: LocalizedTextModel;

  @Field(() => MoneyModel, { nullable: true, description: 'Null when only the funder is named.' })
  amount: MoneyModel | null;
}

@ObjectType('ProgrammeEvent', {
  description: 'A public timeline event: no hosts, no online link, nothing personal.',
})
export class ProgrammeEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => EventKind)
  kind: EventKind;

  @Field(() => LocalizedTextModel)
  title: LocalizedTextModel;

  @Field(() => LocalizedTextModel)
  description: LocalizedTextModel;

  @Field(() => ZonedDateTimeModel)
  start: ZonedDateTimeModel;

  @Field(() => ZonedDateTimeModel)
  end: ZonedDateTimeModel;

  @Field(() => EventMode)
  mode: EventMode;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field(() => EventStatus)
  status: EventStatus;
}

@ObjectType('ProgrammeOutcome', { description: "A workshop's recorded outcome, published." })
export class ProgrammeOutcomeModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  eventId: string;

  @Field(() => LocalizedTextModel)
  eventTitle: LocalizedTextModel;

  @Field(() => LocalizedTextModel)
  title: LocalizedTextModel;

  @Field(() => LocalizedTextModel)
  body: LocalizedTextModel;

  @Field(() => [String])
  links: string[];
}

@ObjectType('ProgrammePage', {
  description:
    "A programme's public page: its description, partners, budget and funding, duration, public timeline and published outcomes.",
})
export class ProgrammePageModel {
  @Field(() => ID)
  academyId: string;

  @Field()
  slug: string;

  @Field(() => AcademyStatus)
  status: AcademyStatus;

  @Field(() => LocalizedTextModel)
  title: LocalizedTextModel;

  @Field(() => LocalizedTextModel, { description: "The academy's public description." })
  description: LocalizedTextModel;

  @Field()
  timeZone: string;

  @Field(() => ProgrammeDurationModel, { nullable: true })
  duration: ProgrammeDurationModel | null;

  @Field(() => MoneyModel, { nullable: true, description: 'The total budget.' })
  budget: MoneyModel | null;

  @Field(() => [FundingSourceModel])
  fundingSources: FundingSourceModel[];

  @Field(() => [ProgrammePartnerModel])
  partners: ProgrammePartnerModel[];

  @Field(() => [ProgrammeEventModel], {
    description: 'The cohort-wide events anyone may see, in time order (cancelled ones marked).',
  })
  events: ProgrammeEventModel[];

  @Field(() => [ProgrammeOutcomeModel], {
    description:
      "The events' recorded outcomes when the academy publishes them (`publicOutcomes`); else empty.",
  })
  outcomes: ProgrammeOutcomeModel[];
}
