import { ApiProperty } from '@nestjs/swagger';

/** A user's secret calendar feed: anyone holding the URL reads the feed, so it is shared with care. */
export class CalendarFeedResponse {
  @ApiProperty({ example: 'https://quorum.example.org/calendar/3q2-7wEXAMPLE.ics' })
  url!: string;

  @ApiProperty({ example: 'webcal://quorum.example.org/calendar/3q2-7wEXAMPLE.ics' })
  webcalUrl!: string;
}
