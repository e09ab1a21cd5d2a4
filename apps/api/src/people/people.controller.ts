import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import { UuidParam } from '../common/id.pipe';
import { CreatePersonDto, UpdatePersonDto } from './dto/person.dto';
import { PersonResponse } from './dto/person.response';
import { PeopleService } from './people.service';

@ApiTags('people')
@ApiBearerAuth()
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @ApiOperation({ summary: 'List people' })
  @ApiOkResponse({ type: [PersonResponse] })
  list(@CurrentUser() viewer: AuthenticatedUser): Promise<PersonResponse[]> {
    return this.people.list(viewer);
  }

  @Post()
  @ApiOperation({ summary: 'Add a person' })
  @ApiErrors(400, 409)
  @ApiCreatedResponse({ type: PersonResponse })
  create(@CurrentUser() actor: AuthenticatedUser, @Body() dto: CreatePersonDto): Promise<PersonResponse> {
    return this.people.create(actor.id, dto);
  }

  @Get(':personId')
  @ApiOperation({ summary: 'Read a person' })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: PersonResponse })
  get(
    @CurrentUser() viewer: AuthenticatedUser,
    @Param('personId', UuidParam('personId')) id: string,
  ): Promise<PersonResponse> {
    return this.people.get(viewer, id);
  }

  @Patch(':personId')
  @ApiOperation({ summary: 'Change a person' })
  @ApiErrors(400, 404, 409)
  @ApiOkResponse({ type: PersonResponse })
  update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('personId', UuidParam('personId')) id: string,
    @Body() dto: UpdatePersonDto,
  ): Promise<PersonResponse> {
    return this.people.update(actor.id, id, dto);
  }
}
