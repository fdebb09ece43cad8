import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class ConsultationSlotsArgs {
  @Field(() => ID) @IsUUID() academyId: string;
  @Field(() => Date, { nullable: true, description: 'Only slots starting at or after this.' })
  @IsOptional()
  @IsDate()
  from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Only slots starting before this.' })
  @IsOptional()
  @IsDate()
  to?: Date | null;
  @Field(() => ID, {
    nullable: true,
    description: "Slots of this round of the academy; default: the academy's CONSULTATION round.",
  })
  @IsOptional()
  @IsUUID()
  roundId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this expert’s slots.' })
  @IsOptional()
  @IsUUID()
  expertId?: string | null;
}
