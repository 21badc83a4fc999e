/** The names live in the domain, so forms and check messages say the same thing. */
export { AGENCY_LEVEL_LABELS } from '../../../report/agencyLevels';
