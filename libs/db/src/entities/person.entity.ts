import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Someone who can hold a mandate: a patient-association representative, a researcher, a staff member. */
@Entity('people')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  fullName!: string;

  /** Lower-cased; unique when given. */
  @Index('uq_people_email', { unique: true, where: 'email IS NOT NULL' })
  @Column({ type: 'varchar', length: 320, nullable: true })
  email!: string | null;

  /** Association, laboratory or department. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
