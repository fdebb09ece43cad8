import { Module } from '@nestjs/common';
import { RateLimitService } from './rate-limit.service.js';

/** Owns `rate_limit_counters`: the PostgreSQL-backed counters every limit uses. */
@Module({
  providers: [RateLimitService],
  exports: [RateLimitService],
})
export class RateLimitsModule {}
