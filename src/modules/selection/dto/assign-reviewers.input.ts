import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsUUID, Max, Min } from 'class-validator';

@InputType({
  description: 'Brings every submitted application up to `perApplication` reviewers, evenly.',
})
export class AssignReviewersInput {
  @Field(() => ID) @IsUUID() academyId: string;
  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  expertIds: string[];
  @Field(() => Int) @IsInt() @Min(1) @Max(10) perApplication: number;
}
