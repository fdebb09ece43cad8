// Factories: every entity the specs need, in the states they need, made through the API
// where that is cheap (so the real rules run) and through the DataSource where no API
// exists yet (cohort members) or where volume matters (hundreds of racing applicants).
export * from './academies.js';
export * from './applications.js';
export * from './cohort.js';
export * from './consultations.js';
export * from './organisations.js';
export * from './timeline.js';
export * from './users.js';
export * from './reviews.js';
export * from './offers.js';
export * from './selection.js';
export * from './review-rows.js';
export * from './registration.js';
export * from './rounds.js';
export * from './follow-up.js';
