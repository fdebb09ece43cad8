import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Locale, type LocaleContext } from '../../common/i18n/locale.js';
import { formatDateSpan, formatMoney } from './money.js';
import { MoneyModel, ProgrammeDurationModel } from './models/programme-page.model.js';

@Resolver(() => MoneyModel)
export class MoneyTextResolver {
  @ResolveField(() => String, {
    description: "The amount in the given or caller's language: `225 118 €`, `€225,118`.",
  })
  text(
    @Parent() money: MoneyModel,
    @Context() context: LocaleContext,
    @Args('locale', { type: () => Locale, nullable: true }) locale?: Locale,
  ): string {
    return formatMoney(money.amount, money.currency, locale ?? context.locale);
  }
}

@Resolver(() => ProgrammeDurationModel)
export class ProgrammeDurationTextResolver {
  @ResolveField(() => String, {
    description: "The days in the given or caller's language: `1.4.2021–30.11.2021`.",
  })
  text(
    @Parent() duration: ProgrammeDurationModel,
    @Context() context: LocaleContext,
    @Args('locale', { type: () => Locale, nullable: true }) locale?: Locale,
  ): string {
    return formatDateSpan(duration.startDate, duration.endDate, locale ?? context.locale);
  }
}
