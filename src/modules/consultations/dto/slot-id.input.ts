import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class SlotIdInput {
  @Field(() => ID) @IsUUID() slotId: string;
}
