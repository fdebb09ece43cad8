export enum SlotMode {
  IN_PERSON = 'IN_PERSON',
  REMOTE = 'REMOTE',
}

export enum SlotStatus {
  OPEN = 'OPEN',
  WITHDRAWN = 'WITHDRAWN',
}
