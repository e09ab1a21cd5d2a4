import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import { UuidParam } from '../common/id.pipe';
import { CompositionQueryDto, CompositionResponse } from './dto/composition.response';
import { CompositionService } from './composition.service';

@ApiTags('memberships')
@ApiBearerAuth()
@Controller('bodies/:bodyId/composition')
export class CompositionController {
  constructor(private readonly composition: CompositionService) {}

  @Get()
  @ApiOperation({ summary: "Read a body's composition on a date" })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: CompositionResponse })
  get(
    @Param('bodyId', UuidParam('bodyId')) bodyId: string,
    @Query() query: CompositionQueryDto,
  ): Promise<CompositionResponse> {
    return this.composition.compositionOn(bodyId, query.date);
  }
}
