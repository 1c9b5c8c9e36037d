#!/usr/bin/env node
/**
 * The callredact command line. Thin: each command parses its options and calls one function in
 * src/commands/. Exit codes: 0 ok, 1 some calls failed / bad input, 2 usage error.
 */
import { Command, Option } from 'commander';
import { CallRedactError, coerceError } from './errors.js';
import { runDetect } from './commands/detect.js';
import { formatEvalReport, runEval } from './commands/eval.js';
import { loadPolicyFile } from './commands/policy-file.js';

const program = new Command()
  .name('callredact')
  .description('Redacts personal data from call recordings and their transcripts.')
  .showHelpAfterError();

program
  .command('detect')
  .description('detect PII in canonical transcripts (JSON or JSONL); writes JSONL entities to stdout')
  .argument('<file>', 'transcript file: one JSON object, or JSON Lines with {"id","words"} per line')
  .option('--policy <file>', 'policy JSON (entity selection, thresholds, allow/deny lists)')
  .action(async (file: string, opts: { policy?: string }) => {
    await runDetect(file, process.stdout, await loadPolicyFile(opts.policy));
  });

program
  .command('eval')
  .description('run detection on labelled calls and print word recall/precision/F2 and misses')
  .argument('<gold>', 'labelled calls, JSONL (id, style, words, labels)')
  .option('--policy <file>', 'policy JSON')
  .option('--json', 'machine-readable output')
  .addOption(new Option('--missed <n>', 'missed entities to list').default('40'))
  .action(async (gold: string, opts: { policy?: string; json?: boolean; missed: string }) => {
    const report = await runEval(gold, await loadPolicyFile(opts.policy));
    process.stdout.write(
      opts.json
        ? JSON.stringify(report, null, 2) + '\n'
        : formatEvalReport(report, { missed: Number(opts.missed) }) + '\n',
    );
  });

program.parseAsync().catch((err: unknown) => {
  const error = coerceError(err);
  process.stderr.write(`callredact: ${error.message}\n`);
  if (!(error instanceof CallRedactError) || error.code === 'INTERNAL') {
    if (process.env['CALLREDACT_DEBUG']) console.error(err);
  }
  process.exitCode = 1;
});
