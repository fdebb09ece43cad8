import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { PageArgs } from '../../../common/graphql/page.args.js';

@ArgsType()
export class EventRegistrantsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  eventId: string;
}
