import { Body, Controller, Get, HttpCode, Patch, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
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
  @HttpCode(200)
  @UseGuards(LoginRateLimitGuard)
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password, or a disabled account' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts on this account; see Retry-After' })
  login(@Body() dto: LoginDto): Promise<LoginResponse> {
    return this.auth.login(dto);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'Every token of the caller is revoked' })
  async logout(@CurrentUser() caller: AuthenticatedUser, @Req() request: FastifyRequest): Promise<void> {
    assertNoBody(request.body);
    return this.auth.logout(caller);
  }

  @Post('password')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'Password changed; every token is revoked, so log in again' })
  changePassword(@CurrentUser() caller: AuthenticatedUser, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(caller, dto);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentUser() caller: AuthenticatedUser): Promise<MeResponse> {
    return this.account.me(caller);
  }

  @Patch('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeResponse })
  updateMe(@CurrentUser() caller: AuthenticatedUser, @Body() dto: UpdateMeDto): Promise<MeResponse> {
    return this.account.update(caller, dto);
  }
}
