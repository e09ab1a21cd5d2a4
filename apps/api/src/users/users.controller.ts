import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import { UuidParam } from '../common/id.pipe';
import { CreateUserDto, ResetPasswordDto } from './dto/create-user.dto';
import { UserResponse } from './dto/user.response';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'List logins' })
  @ApiOkResponse({ type: [UserResponse] })
  list(): Promise<UserResponse[]> {
    return this.users.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create a login' })
  @ApiErrors(400, 404, 409)
  @ApiCreatedResponse({ type: UserResponse, description: 'The secretariat may create member logins only' })
  create(@CurrentUser() actor: AuthenticatedUser, @Body() dto: CreateUserDto): Promise<UserResponse> {
    return this.users.create(actor, dto);
  }

  @Post(':userId/disable')
  @ApiOperation({ summary: 'Disable a login' })
  @ApiErrors(400, 404, 409)
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponse, description: 'The login can no longer log in; its tokens are revoked' })
  disable(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('userId', UuidParam('userId')) userId: string,
  ): Promise<UserResponse> {
    return this.users.setDisabled(actor, userId, true);
  }

  @Post(':userId/enable')
  @ApiOperation({ summary: 'Enable a login' })
  @ApiErrors(400, 404)
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponse })
  enable(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('userId', UuidParam('userId')) userId: string,
  ): Promise<UserResponse> {
    return this.users.setDisabled(actor, userId, false);
  }

  @Post(':userId/password')
  @ApiOperation({ summary: "Reset a login's password" })
  @ApiErrors(400, 404)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'New password set; every token of the user is revoked' })
  resetPassword(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('userId', UuidParam('userId')) userId: string,
    @Body() dto: ResetPasswordDto,
  ): Promise<void> {
    return this.users.resetPassword(actor, userId, dto.newPassword);
  }
}
