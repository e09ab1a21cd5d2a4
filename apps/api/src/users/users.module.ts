import { Module } from '@nestjs/common';
import { Passwords } from '../common/password';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  controllers: [UsersController],
  providers: [UsersService, Passwords],
})
export class UsersModule {}
