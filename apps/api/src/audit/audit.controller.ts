import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import { AuditService } from './audit.service';
import { AuditEventResponse, AuditQueryDto, AuditVerificationResponse } from './dto/audit.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'List audit events' })
  @ApiErrors(400)
  @ApiOkResponse({ type: [AuditEventResponse] })
  list(@Query() query: AuditQueryDto): Promise<AuditEventResponse[]> {
    return this.audit.list(query);
  }

  @Get('verify')
  @ApiOperation({ summary: 'Verify the audit chain' })
  @ApiOkResponse({ type: AuditVerificationResponse })
  verify(): Promise<AuditVerificationResponse> {
    return this.audit.verify();
  }
}
