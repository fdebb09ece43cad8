import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedTextModel } from '../../../common/i18n/localized-text.model.js';
import { AcademyEnrolment, AcademyStatus } from '../academy.enums.js';

registerEnumType(AcademyStatus, {
  name: 'AcademyStatus',
  description: 'DRAFT → OPEN (applications) → SELECTION → RUNNING → ALUMNI.',
});

registerEnumType(AcademyEnrolment, {
  name: 'AcademyEnrolment',
  description:
    'SELECTIVE: organisations apply and are selected. OPEN: they sign up by the deadline and take part at once.',
});

@ObjectType('Academy', { description: 'A theme academy: one edition with its own cohort.' })
export class AcademyModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'URL-friendly unique name, e.g. `kiertotalous-2023`.' })
  slug: string;

  @Field({ description: 'Theme key shared by the editions of one academy.' })
  theme: string;

  @Field(() => LocalizedTextModel)
  title: LocalizedTextModel;

  @Field(() => LocalizedTextModel)
  description: LocalizedTextModel;

  @Field({ description: 'IANA time zone in which dates are entered and shown.' })
  timeZone: string;

  @Field()
  applicationOpensAt: Date;

  @Field({ description: 'Last instant at which applications are accepted.' })
  applicationDeadline: Date;

  @Field()
  consultationBookingDeadline: Date;

  @Field()
  selectionAnnouncementAt: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      'Accepted organisations confirm or decline by this instant; null: 14 days after the release.',
  })
  confirmationDeadline: Date | null;

  @Field(() => Int, { description: 'How many organisations the cohort takes.' })
  capacity: number;

  @Field(() => [Int], {
    description:
      'Minutes before each event that its audience is reminded by e-mail, longest first (default 2880 and 60; empty: none).',
  })
  eventReminderMinutes: number[];

  @Field(() => Int, {
    description: 'Days a reserve promoted after a decline or lapse has to answer its offer.',
  })
  reserveResponseDays: number;

  @Field(() => Int, {
    description:
      "How many people a cohort organisation's named team may have (contacts add within it).",
  })
  teamSizeLimit: number;

  @Field({
    description:
      "Events' recorded outcomes are shown to anyone (also signed out) while the academy is published.",
  })
  publicOutcomes: boolean;

  @Field(() => Int, {
    description:
      'Applicants may move or cancel a consultation until this many hours before it starts.',
  })
  consultationChangeCutoffHours: number;

  @Field(() => AcademyStatus)
  status: AcademyStatus;

  @Field(() => ID, {
    nullable: true,
    description:
      'The earlier edition this one follows (`createNextEdition` sets it); the editions of a series form a chain back through it.',
  })
  previousEditionId: string | null;

  @Field(() => AcademyEnrolment, {
    description:
      'How organisations join: SELECTIVE (apply) or OPEN (`signUp` between applicationOpensAt and applicationDeadline).',
  })
  enrolment: AcademyEnrolment;

  @Field(() => LocalizedTextModel, {
    nullable: true,
    description:
      'OPEN academies: terms of participation a sign-up must accept (`acceptTerms: true`); null: none.',
  })
  signUpTerms: LocalizedTextModel | null;
}
