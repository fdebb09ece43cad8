import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/policy.decorator.js';
import { HealthService } from './health.service.js';

/** Probes for load balancers and orchestrators; plain HTTP, outside GraphQL. */
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** The process is up and serving HTTP. */
  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The process can do useful work: its database answers. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<Record<string, string>> {
    if (await this.health.databaseAnswers()) return { status: 'ok', database: 'up' };
    void reply.status(503);
    return { status: 'unavailable', database: 'down' };
  }
}
