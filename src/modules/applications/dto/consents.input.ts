import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';

@InputType()
export class ConsentsInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Willing to share learnings within the group and the organisation.',
  })
  @IsOptional()
  @IsBoolean()
  shareLearnings?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() attendEvents?:
    boolean | null;
}
