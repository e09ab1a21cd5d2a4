import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PersonEntity } from '@quorum/db';

export class PersonResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fullName!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Shown to the admin and the secretariat, and to the person themselves; absent for others',
  })
  email?: string | null;
  @ApiProperty({ nullable: true, type: String }) organisation!: string | null;
}

export function toPersonResponse(person: PersonEntity, options: { withEmail: boolean }): PersonResponse {
  return {
    id: person.id,
    fullName: person.fullName,
    ...(options.withEmail ? { email: person.email } : {}),
    organisation: person.organisation,
  };
}
