export { en, type MessageCode } from './en';
export { fr } from './fr';
export * from './translate';
