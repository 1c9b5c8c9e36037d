/**
 * SQLite with several processes on one file (API + workers on the embedded default). kysely opens
 * every transaction with a plain (deferred) BEGIN: such a transaction takes a read snapshot first,
 * and when it later writes after another process has committed, SQLite refuses at once with
 * SQLITE_BUSY_SNAPSHOT (the busy timeout cannot help: retrying cannot make the snapshot current).
 * BEGIN IMMEDIATE takes the write lock up front, so writers queue on busy_timeout instead.
 *
 * The adapter also declares DDL transactional (SQLite's is): kysely's migrator then runs all
 * pending migrations, and its read of the ones already applied, inside one such immediate
 * transaction, which is the cross-process migration lock its SQLite adapter does not take.
 */
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}
