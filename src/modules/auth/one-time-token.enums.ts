export enum TokenPurpose {
  SIGN_IN = 'SIGN_IN',
  INVITATION = 'INVITATION',
}
