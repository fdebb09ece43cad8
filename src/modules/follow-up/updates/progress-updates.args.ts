import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

/** Updates shown per action unless the caller asks for fewer or more (at most MAX). */
export const DEFAULT_UPDATES = 20;
export const MAX_UPDATES = 100;

@ArgsType()
export class ProgressUpdatesArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_UPDATES,
    description: `The newest this many; at most ${MAX_UPDATES}.`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_UPDATES)
  limit = DEFAULT_UPDATES;
}
