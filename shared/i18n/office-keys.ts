import type { OfficeConflict, OfficeProblemCode } from '../ipc/office-channels';

/** Written out so each translation key can be found in the source. */
export const officeProblemKey = {
  unreachable: 'office.problems.unreachable',
  timeout: 'office.problems.timeout',
  certificateChanged: 'office.problems.certificateChanged',
  badAnswer: 'office.problems.badAnswer',
  unexpected: 'office.problems.unexpected',
  badRequest: 'office.problems.badRequest',
  unauthorized: 'office.problems.unauthorized',
  enrolmentCodeUnknown: 'office.problems.enrolmentCodeUnknown',
  enrolmentCodeUsed: 'office.problems.enrolmentCodeUsed',
  enrolmentCodeExpired: 'office.problems.enrolmentCodeExpired',
  tillRemoved: 'office.problems.tillRemoved',
  tooLarge: 'office.problems.tooLarge',
  unavailable: 'office.problems.unavailable',
} as const satisfies Record<OfficeProblemCode, `office.problems.${OfficeProblemCode}`>;

export const outboxTypeKey = {
  document: 'office.types.document',
  zReport: 'office.types.zReport',
  mismatch: 'office.types.mismatch',
  audit: 'office.types.audit',
  shiftOpening: 'office.types.shiftOpening',
} as const satisfies Record<OfficeConflict['type'], `office.types.${OfficeConflict['type']}`>;
