import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../../common/graphql/page.args.js';
import {
  RetentionAnchor,
  RetentionKind,
  RetentionScope,
} from '../../../common/privacy/retention-kinds.js';

registerEnumType(RetentionKind, {
  name: 'RetentionKind',
  description: 'A kind of personal data with a keeping time (docs/privacy.md).',
  valuesMap: {
    REJECTED_APPLICATIONS: { description: 'Answers of applications whose decision was REJECTED.' },
    REVIEWS: { description: "Reviewers' written reasoning (the comment; scores stay)." },
    CONSULTATION_NOTES: {
      description:
        "The experts' notes of appointments, the reasons appointments were cancelled, and the appointments' summaries.",
    },
    SENT_MAIL: {
      description: 'Sent, cancelled and parked mail kept in the outbox (platform-wide).',
    },
    AUDIT: { description: 'The audit trail (platform-wide).' },
  },
});
registerEnumType(RetentionAnchor, {
  name: 'RetentionAnchor',
  description: 'The instant a retention period runs from.',
  valuesMap: {
    SELECTION_RELEASED: { description: "The academy's selection decisions were released." },
    PROGRAMME_END: {
      description:
        "The programme ended: the end of the academy's last scheduled cohort-wide CLOSING event (none: never due).",
    },
    MAIL_SENT: { description: 'The mail was sent.' },
    ENTRY_RECORDED: { description: 'The audit entry was written.' },
  },
});
registerEnumType(RetentionScope, {
  name: 'RetentionScope',
  description: 'ACADEMY: set per academy. PLATFORM: one platform-wide period (the default).',
});

/** The largest retention period, in months (50 years). */
export const MAX_RETENTION_MONTHS = 600;

@ObjectType({ description: 'How long an academy keeps one kind of personal data.' })
export class RetentionSettingModel {
  @Field(() => RetentionKind)
  kind: RetentionKind;

  @Field(() => RetentionScope)
  scope: RetentionScope;

  @Field(() => RetentionAnchor, { description: 'What the period runs from.' })
  after: RetentionAnchor;

  @Field(() => Int, { description: 'The platform default, in months.' })
  defaultMonths: number;

  @Field(() => Int, {
    description:
      'The period in force, in months after `after`: the academy’s setting, else the default.',
  })
  months: number;

  @Field(() => Int, {
    description:
      'The shortest period the academy may set (its legal minimum, set with `setRetentionLegalMinimum`; 0 = none).',
  })
  legalMinimumMonths: number;

  @Field({ description: 'Whether the academy set its own period (else the default applies).' })
  overridden: boolean;

  @Field(() => Date, { nullable: true, description: 'When the academy’s setting last changed.' })
  updatedAt: Date | null;
}

@InputType({ description: 'One kind’s period (its legal minimum is set apart).' })
export class RetentionSettingInput {
  @Field(() => RetentionKind)
  @IsEnum(RetentionKind)
  kind: RetentionKind;

  @Field(() => Int, {
    description: `Months, 0–${MAX_RETENTION_MONTHS}; not below the academy's legal minimum in force.`,
  })
  @IsInt()
  @Min(0)
  @Max(MAX_RETENTION_MONTHS)
  months: number;
}

@InputType({ description: "Sets some of an academy's retention periods (admins; audited)." })
export class UpdateRetentionSettingsInput {
  @Field(() => ID)
  @IsUUID()
  academyId: string;

  @Field(() => [RetentionSettingInput], {
    description: 'At most one entry per kind; kinds not named keep their setting.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RetentionSettingInput)
  settings: RetentionSettingInput[];
}

@InputType({
  description:
    "Sets an academy's legal minimum for one kind (admins; audited with the reason). It may not exceed the period in force: raise the period first.",
})
export class SetRetentionLegalMinimumInput {
  @Field(() => ID)
  @IsUUID()
  academyId: string;

  @Field(() => RetentionKind)
  @IsEnum(RetentionKind)
  kind: RetentionKind;

  @Field(() => Int, {
    description: `Months, 0–${MAX_RETENTION_MONTHS} (0: no minimum); not above the period in force.`,
  })
  @IsInt()
  @Min(0)
  @Max(MAX_RETENTION_MONTHS)
  legalMinimumMonths: number;

  @Field({
    description:
      'Why, e.g. "Archive Act decision 12/2027" (kept in the audit entry); 1–500 characters.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

@ObjectType({ description: 'Records one retention run deleted or pseudonymised, of one kind.' })
export class RetentionCountModel {
  @Field(() => RetentionKind)
  kind: RetentionKind;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'What a daily retention run did for one academy (or the platform).' })
export class RetentionRunModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'Null: the platform-wide kinds.' })
  academyId: string | null;

  @Field({ description: 'The run’s day (UTC), `YYYY-MM-DD`.' })
  runDate: string;

  @Field(() => Date)
  ranAt: Date;

  @Field(() => [RetentionCountModel], { description: 'Every kind of the scope, 0 included.' })
  counts: RetentionCountModel[];
}

@ArgsType()
export class RetentionSettingsArgs {
  // Checked here: PostgreSQL refuses a malformed uuid with an internal error.
  @Field(() => ID)
  @IsUUID()
  academyId: string;
}

@ArgsType()
export class RetentionRunsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Omit for the platform-wide runs.' })
  @IsOptional()
  @IsUUID()
  academyId?: string;
}
