import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isRole } from '@quorum/domain';
import { toUserResponse } from '../users/dto/user.response';
import { UsersService } from '../users/users.service';
import { AuthenticatedUser } from './authenticated-user';
import { LoginDto, LoginResponse } from './dto/login.dto';
import { verifyPassword } from './password';

interface TokenClaims {
  sub: string;
  role: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
  ) {}

  async login(dto: LoginDto): Promise<LoginResponse> {
    const user = await this.users.findByEmail(dto.email);
    const ok = await verifyPassword(user?.passwordHash, dto.password);
    if (!user || !ok) throw new UnauthorizedException('The email or the password is incorrect');
    const accessToken = await this.jwt.signAsync({ sub: user.id, role: user.role } satisfies TokenClaims);
    return { accessToken, user: toUserResponse(user) };
  }

  /** Resolves a bearer token to the current state of its user: a deleted user or changed role counts. */
  async authenticate(authorization: string | undefined): Promise<AuthenticatedUser> {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new UnauthorizedException('A bearer token is required (Authorization: Bearer <token>)');
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new UnauthorizedException('The token is invalid or has expired; log in again');
    }
    const user = await this.users.findById(claims.sub);
    if (!user || !isRole(user.role)) throw new UnauthorizedException('The token belongs to no current user');
    return toUserResponse(user);
  }
}
