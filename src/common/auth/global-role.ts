export enum GlobalRole {
  ADMIN = 'ADMIN',
  EXPERT = 'EXPERT',
}
