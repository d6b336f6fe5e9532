export const locales = ['da', 'en'] as const;
export type Locale = (typeof locales)[number];

/** A council (råd) is the tenant: every key, hearing and roster belongs to one. */
export interface Council {
  readonly id: string;
  readonly name: string;
  readonly locale: Locale;
  /** IANA zone; councils live in Europe/Copenhagen unless told otherwise. */
  readonly timeZone: string;
}

/** Council ids travel inside Redis keys and BullMQ job ids, which must not hold ':'. */
export const councilIdPattern = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const defaultCouncilSettings = {
  locale: 'da' as Locale,
  timeZone: 'Europe/Copenhagen',
};
