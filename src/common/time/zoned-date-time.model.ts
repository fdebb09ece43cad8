import { Args, Context, Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Locale, type LocaleContext } from '../i18n/locale.js';
import { formatZoned, localIso, zoneName } from './zoned-time.js';

@ObjectType('ZonedDateTime', {
  description: 'An instant, also shown as wall-clock time in its time zone.',
})
export class ZonedDateTimeModel {
  @Field({ description: 'The instant, ISO 8601 in UTC.' })
  instant: Date;

  @Field({ description: 'IANA zone the local fields use, e.g. Europe/Helsinki.' })
  timeZone: string;
}

export const zoned = (instant: Date, timeZone: string): ZonedDateTimeModel => ({
  instant,
  timeZone,
});

@Resolver(() => ZonedDateTimeModel)
export class ZonedDateTimeResolver {
  @ResolveField(() => String, {
    description: 'Wall-clock time without offset, e.g. `2023-09-12T10:00:00`.',
  })
  local(@Parent() parent: ZonedDateTimeModel): string {
    return localIso(parent.instant, parent.timeZone);
  }

  @ResolveField(() => String, {
    description: "Readable date and time in the given or caller's language.",
    // Luxon's localised formatting takes about three plain fields' time (npm run bench, S5).
    complexity: 3,
  })
  text(
    @Parent() parent: ZonedDateTimeModel,
    @Context() context: LocaleContext,
    @Args('locale', { type: () => Locale, nullable: true }) locale?: Locale,
  ): string {
    return formatZoned(parent.instant, parent.timeZone, locale ?? context.locale);
  }

  @ResolveField(() => String, {
    description:
      "The zone in words, in the given or caller's language: `Suomen aikaa`, `Finnish time`, `Central European Time`.",
    complexity: 3,
  })
  zoneName(
    @Parent() parent: ZonedDateTimeModel,
    @Context() context: LocaleContext,
    @Args('locale', { type: () => Locale, nullable: true }) locale?: Locale,
  ): string {
    return zoneName(parent.timeZone, locale ?? context.locale);
  }
}
