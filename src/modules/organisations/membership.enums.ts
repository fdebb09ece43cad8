export enum MembershipRole {
  /** Manages the organisation's data and members. */
  CONTACT = 'CONTACT',
  MEMBER = 'MEMBER',
}
