/**
 * Table types for kysely. Each module that owns tables adds its interfaces here and its DDL as a
 * migration under migrations/. Timestamps are ISO-8601 strings (portable across both backends).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Tables {}
