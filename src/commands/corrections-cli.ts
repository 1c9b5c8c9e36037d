/**
 * `callredact corrections export`: review corrections as labelled data, read from the database and
 * the store directly (an operator's command: the output holds raw text from the raw uploads).
 */
import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { evalJsonl, exportCorrections } from '../console/corrections-export.js';
import { loadConfig } from '../config.js';
import { InputError } from '../errors.js';
import { openStore } from '../storage/open-store.js';
import { withDatabase } from './with-database.js';

export function registerCorrectionsCommands(program: Command): void {
  const corrections = program.command('corrections').description("reviewers' corrections from the console");
  corrections
    .command('export')
    .description('corrected calls as labelled data for `callredact eval`, or allow/deny lists for a policy')
    .option('--tenant <tenant>', 'only this tenant (default: all)')
    .option('--format <format>', 'eval (JSON Lines) or lists ({allow, deny})', 'eval')
    .option('--out <file>', 'write here (default: standard output)')
    .action(async (opts: { tenant?: string; format: string; out?: string }) => {
      if (opts.format !== 'eval' && opts.format !== 'lists') throw new InputError('--format: eval or lists');
      const store = openStore(loadConfig());
      try {
        const out = await withDatabase((db) =>
          exportCorrections(db, store, opts.tenant ? { tenant: opts.tenant } : {}),
        );
        const text =
          opts.format === 'lists' ? JSON.stringify(out.lists, null, 2) + '\n' : evalJsonl(out.calls);
        if (opts.out) await fs.writeFile(opts.out, text, { mode: 0o600 });
        else process.stdout.write(text);
        process.stderr.write(
          `${out.calls.length} corrected calls, ${out.skipped} skipped (raw upload gone)\n`,
        );
      } finally {
        await store.close();
      }
    });
}
