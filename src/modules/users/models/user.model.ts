import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Locale } from '../../../common/i18n/locale.js';
import { GlobalRole } from '../../../common/auth/global-role.js';

registerEnumType(GlobalRole, {
  name: 'GlobalRole',
  description: 'ADMIN runs academies; EXPERT hosts consultations and reviews.',
});

/** A person. Reached only through `me`, one's own organisations, and admin views. */
@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => Locale)
  locale: Locale;

  @Field(() => [GlobalRole])
  roles: GlobalRole[];

  @Field(() => Date, {
    nullable: true,
    description: 'When the account was erased (its name and address are then a pseudonym).',
  })
  erasedAt: Date | null;
}
