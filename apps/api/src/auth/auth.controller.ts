import { Body, Controller, Get, HttpCode, Patch, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import type { FastifyRequest } from 'fastify';
import { assertNoBody } from '../common/no-body';
import { AccountService } from './account.service';
import { AuthService } from './auth.service';
import { AuthenticatedUser, CurrentUser } from './authenticated-user';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto, LoginResponse } from './dto/login.dto';
import { MeResponse, UpdateMeDto } from './dto/me.dto';
import { LoginRateLimitGuard } from './login-rate-limit.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly account: AccountService,
  ) {}

  @Post('login')
  @ApiOperation({ summary: 'Log in' })
  @ApiErrors(400, [401, 'Wrong email or password, or a disabled account'], 429)
  @HttpCode(200)
  @UseGuards(LoginRateLimitGuard)
  @ApiOkResponse({ type: LoginResponse })
  login(@Body() dto: LoginDto): Promise<LoginResponse> {
    return this.auth.login(dto);
  }

  @Post('logout')
  @ApiOperation({ summary: 'Log out everywhere' })
  @ApiErrors([400, 'A body was sent: this operation takes none'])
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'Every token of the caller is revoked' })
  async logout(@CurrentUser() caller: AuthenticatedUser, @Req() request: FastifyRequest): Promise<void> {
    assertNoBody(request.body);
    return this.auth.logout(caller);
  }

  @Post('password')
  @ApiOperation({ summary: "Change the caller's password" })
  @ApiErrors([400, 'Malformed request, or a wrong current password: `details` names the field'])
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'Password changed; every token is revoked, so log in again' })
  changePassword(@CurrentUser() caller: AuthenticatedUser, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(caller, dto);
  }

  @Get('me')
  @ApiOperation({ summary: "Read the caller's account and mandates" })
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentUser() caller: AuthenticatedUser): Promise<MeResponse> {
    return this.account.me(caller);
  }

  @Patch('me')
  @ApiOperation({ summary: "Change the caller's account" })
  @ApiErrors(400)
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeResponse })
  updateMe(@CurrentUser() caller: AuthenticatedUser, @Body() dto: UpdateMeDto): Promise<MeResponse> {
    return this.account.update(caller, dto);
  }
}
