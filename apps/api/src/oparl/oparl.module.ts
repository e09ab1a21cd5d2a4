import { Module } from '@nestjs/common';
import { OparlController } from './oparl.controller';
import { OparlService } from './oparl.service';

@Module({
  controllers: [OparlController],
  providers: [OparlService],
})
export class OparlModule {}
