import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class CreateProposalDto {
  @ApiProperty({ example: 'Associer les associations au choix des appels à projets' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  @ApiProperty({ example: 'Le GRAM propose que…' })
  @IsString()
  @MinLength(1)
  @MaxLength(50_000)
  text!: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: "Co-authors' mandates; a member drafting is always an author themselves",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID(undefined, { each: true })
  authorMembershipIds?: string[];
}

export class UpdateProposalDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50_000)
  text?: string;
}
