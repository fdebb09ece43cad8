/** How an action uses a circular-economy measure of the catalogue. */
export enum MeasureStatus {
  /** Suunniteltu / Planerad / Planned. */
  PLANNED = 'PLANNED',
  /** Käytetty / Tillämpad / Applied. */
  APPLIED = 'APPLIED',
  /** Ei käytetty / Inte använd / Not used. */
  NOT_USED = 'NOT_USED',
}
