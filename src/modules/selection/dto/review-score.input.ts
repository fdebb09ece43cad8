import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class ReviewScoreInput {
  @Field(() => ID) @IsUUID() criterionId: string;
  @Field(() => Int, { nullable: true, description: 'null = not applicable (where allowed).' })
  @IsOptional()
  @IsInt()
  score: number | null;
}
