import { Module } from '@nestjs/common';
import { AttendanceController } from './attendance.controller';
import { AttendanceService } from './attendance.service';
import { GuestsService } from './guests.service';

@Module({
  controllers: [AttendanceController],
  providers: [AttendanceService, GuestsService],
})
export class AttendanceModule {}
