import {
  fullNamePattern,
  personalReplacements,
  pseudonymousEmail,
  redactPersonalText,
} from './personal-text.js';

const SUBJECT = {
  userId: '5b0e8c55-1f0a-4c43-9d3e-6f6f1b2a7c10',
  email: 'anna-liisa.o+akatemia@kunta.fi',
  name: 'Anna-Liisa (Liisa) Öhman',
};
const PSEUDONYM = 'Poistettu käyttäjä 3f9c2a';

describe('redactPersonalText', () => {
  it('replaces the full name in any letter case and spacing, and the address', () => {
    const text =
      'Puhuin ANNA-LIISA (LIISA)   ÖHMAN kanssa; hän lähettää tiedot osoitteesta Anna-Liisa.O+Akatemia@kunta.fi.';
    expect(redactPersonalText(text, SUBJECT, PSEUDONYM)).toBe(
      `Puhuin ${PSEUDONYM} kanssa; hän lähettää tiedot osoitteesta ${pseudonymousEmail(SUBJECT.userId)}.`,
    );
  });

  it('treats the name’s and address’s characters literally, not as a pattern', () => {
    // `.` and `+` of the address and the parentheses of the name match only themselves.
    expect(redactPersonalText('anna-liisaxo+akatemia@kunta.fi', SUBJECT, PSEUDONYM)).toBe(
      'anna-liisaxo+akatemia@kunta.fi',
    );
    expect(redactPersonalText('Anna-Liisa Liisa Öhman', SUBJECT, PSEUDONYM)).toBe(
      'Anna-Liisa Liisa Öhman',
    );
  });

  it('leaves a first name alone (it names other people too): the documented limit', () => {
    expect(redactPersonalText('Kiitos Anna-Liisa!', SUBJECT, PSEUDONYM)).toBe('Kiitos Anna-Liisa!');
    expect(fullNamePattern('Matti')).toBeNull();
    expect(fullNamePattern('  ')).toBeNull();
    expect(fullNamePattern(null)).toBeNull();
  });

  it('searches the address first, then the name; nothing for an empty name', () => {
    expect(
      personalReplacements({ ...SUBJECT, name: '' }, PSEUDONYM).map((entry) => entry.replacement),
    ).toEqual([pseudonymousEmail(SUBJECT.userId)]);
    expect(personalReplacements(SUBJECT, PSEUDONYM).map((entry) => entry.replacement)).toEqual([
      pseudonymousEmail(SUBJECT.userId),
      PSEUDONYM,
    ]);
  });

  it('gives an undeliverable address under .invalid, unique per account', () => {
    expect(pseudonymousEmail(SUBJECT.userId)).toBe(
      'erased-5b0e8c55-1f0a-4c43-9d3e-6f6f1b2a7c10@poistettu.invalid',
    );
  });

  it('replaces only whole addresses and whole names, never a part of someone else’s', () => {
    const subject = { userId: SUBJECT.userId, email: 'ann@kunta.fi', name: 'Anna Virta' };
    const gone = pseudonymousEmail(SUBJECT.userId);
    expect(
      redactPersonalText(
        'joann@kunta.fi, ann@kunta.fi.com, ann@kunta.fi-x, ann@kunta.fi. (ANN@kunta.fi)',
        subject,
        PSEUDONYM,
      ),
    ).toBe(`joann@kunta.fi, ann@kunta.fi.com, ann@kunta.fi-x, ${gone}. (${gone})`);
    expect(
      redactPersonalText(
        'Johanna Virta, Maija-Anna Virta, Anna Virtanen, Anna Virta-Ojala; Anna Virta: "anna  virta"',
        subject,
        PSEUDONYM,
      ),
    ).toBe(
      `Johanna Virta, Maija-Anna Virta, Anna Virtanen, Anna Virta-Ojala; ${PSEUDONYM}: "${PSEUDONYM}"`,
    );
    // A name ending in a letter outside ASCII is bounded too.
    expect(
      redactPersonalText('Åsa Öhmanä, Åsa Öhman.', { ...subject, name: 'Åsa Öhman' }, PSEUDONYM),
    ).toBe(`Åsa Öhmanä, ${PSEUDONYM}.`);
  });
});
