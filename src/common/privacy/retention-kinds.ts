/**
 * The kinds of personal data whose keeping time is set (issue 17, docs/privacy.md): the one
 * vocabulary shared by the retention settings (src/modules/privacy/retention) and the
 * features' RetentionTasks that delete or pseudonymise what is due in their own tables.
 */
export enum RetentionKind {
  /** Answers of applications whose decision was REJECTED. */
  REJECTED_APPLICATIONS = 'REJECTED_APPLICATIONS',
  /** Reviewers' written reasoning (`reviews.comment`). */
  REVIEWS = 'REVIEWS',
  /** The experts' notes of appointments, the reasons given when cancelling, and summaries. */
  CONSULTATION_NOTES = 'CONSULTATION_NOTES',
  /** Mail the outbox is done with: sent, cancelled or parked (platform-wide). */
  SENT_MAIL = 'SENT_MAIL',
  /** The audit trail (platform-wide). */
  AUDIT = 'AUDIT',
}

/** The instant a kind's period runs from. */
export enum RetentionAnchor {
  /** The academy's selection decisions were released. */
  SELECTION_RELEASED = 'SELECTION_RELEASED',
  /** The programme ended: the end of the academy's last scheduled cohort-wide CLOSING event. */
  PROGRAMME_END = 'PROGRAMME_END',
  /** The mail was sent. */
  MAIL_SENT = 'MAIL_SENT',
  /** The audit entry was written. */
  ENTRY_RECORDED = 'ENTRY_RECORDED',
}

/** ACADEMY: set per academy. PLATFORM: the records belong to no academy; the default applies. */
export enum RetentionScope {
  ACADEMY = 'ACADEMY',
  PLATFORM = 'PLATFORM',
}

export interface RetentionKindDefinition {
  kind: RetentionKind;
  scope: RetentionScope;
  after: RetentionAnchor;
  /** The platform default, in months after `after`. */
  defaultMonths: number;
}

/** The platform defaults: an academy without a setting of its own keeps records this long. */
export const RETENTION_KINDS: readonly RetentionKindDefinition[] = [
  {
    kind: RetentionKind.REJECTED_APPLICATIONS,
    scope: RetentionScope.ACADEMY,
    after: RetentionAnchor.SELECTION_RELEASED,
    defaultMonths: 12,
  },
  {
    kind: RetentionKind.REVIEWS,
    scope: RetentionScope.ACADEMY,
    after: RetentionAnchor.SELECTION_RELEASED,
    defaultMonths: 24,
  },
  {
    kind: RetentionKind.CONSULTATION_NOTES,
    scope: RetentionScope.ACADEMY,
    after: RetentionAnchor.PROGRAMME_END,
    defaultMonths: 24,
  },
  {
    kind: RetentionKind.SENT_MAIL,
    scope: RetentionScope.PLATFORM,
    after: RetentionAnchor.MAIL_SENT,
    defaultMonths: 12,
  },
  {
    kind: RetentionKind.AUDIT,
    scope: RetentionScope.PLATFORM,
    after: RetentionAnchor.ENTRY_RECORDED,
    defaultMonths: 60,
  },
];

export const retentionKindDefinition = (kind: RetentionKind): RetentionKindDefinition =>
  RETENTION_KINDS.find((definition) => definition.kind === kind)!;
