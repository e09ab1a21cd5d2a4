import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import { UuidParam } from '../common/id.pipe';
import { BodiesService } from './bodies.service';
import { CreateBodyDto, UpdateBodyDto } from './dto/body.dto';
import { BodyResponse } from './dto/body.response';

@ApiTags('bodies')
@ApiBearerAuth()
@Controller('bodies')
export class BodiesController {
  constructor(private readonly bodies: BodiesService) {}

  @Get()
  @ApiOperation({ summary: 'List bodies' })
  @ApiOkResponse({ type: [BodyResponse] })
  list(): Promise<BodyResponse[]> {
    return this.bodies.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create a body' })
  @ApiErrors(400, 409)
  @ApiCreatedResponse({ type: BodyResponse })
  create(@CurrentUser() actor: AuthenticatedUser, @Body() dto: CreateBodyDto): Promise<BodyResponse> {
    return this.bodies.create(actor.id, dto);
  }

  @Get(':bodyId')
  @ApiOperation({ summary: 'Read a body' })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: BodyResponse })
  get(@Param('bodyId', UuidParam('bodyId')) id: string): Promise<BodyResponse> {
    return this.bodies.get(id);
  }

  @Patch(':bodyId')
  @ApiOperation({ summary: "Change a body's settings" })
  @ApiErrors(400, 404, [409, 'A category would hold fewer seats than its mandates'])
  @ApiOkResponse({ type: BodyResponse })
  update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('bodyId', UuidParam('bodyId')) id: string,
    @Body() dto: UpdateBodyDto,
  ): Promise<BodyResponse> {
    return this.bodies.update(actor.id, id, dto);
  }
}
