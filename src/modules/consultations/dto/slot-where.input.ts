import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';

/** Where a slot happens: a place, an online link, or both. */
@InputType({ isAbstract: true })
export abstract class SlotWhereInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) place?:
    string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string | null;
}
