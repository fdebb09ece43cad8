/** The sections of an application as saved (all optional: drafts are partial). */
export interface ApplicationAnswers {
  organisationFacts?: {
    description?: string | null;
    employees?: number | null;
    contactPhone?: string | null;
  };
  groundwork?: { programmes?: string[]; otherDescription?: string | null };
  managementCommitment?: {
    approverName?: string | null;
    approverTitle?: string | null;
    approvedOn?: string | null;
  };
  pilotProcurement?: {
    title?: string | null;
    category?: string | null;
    plannedStart?: string | null;
    description?: string | null;
  };
  team?: {
    responsiblePerson?: { name?: string | null; email?: string | null } | null;
    experts?: Array<{ name?: string | null; email?: string | null; role?: string | null }>;
  };
  consents?: { shareLearnings?: boolean | null; attendEvents?: boolean | null };
  attestations?: Record<string, boolean>;
  customAnswers?: Record<string, string | boolean>;
}
