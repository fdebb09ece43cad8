// The programme's public page as the programme manager edits it: duration, budget and
// funding, partners. Each part is saved on its own (`setProgrammeDuration`,
// `setProgrammeBudget`, `setProgrammePartners`, each replacing that part, audited); the API
// names any field it refuses and this form shows the message next to it.
import { useState, type ReactNode } from 'react';
import { Link as RouterDomLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  DateInput,
  Heading,
  InlineAlert,
  Paragraph,
  RouterLink,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { graphql } from '../../gql';
import type { AdminProgrammePageQuery } from '../../gql/graphql';
import {
  LocalizedInputs,
  emptyLocalized,
  fieldStatus,
  localizedInput,
  localizedOf,
  type Localized,
} from './admin-parts';
import { useKeptQuery } from './use-admin-academy';

const PROGRAMME_PAGE_OF = graphql(`
  query AdminProgrammePage($academyId: ID!) {
    programmePageOf(academyId: $academyId) {
      academyId
      slug
      duration {
        startDate
        endDate
      }
      budget {
        amount
        currency
      }
      fundingSources {
        name {
          fi
          sv
          en
        }
        amount {
          amount
          currency
        }
      }
      partners {
        name
        url
        role {
          fi
          sv
          en
        }
      }
    }
  }
`);
const SET_DURATION = graphql(`
  mutation AdminSetProgrammeDuration($input: SetProgrammeDurationInput!) {
    setProgrammeDuration(input: $input) {
      academyId
    }
  }
`);
const SET_BUDGET = graphql(`
  mutation AdminSetProgrammeBudget($input: SetProgrammeBudgetInput!) {
    setProgrammeBudget(input: $input) {
      academyId
    }
  }
`);
const SET_PARTNERS = graphql(`
  mutation AdminSetProgrammePartners($input: SetProgrammePartnersInput!) {
    setProgrammePartners(input: $input) {
      academyId
    }
  }
`);

type Programme = AdminProgrammePageQuery['programmePageOf'];

/** `2021-04-01` → `1.4.2021` (the date input's form). */
const dateOf = (iso: string | null | undefined): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match ? `${Number(match[3])}.${Number(match[2])}.${match[1]}` : '';
};

/**
 * `1.4.2021` → `2021-04-01`; what does not look like a date goes as typed, so the API names
 * the field (a date that does not exist, such as 31.11.2021, is refused there too).
 */
const isoOf = (date: string): string | null => {
  if (!date.trim()) return null;
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(date);
  if (!match) return date.trim();
  return `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
};

/** `225 118`, `1 250,50` → `225118`, `1250.50`; the API refuses anything else, naming it. */
const amountOf = (typed: string): string =>
  typed.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');

/** `225118.00` → `225118`, `1250.50` stays. */
const typedAmount = (amount: string): string => amount.replace(/\.00$/, '');

function useSave() {
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const run = async (action: () => Promise<unknown>, onDone: () => void) => {
    setError(null);
    setSaved(false);
    try {
      await action();
      setSaved(true);
      onDone();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught)));
    }
  };
  return { error, saved, run, touch: () => setSaved(false) };
}

function Part({
  id,
  title,
  error,
  saved,
  savedText,
  children,
}: {
  id: string;
  title: string;
  error: ApiError | null;
  saved: boolean;
  savedText: string;
  children: ReactNode;
}) {
  return (
    <div className="programme-part" aria-labelledby={id} role="group">
      <Heading variant="h3" id={id} mb="s">
        {title}
      </Heading>
      {error && <ErrorAlert error={error} />}
      {saved && (
        <InlineAlert status="neutral" role="status" mb="m">
          {savedText}
        </InlineAlert>
      )}
      {children}
    </div>
  );
}

function DurationForm({ programme, onSaved }: { programme: Programme; onSaved: () => void }) {
  const { t } = useTranslation();
  const [start, setStart] = useState(dateOf(programme.duration?.startDate));
  const [end, setEnd] = useState(dateOf(programme.duration?.endDate));
  const { error, saved, run, touch } = useSave();
  return (
    <Part
      id="programme-duration-heading"
      title={t('programme.admin.duration')}
      error={error}
      saved={saved}
      savedText={t('programme.admin.saved')}
    >
      <div className="date-time-inputs">
        <DateInput
          id="programme-start-date"
          labelText={t('programme.admin.startDate')}
          hintText={t('programme.admin.dateHint')}
          value={start}
          onChange={({ value }) => {
            touch();
            setStart(value);
          }}
          {...fieldStatus(error, 'input.startDate')}
        />
        <DateInput
          id="programme-end-date"
          labelText={t('programme.admin.endDate')}
          hintText={t('programme.admin.dateHint')}
          value={end}
          onChange={({ value }) => {
            touch();
            setEnd(value);
          }}
          {...fieldStatus(error, 'input.endDate')}
        />
      </div>
      <div className="admin-actions programme-save">
        <Button
          id="save-programme-duration"
          onClick={() =>
            void run(
              () =>
                request(SET_DURATION, {
                  input: {
                    academyId: programme.academyId,
                    startDate: isoOf(start),
                    endDate: isoOf(end),
                  },
                }),
              onSaved,
            )
          }
        >
          {t('programme.admin.saveDuration')}
        </Button>
      </div>
    </Part>
  );
}

interface FundingRow {
  key: string;
  name: Localized;
  amount: string;
  currency: string;
}
let nextKey = 0;
const newKey = () => `new-${(nextKey += 1)}`;

function BudgetForm({ programme, onSaved }: { programme: Programme; onSaved: () => void }) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState(
    programme.budget ? typedAmount(programme.budget.amount) : '',
  );
  const [currency, setCurrency] = useState(programme.budget?.currency ?? 'EUR');
  const [rows, setRows] = useState<FundingRow[]>(() =>
    programme.fundingSources.map((source) => ({
      key: newKey(),
      name: localizedOf(source.name),
      amount: source.amount ? typedAmount(source.amount.amount) : '',
      currency: source.amount?.currency ?? 'EUR',
    })),
  );
  const { error, saved, run, touch } = useSave();
  const change = (key: string, patch: Partial<FundingRow>) => {
    touch();
    setRows((previous) => previous.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  };
  const save = () =>
    run(
      () =>
        request(SET_BUDGET, {
          input: {
            academyId: programme.academyId,
            budget: amount.trim()
              ? { amount: amountOf(amount), currency: currency.trim().toUpperCase() }
              : null,
            fundingSources: rows.map((row) => ({
              name: localizedInput(row.name),
              amount: row.amount.trim()
                ? { amount: amountOf(row.amount), currency: row.currency.trim().toUpperCase() }
                : null,
            })),
          },
        }),
      onSaved,
    );
  return (
    <Part
      id="programme-budget-heading"
      title={t('programme.admin.budgetTitle')}
      error={error}
      saved={saved}
      savedText={t('programme.admin.saved')}
    >
      <div className="admin-form">
        <div className="money-inputs">
          <TextInput
            id="programme-budget-amount"
            labelText={t('programme.admin.budgetAmount')}
            hintText={t('programme.admin.amountHint')}
            optionalText={t('admin.optional')}
            value={amount}
            onChange={(value) => {
              touch();
              setAmount(String(value ?? ''));
            }}
            {...fieldStatus(error, 'input.budget.amount')}
          />
          <TextInput
            id="programme-budget-currency"
            labelText={t('programme.admin.currency')}
            value={currency}
            onChange={(value) => {
              touch();
              setCurrency(String(value ?? ''));
            }}
            {...fieldStatus(error, 'input.budget.currency')}
          />
        </div>
        {rows.length === 0 && <Paragraph>{t('programme.admin.noFunding')}</Paragraph>}
        <ol className="criteria-list">
          {rows.map((row, index) => (
            <li key={row.key} className="criterion-editor">
              <div className="admin-form">
                <LocalizedInputs
                  id={`funding-${index}-name`}
                  label={t('programme.admin.fundingName', { number: index + 1 })}
                  value={row.name}
                  onChange={(name) => change(row.key, { name })}
                  error={error}
                  field={`input.fundingSources.${index}.name`}
                />
                <div className="money-inputs">
                  <TextInput
                    id={`funding-${index}-amount`}
                    labelText={t('programme.admin.fundingAmount', { number: index + 1 })}
                    hintText={t('programme.admin.amountHint')}
                    optionalText={t('admin.optional')}
                    value={row.amount}
                    onChange={(value) => change(row.key, { amount: String(value ?? '') })}
                    {...fieldStatus(error, `input.fundingSources.${index}.amount.amount`)}
                  />
                  <TextInput
                    id={`funding-${index}-currency`}
                    labelText={t('programme.admin.fundingCurrency', { number: index + 1 })}
                    value={row.currency}
                    onChange={(value) => change(row.key, { currency: String(value ?? '') })}
                    {...fieldStatus(error, `input.fundingSources.${index}.amount.currency`)}
                  />
                </div>
                <div>
                  <Button
                    variant="secondary"
                    onClick={() => {
                      touch();
                      setRows((previous) => previous.filter((other) => other.key !== row.key));
                    }}
                  >
                    {t('programme.admin.removeFunding', { number: index + 1 })}
                  </Button>
                </div>
              </div>
            </li>
          ))}
        </ol>
      </div>
      <div className="admin-actions programme-save">
        <Button
          variant="secondary"
          onClick={() => {
            touch();
            setRows((previous) => [
              ...previous,
              { key: newKey(), name: emptyLocalized(), amount: '', currency: currency || 'EUR' },
            ]);
          }}
        >
          {t('programme.admin.addFunding')}
        </Button>
        <Button id="save-programme-budget" onClick={() => void save()}>
          {t('programme.admin.saveBudget')}
        </Button>
      </div>
    </Part>
  );
}

interface PartnerRow {
  key: string;
  name: string;
  role: Localized;
  url: string;
}

function PartnersForm({ programme, onSaved }: { programme: Programme; onSaved: () => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<PartnerRow[]>(() =>
    programme.partners.map((partner) => ({
      key: newKey(),
      name: partner.name,
      role: localizedOf(partner.role),
      url: partner.url ?? '',
    })),
  );
  const { error, saved, run, touch } = useSave();
  const change = (key: string, patch: Partial<PartnerRow>) => {
    touch();
    setRows((previous) => previous.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  };
  const move = (index: number, by: -1 | 1) => {
    touch();
    setRows((previous) => {
      const next = [...previous];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row);
      return next;
    });
  };
  return (
    <Part
      id="programme-partners-heading"
      title={t('programme.admin.partnersTitle')}
      error={error}
      saved={saved}
      savedText={t('programme.admin.saved')}
    >
      {rows.length === 0 && <Paragraph mb="s">{t('programme.admin.noPartners')}</Paragraph>}
      <ol className="criteria-list">
        {rows.map((row, index) => (
          <li key={row.key} className="criterion-editor">
            <div className="admin-form">
              <TextInput
                id={`partner-${index}-name`}
                labelText={t('programme.admin.partnerName', { number: index + 1 })}
                value={row.name}
                fullWidth
                onChange={(value) => change(row.key, { name: String(value ?? '') })}
                {...fieldStatus(error, `input.partners.${index}.name`)}
              />
              <LocalizedInputs
                id={`partner-${index}-role`}
                label={t('programme.admin.partnerRole', { number: index + 1 })}
                value={row.role}
                onChange={(role) => change(row.key, { role })}
                error={error}
                field={`input.partners.${index}.role`}
              />
              <TextInput
                id={`partner-${index}-url`}
                labelText={t('programme.admin.partnerUrl', { number: index + 1 })}
                hintText={t('programme.admin.urlHint')}
                optionalText={t('admin.optional')}
                value={row.url}
                fullWidth
                onChange={(value) => change(row.key, { url: String(value ?? '') })}
                {...fieldStatus(error, `input.partners.${index}.url`)}
              />
              <div className="admin-actions">
                {index > 0 && (
                  <Button variant="secondary" onClick={() => move(index, -1)}>
                    {t('programme.admin.moveUp', { number: index + 1 })}
                  </Button>
                )}
                <Button
                  variant="secondary"
                  onClick={() => {
                    touch();
                    setRows((previous) => previous.filter((other) => other.key !== row.key));
                  }}
                >
                  {t('programme.admin.removePartner', { number: index + 1 })}
                </Button>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <div className="admin-actions programme-save">
        <Button
          variant="secondary"
          onClick={() => {
            touch();
            setRows((previous) => [
              ...previous,
              { key: newKey(), name: '', role: emptyLocalized(), url: '' },
            ]);
          }}
        >
          {t('programme.admin.addPartner')}
        </Button>
        <Button
          id="save-programme-partners"
          onClick={() =>
            void run(
              () =>
                request(SET_PARTNERS, {
                  input: {
                    academyId: programme.academyId,
                    partners: rows.map((row) => ({
                      name: row.name.trim(),
                      role: localizedInput(row.role),
                      url: row.url.trim() || null,
                    })),
                  },
                }),
              onSaved,
            )
          }
        >
          {t('programme.admin.savePartners')}
        </Button>
      </div>
    </Part>
  );
}

/** The programme page's editor on the admin academy page. */
export function ProgrammeEditor({ academyId, isPublic }: { academyId: string; isPublic: boolean }) {
  const { t } = useTranslation();
  const result = useKeptQuery(PROGRAMME_PAGE_OF, { academyId });
  return (
    <section aria-labelledby="programme-editor-heading" className="admin-section">
      <Heading variant="h2" id="programme-editor-heading" mb="s">
        {t('programme.admin.title')}
      </Heading>
      <Paragraph mb="s">{t('programme.admin.intro')}</Paragraph>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorAlert error={result.error} />}
      {result.status === 'done' && (
        <>
          {isPublic && (
            <Paragraph mb="m">
              <RouterLink
                asComponent={RouterDomLink}
                to={`/programmes/${encodeURIComponent(result.data.programmePageOf.slug)}`}
              >
                {t('programme.admin.publicPage')}
              </RouterLink>
            </Paragraph>
          )}
          <DurationForm programme={result.data.programmePageOf} onSaved={result.reload} />
          <BudgetForm programme={result.data.programmePageOf} onSaved={result.reload} />
          <PartnersForm programme={result.data.programmePageOf} onSaved={result.reload} />
        </>
      )}
    </section>
  );
}
