import { Extensions } from '@nestjs/graphql';

/**
 * How many items an unpaginated list field is expected to hold, for the complexity estimate
 * (see query-cost.ts): its selection counts this many times. Without it a list counts
 * DEFAULT_LIST_SIZE times; a field with a `limit` argument counts `limit` times.
 */
export const ListSize = (items: number): MethodDecorator & PropertyDecorator =>
  Extensions({ listSize: items });
