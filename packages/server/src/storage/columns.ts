/**
 * The column types the two engines hand back differently, and how each engine's are read into
 * (and written from) the objects the storage interfaces speak. The row shapes and their
 * mappings (`inquiry-rows.ts`, `revision-rows.ts`) are written once against these; the SQL
 * stays with each engine.
 */
export interface ColumnTypes {
  /** A moment: ISO 8601 text on SQLite, a `Date` from PostgreSQL's `timestamptz`. */
  instant: string | Date;
  /** A JSON document: text on SQLite, already parsed from PostgreSQL's `jsonb`. */
  json: unknown;
  /** A row id of a `bigint`/`INTEGER` key: a number on SQLite, text from PostgreSQL. */
  serial: number | string;
}

/** SQLite's (better-sqlite3) column types. */
export interface SqliteTypes extends ColumnTypes {
  instant: string;
  json: string;
  serial: number;
}

/** PostgreSQL's (node-postgres) column types. */
export interface PostgresTypes extends ColumnTypes {
  instant: Date;
  json: unknown;
  serial: string;
}

/** Reads an engine's columns of type `C` and writes moments back in its form. */
export interface Columns<C extends ColumnTypes> {
  /** A moment as ISO 8601 text in UTC. */
  instant(value: C['instant']): string;
  /** A JSON document as a value (the caller knows its shape). */
  json(value: C['json']): unknown;
  /** A row id as a number. */
  serial(value: C['serial']): number;
  /** A moment as the engine takes it as a parameter. */
  writeInstant(at: Date): C['instant'];
}

/** SQLite: times are ISO text (they compare as text), JSON is text. */
export const sqliteColumns: Columns<SqliteTypes> = {
  instant: (value) => value,
  json: (value) => JSON.parse(value) as unknown,
  serial: (value) => value,
  writeInstant: (at) => at.toISOString(),
};

/** PostgreSQL: `timestamptz` arrives as a `Date`, `jsonb` parsed, `bigint` as text. */
export const postgresColumns: Columns<PostgresTypes> = {
  instant: (value) => value.toISOString(),
  json: (value) => value,
  serial: (value) => Number(value),
  writeInstant: (at) => at,
};
