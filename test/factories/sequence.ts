// Jest gives every spec file its own module registry, and every spec file its own database,
// so a counter here is unique within a database and the same on every run.
let counter = 0;

/** 1, 2, 3, … within one spec file: for names, e-mails and business IDs. */
export function nextNumber(): number {
  counter += 1;
  return counter;
}
