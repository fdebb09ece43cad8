export enum DataExportKind {
  /** Everything tied to the person who asked. */
  PERSON = 'PERSON',
  /** Everything that belongs to an organisation; asked by one of its contacts. */
  ORGANISATION = 'ORGANISATION',
}

export enum DataExportStatus {
  /** Asked for; the job builds the archive. */
  PENDING = 'PENDING',
  /** Built and mailed; the link works once until `expiresAt`. */
  READY = 'READY',
  /** Downloaded once; the archive is deleted. */
  DOWNLOADED = 'DOWNLOADED',
  /** Not downloaded in time; the archive is deleted. */
  EXPIRED = 'EXPIRED',
}
