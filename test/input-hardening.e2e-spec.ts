import type { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import {
  COMPLETE_ANSWERS,
  createAcademy,
  createAcademyWithCriteria,
  createAdmin,
  createDraftApplication,
  createOrganisation,
  createSignedInUser,
  SAVE_DRAFT,
  SCHEDULE_EVENT,
  setEligibilityCriteria,
  SPRING_2027,
  STANDARD_CRITERIA,
  SUBMIT,
  type SignedInUser,
} from './factories/index.js';
import { startTestApp, type GraphqlResponse, type TestApp } from './helpers/test-app.js';

interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

/** The one BAD_USER_INPUT a refused request answers, with its field problems. */
function problemsOf(response: Pick<GraphqlResponse, 'errors'>): FieldProblem[] {
  expect(response.errors).toHaveLength(1);
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  return response.errors?.[0].extensions?.validationErrors as FieldProblem[];
}

// Bad input that used to reach PostgreSQL (or a validator library) and come back as
// INTERNAL_SERVER_ERROR: refused up front, naming the field.
describe('input hardening', () => {
  let testApp: TestApp;
  let admin: SignedInUser;
  let academy: AcademyEntity;

  beforeAll(async () => {
    testApp = await startTestApp({ now: new Date('2027-05-01T09:00:00Z') });
    admin = await createAdmin(testApp.dataSource);
    academy = await createAcademy(testApp.dataSource, SPRING_2027);
  });
  afterAll(() => testApp.close());

  /** Saves a draft of a new organisation with the given sections. */
  const saveDraft = async (sections: Record<string, unknown>) => {
    const contact = await createSignedInUser(testApp.dataSource);
    const organisation = await createOrganisation(testApp.dataSource, contact.user);
    return testApp.graphql(
      SAVE_DRAFT,
      { input: { academyId: academy.id, organisationId: organisation.id, ...sections } },
      contact.headers,
    );
  };

  describe('NUL bytes and unpaired surrogates', () => {
    it.each([
      [
        'a NUL in a text answer',
        { organisationFacts: { description: 'Kunta\u0000' } },
        'input.organisationFacts.description',
        'noControlCharacters',
      ],
      [
        'an unpaired surrogate in a team member’s name',
        { team: { experts: [{ name: 'Hanna \uD800' }] } },
        'input.team.experts.0.name',
        'wellFormedUnicode',
      ],
      [
        'a NUL inside free JSON',
        { customAnswers: { question: { nested: ['ok', 'a\u0000b'] } } },
        'input.customAnswers.question.nested.1',
        'noControlCharacters',
      ],
      [
        'a lone low surrogate as a JSON key',
        { attestations: { '\uDC00': true } },
        'input.attestations.(key)',
        'wellFormedUnicode',
      ],
    ])('refuses %s, naming the field', async (_case, sections, field, rule) => {
      const response = await saveDraft(sections);
      expect(problemsOf(response)).toEqual([
        expect.objectContaining({ field, rule, message: expect.any(String) }),
      ]);
    });

    it('refuses an unpaired surrogate in an e-mail before the e-mail validator sees it', async () => {
      const response = await testApp.graphql(
        'mutation ($input: RequestSignInInput!) { requestSignIn(input: $input) }',
        { input: { email: 'a\uD83D@example.fi', locale: 'fi' } },
      );
      expect(problemsOf(response)).toEqual([
        expect.objectContaining({ field: 'input.email', rule: 'wellFormedUnicode' }),
      ]);
    });

    it('refuses a NUL in the audit filter, with a message in the caller’s language', async () => {
      const response = await testApp.graphql(
        'query ($type: String) { auditEntries(entityType: $type) { nextCursor } }',
        { type: 'organisation\u0000' },
        { ...admin.headers, 'accept-language': 'fi' },
      );
      expect(problemsOf(response)).toEqual([
        expect.objectContaining({
          field: 'entityType',
          rule: 'noControlCharacters',
          message: 'Teksti sisältää ohjausmerkin (esim. NUL), jota ei voi tallentaa.',
        }),
      ]);
    });

    it('refuses a NUL in a REST path parameter with 400', async () => {
      const response = await fetch(`${testApp.url}/calendar/academies/kunta%00.ics`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as {
        error: { code: string; validationErrors: unknown };
      };
      expect(body.error.code).toBe('BAD_USER_INPUT');
      expect(body.error.validationErrors).toEqual([
        expect.objectContaining({ field: 'file', rule: 'noControlCharacters' }),
      ]);
    });
  });

  describe('instants', () => {
    const SLOTS = `query ($academyId: ID!, $from: DateTime) {
      consultationSlots(academyId: $academyId, from: $from) { id }
    }`;

    it.each([
      ['-1', 'INVALID_DATE_TIME'],
      ['0', 'INVALID_DATE_TIME'],
      ['2027-02-30T10:00:00Z', 'INVALID_DATE_TIME'],
      ['2027-09-12T10:00:00', 'INVALID_DATE_TIME'],
      ['0001-01-01T00:00:00Z', 'DATE_OUT_OF_RANGE'],
      ['2101-01-01T00:00:00Z', 'DATE_OUT_OF_RANGE'],
    ])('refuses DateTime %j as %s, naming the argument', async (from, rule) => {
      const response = await testApp.graphql(SLOTS, { academyId: academy.id, from }, admin.headers);
      expect(problemsOf(response)).toEqual([expect.objectContaining({ field: 'from', rule })]);
    });

    it('refuses an inline DateTime literal the same way', async () => {
      const response = await testApp.graphql(
        `{ consultationSlots(academyId: "${academy.id}", from: "-1") { id } }`,
        {},
        admin.headers,
      );
      expect(problemsOf(response)).toEqual([
        expect.objectContaining({ field: 'from', rule: 'INVALID_DATE_TIME' }),
      ]);
    });

    it('still takes a strict ISO instant with an offset', async () => {
      const response = await testApp.graphql(
        SLOTS,
        { academyId: academy.id, from: '2027-05-01T10:00:00.000+03:00' },
        admin.headers,
      );
      expect(response.errors).toBeUndefined();
    });

    it.each([
      ['0001-01-01T10:00', 'DATE_OUT_OF_RANGE'],
      ['1999-12-31T23:00:00Z', 'DATE_OUT_OF_RANGE'],
      ['-000001-01-01T10:00:00Z', 'INVALID_DATE_TIME'],
      ['2027-W37-1T10:00:00Z', 'INVALID_DATE_TIME'],
    ])('refuses the event start %j as %s', async (startsAt, rule) => {
      const response = await testApp.graphql(
        SCHEDULE_EVENT,
        {
          input: {
            academyId: academy.id,
            kind: 'WORKSHOP',
            title: { fi: 'Työpaja' },
            startsAt,
            endsAt: '2027-09-14T11:00',
            mode: 'REMOTE',
          },
        },
        admin.headers,
      );
      expect(problemsOf(response)).toEqual([
        expect.objectContaining({ field: 'input.startsAt', rule }),
      ]);
    });

    it('refuses a calendar date before 2000 in an answer', async () => {
      const response = await saveDraft({
        pilotProcurement: { ...COMPLETE_ANSWERS.pilotProcurement, plannedStart: '1900-01-01' },
      });
      expect(problemsOf(response)).toEqual([
        expect.objectContaining({
          field: 'input.pilotProcurement.plannedStart',
          rule: 'DATE_OUT_OF_RANGE',
        }),
      ]);
    });
  });

  describe('caps on free JSON and text', () => {
    it('refuses a 300,000-character answer', async () => {
      const response = await saveDraft({ customAnswers: { question: 'x'.repeat(300_000) } });
      expect(problemsOf(response)).toEqual([
        expect.objectContaining({ field: 'input.customAnswers.question', rule: 'maxLength' }),
      ]);
    });

    it('refuses an answer over 5,000 characters in free JSON', async () => {
      const response = await saveDraft({ customAnswers: { question: 'x'.repeat(5_001) } });
      expect(problemsOf(response)).toEqual([
        expect.objectContaining({ field: 'input.customAnswers', rule: 'maxJsonStringLength' }),
      ]);
    });

    it('refuses attestations over 64 KB', async () => {
      const attestations = Object.fromEntries(
        Array.from({ length: 2_000 }, (_, index) => [`criterion-${index}-${'k'.repeat(30)}`, true]),
      );
      const response = await saveDraft({ attestations });
      expect(problemsOf(response)).toEqual([
        expect.objectContaining({ field: 'input.attestations', rule: 'maxJsonBytes' }),
      ]);
    });

    it('refuses free JSON nested too deeply', async () => {
      let nested: unknown = 'deep';
      for (let level = 0; level < 40; level += 1) nested = { level: nested };
      const response = await saveDraft({ customAnswers: nested });
      expect(problemsOf(response)).toEqual([expect.objectContaining({ rule: 'maxDepth' })]);
    });

    it('still saves answers within the caps', async () => {
      const response = await saveDraft({ customAnswers: { question: 'x'.repeat(5_000) } });
      expect(response.errors).toBeUndefined();
    });
  });

  describe('CSV export', () => {
    const exportCsv = async (query = '') => {
      const response = await fetch(
        `${testApp.url}/exports/academies/${academy.id}/applications.csv${query}`,
        { headers: admin.headers },
      );
      return { status: response.status, text: await response.text() };
    };

    it('defuses formulas behind a newline, a no-break space or a full-width ＝', async () => {
      for (const title of ['\n=1+1', '\u00A0=1+1', '＝1+1']) {
        await createDraftApplication(testApp, {
          academy,
          answers: {
            ...COMPLETE_ANSWERS,
            pilotProcurement: { ...COMPLETE_ANSWERS.pilotProcurement, title },
          },
        });
      }
      const { status, text } = await exportCsv();
      expect(status).toBe(200);
      expect(text).toContain(`"'\n=1+1"`);
      expect(text).toContain(`"'\u00A0=1+1"`);
      expect(text).toContain(`"'＝1+1"`);
    });

    it('separates with semicolons on request, and refuses an unknown delimiter', async () => {
      const semicolon = await exportCsv('?delimiter=semicolon');
      expect(semicolon.status).toBe(200);
      expect(semicolon.text.split('\r\n')[0]).toMatch(/^\uFEFF?"organisation";"business_id";/);
      const comma = await exportCsv();
      expect(comma.text.split('\r\n')[0]).toMatch(/^\uFEFF?"organisation","business_id",/);
      const unknown = await fetch(
        `${testApp.url}/exports/academies/${academy.id}/applications.csv?delimiter=tab`,
        { headers: admin.headers },
      );
      expect(unknown.status).toBe(400);
      expect(await unknown.json()).toMatchObject({
        error: {
          code: 'BAD_USER_INPUT',
          validationErrors: [expect.objectContaining({ field: 'delimiter', rule: 'isIn' })],
        },
      });
    });
  });

  describe('category and team roles against the academy’s lists', () => {
    let listed: AcademyEntity;
    beforeAll(async () => {
      listed = await createAcademyWithCriteria(testApp, admin);
    });

    const saveTo = async (target: AcademyEntity, sections: Record<string, unknown>) => {
      const contact = await createSignedInUser(testApp.dataSource);
      const organisation = await createOrganisation(testApp.dataSource, contact.user);
      return testApp.graphql<{ saveApplicationDraft: { answers: typeof COMPLETE_ANSWERS } }>(
        SAVE_DRAFT,
        { input: { academyId: target.id, organisationId: organisation.id, ...sections } },
        contact.headers,
      );
    };

    it('refuses a typo of a listed category or role, naming the field', async () => {
      const response = await saveTo(listed, {
        pilotProcurement: { ...COMPLETE_ANSWERS.pilotProcurement, category: 'CONSTRCUTION' },
        team: {
          experts: [
            { name: 'Hanna', role: 'PROCUREMENT' },
            { name: 'Ykä', role: 'ENVIROMENT' },
          ],
        },
      });
      expect(problemsOf(response)).toEqual([
        expect.objectContaining({ field: 'input.pilotProcurement.category', rule: 'knownCode' }),
        expect.objectContaining({ field: 'input.team.experts.1.role', rule: 'knownCode' }),
      ]);
    });

    it('spells a listed code as the list does, and keeps other values as they are', async () => {
      const response = await saveTo(listed, {
        pilotProcurement: { ...COMPLETE_ANSWERS.pilotProcurement, category: ' construction ' },
        team: {
          experts: [
            { name: 'Ykä', role: 'environment' },
            { name: 'Lea', role: 'LEGAL' },
          ],
        },
      });
      expect(response.errors).toBeUndefined();
      const answers = response.data!.saveApplicationDraft.answers;
      expect(answers.pilotProcurement.category).toBe('CONSTRUCTION');
      expect(answers.team.experts.map((expert) => expert.role)).toEqual(['ENVIRONMENT', 'LEGAL']);
      const other = await saveTo(listed, {
        pilotProcurement: { ...COMPLETE_ANSWERS.pilotProcurement, category: 'CLEANING' },
      });
      expect(other.data?.saveApplicationDraft.answers.pilotProcurement.category).toBe('CLEANING');
    });
  });

  describe('the share-learnings consent and the attestation of the same wording', () => {
    it('lets the consent give the HARD attestation that names it', async () => {
      const linked = await createAcademyWithCriteria(testApp, admin, {}, [
        ...STANDARD_CRITERIA,
        {
          kind: 'ATTESTATION',
          severity: 'HARD',
          label: { fi: 'Valmius jakaa oppeja' },
          parameters: { consent: 'shareLearnings' },
        },
      ]);
      const { contact, applicationId } = await createDraftApplication(testApp, {
        academy: linked,
        answers: { ...COMPLETE_ANSWERS, consents: { shareLearnings: true } },
      });
      const response = await testApp.graphql(SUBMIT, { input: { applicationId } }, contact.headers);
      expect(response.errors).toBeUndefined();
      expect(response.data).toMatchObject({ submitApplication: { status: 'SUBMITTED' } });
    });

    it('refuses a link to a consent that does not exist, naming the field', async () => {
      const target = await createAcademy(testApp.dataSource, SPRING_2027);
      const response = await testApp.graphql(
        'mutation ($input: SetEligibilityCriteriaInput!) { setEligibilityCriteria(input: $input) { id } }',
        {
          input: {
            academyId: target.id,
            criteria: [
              {
                kind: 'ATTESTATION',
                severity: 'HARD',
                label: { fi: 'Oppien jakaminen' },
                parameters: { consent: 'shareLearning' },
              },
            ],
          },
        },
        admin.headers,
      );
      expect(problemsOf(response)).toEqual([
        expect.objectContaining({ field: 'input.criteria.0.parameters.consent', rule: 'isIn' }),
      ]);
      // The lists stay as they were: none.
      await expect(setEligibilityCriteria(testApp, admin, target.id, [])).resolves.toEqual([]);
    });
  });
});
