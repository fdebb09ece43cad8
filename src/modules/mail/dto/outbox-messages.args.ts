import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { PageArgs } from '../../../common/graphql/page.args.js';
import { OutboxStatus } from '../outbox-message.enums.js';

@ArgsType()
export class OutboxMessagesArgs extends PageArgs {
  @Field(() => OutboxStatus, {
    nullable: true,
    description: 'e.g. PARKED for messages that need attention.',
  })
  @IsOptional()
  @IsEnum(OutboxStatus)
  status?: OutboxStatus;
}
