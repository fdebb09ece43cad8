import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, type Principal } from '../../../common/auth/principal.js';
import { SignedIn } from '../../../common/auth/policy.decorator.js';
import { DataExportsService } from './data-exports.service.js';

/**
 * The download of a data export: the link's token in the path AND the requester's session
 * (cookie or Bearer). A mail scanner that opens links (Microsoft Safe Links) has no session,
 * so it gets 401 and consumes nothing; the mail links to the web client's page, which links
 * here.
 */
@Controller('exports')
export class DataExportsController {
  constructor(private readonly exports: DataExportsService) {}

  @SignedIn()
  @Get('my-data/:token')
  async download(
    @Param('token') token: string,
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.exports.download(principal, token);
    void reply
      .status(200)
      .header('content-type', 'application/zip')
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('cache-control', 'private, no-store')
      .send(file.content);
  }
}
