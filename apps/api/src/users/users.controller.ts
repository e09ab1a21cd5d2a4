import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
  @ApiOkResponse({ type: [UserResponse] })
  list(): Promise<UserResponse[]> {
    return this.users.list();
  }

  @Post()
  @ApiCreatedResponse({ type: UserResponse, description: 'The secretariat may create member logins only' })
  create(@CurrentUser() actor: AuthenticatedUser, @Body() dto: CreateUserDto): Promise<UserResponse> {
    return this.users.create(actor, dto);
  }

  @Post(':userId/disable')
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponse, description: 'The login can no longer log in; its tokens are revoked' })
  disable(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('userId', UuidParam('userId')) userId: string,
  ): Promise<UserResponse> {
    return this.users.setDisabled(actor, userId, true);
  }

  @Post(':userId/enable')
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponse })
  enable(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('userId', UuidParam('userId')) userId: string,
  ): Promise<UserResponse> {
    return this.users.setDisabled(actor, userId, false);
  }

  @Post(':userId/password')
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
