import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { BoardRanking } from '../selection.enums.js';
import '../models/selection-enums.model.js';

@ArgsType()
export class SelectionBoardArgs {
  @Field(() => ID) @IsUUID() academyId: string;

  @Field(() => BoardRanking, { defaultValue: BoardRanking.MEAN })
  @IsOptional()
  @IsEnum(BoardRanking)
  rankBy: BoardRanking = BoardRanking.MEAN;
}
