import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditService } from './audit.service';
import { AuditEventResponse, AuditQueryDto, AuditVerificationResponse } from './dto/audit.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({ type: [AuditEventResponse] })
  list(@Query() query: AuditQueryDto): Promise<AuditEventResponse[]> {
    return this.audit.list(query);
  }

  @Get('verify')
  @ApiOkResponse({ type: AuditVerificationResponse })
  verify(): Promise<AuditVerificationResponse> {
    return this.audit.verify();
  }
}
