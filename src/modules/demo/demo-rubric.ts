import type { ReviewCriterionSeed } from '../selection/review-rubric.service.js';

const criterion = (
  label: ReviewCriterionSeed['label'],
  guidance: ReviewCriterionSeed['guidance'],
  weight: number,
  allowsNotApplicable = false,
): ReviewCriterionSeed => ({
  label,
  guidance,
  weight,
  scaleMin: 0,
  scaleMax: 5,
  allowsNotApplicable,
});

/**
 * The review rubric derived from the 2023 academy's published criteria (hakukriteerit), on
 * 0–5. The construction pilot weighs most: the academy exists to develop it. A later
 * edition, or another organiser's academy, starts from this list (`setReviewRubric` with
 * its own weights) — no code change.
 */
export function referenceRubric2023(): ReviewCriterionSeed[] {
  return [
    criterion(
      { fi: 'Pohjatyö', sv: 'Förarbete', en: 'Groundwork' },
      {
        fi: 'Onko organisaatio jo tehnyt pohjatyötä, esim. osallistunut aiempaan KEINO-akatemiaan tai TOIMI-hankkeeseen?',
        sv: 'Har organisationen redan gjort förarbete, t.ex. deltagit i en tidigare KEINO-akademi eller TOIMI-projektet?',
        en: 'Has the organisation already done groundwork, e.g. taken part in an earlier KEINO academy or the TOIMI project?',
      },
      1,
    ),
    criterion(
      { fi: 'Johdon sitoutuminen', sv: 'Ledningens engagemang', en: 'Management commitment' },
      {
        fi: 'Vahva tahtotila ja johdon sitoutuminen; johto, yksi toimiala tai teema ja monialainen tiimi sitoutetaan.',
        sv: 'Stark vilja och ledningens engagemang; ledningen, en sektor eller ett tema och ett mångsidigt team förbinder sig.',
        en: 'Strong will and management commitment: management, one sector or theme and a multidisciplinary team commit.',
      },
      1.5,
    ),
    criterion(
      {
        fi: 'Rakentamisen pilotin kiertotalouspotentiaali',
        sv: 'Byggpilotens potential för cirkulär ekonomi',
        en: "The construction pilot's circular potential",
      },
      {
        fi: 'Valmisteilla oleva rakentamisen (tai rakennussuunnittelun) hankinta syksyllä 2023 / alkuvuonna 2024, jossa kiertotaloutta voi soveltaa.',
        sv: 'En bygg- (eller byggplanerings-) upphandling under beredning hösten 2023 / början av 2024 där cirkulär ekonomi kan tillämpas.',
        en: 'A construction (or construction-design) procurement being prepared in autumn 2023 / early 2024 where circular economy can be applied.',
      },
      2,
    ),
    criterion(
      { fi: 'Tiimi', sv: 'Teamet', en: 'The team' },
      {
        fi: 'Kolmen asiantuntijan monialainen tiimi (esim. hankinta, ympäristö, rakentaminen) ja nimetty vastuuhenkilö.',
        sv: 'Ett mångsidigt team på tre experter (t.ex. upphandling, miljö, byggande) och en namngiven ansvarsperson.',
        en: 'A multidisciplinary team of three experts (e.g. procurement, environment, construction) and a named responsible person.',
      },
      1,
    ),
    criterion(
      { fi: 'Halukkuus jakaa oppeja', sv: 'Vilja att dela lärdomar', en: 'Willingness to share' },
      {
        fi: 'Halu jakaa oppeja ryhmässä ja omassa organisaatiossa; mahdollisuus osallistua tilaisuuksiin.',
        sv: 'Vilja att dela lärdomar i gruppen och i den egna organisationen; möjlighet att delta i evenemangen.',
        en: 'Willing to share learnings within the group and in its own organisation; able to attend the events.',
      },
      0.5,
    ),
  ];
}
