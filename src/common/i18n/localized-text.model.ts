import {
  Args,
  Context,
  Field,
  ObjectType,
  Parent,
  ResolveField,
  Resolver,
  registerEnumType,
} from '@nestjs/graphql';
import { Locale, type LocaleContext } from './locale.js';
import { pickLocalized } from './localized-text.js';

registerEnumType(Locale, {
  name: 'Locale',
  description: 'A language Akatemia speaks: Finnish (fi), Swedish (sv), English (en).',
});

@ObjectType('LocalizedText', {
  description: 'A text in Finnish, Swedish and English. Finnish is always present.',
})
export class LocalizedTextModel {
  @Field()
  fi: string;

  @Field(() => String, { nullable: true })
  sv: string | null;

  @Field(() => String, { nullable: true })
  en: string | null;
}

@Resolver(() => LocalizedTextModel)
export class LocalizedTextResolver {
  @ResolveField(() => String, {
    description:
      "The text in the given language, else in the caller's language (Accept-Language), falling back to Finnish.",
  })
  text(
    @Parent() parent: LocalizedTextModel,
    @Context() context: LocaleContext,
    @Args('locale', { type: () => Locale, nullable: true }) locale?: Locale,
  ): string {
    return pickLocalized(parent, locale ?? context.locale);
  }
}
