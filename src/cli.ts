#!/usr/bin/env node
/**
 * The callredact command line. Thin: each command parses its options and calls one function in
 * src/commands/. Exit codes: 0 ok, 1 some calls failed / bad input, 2 usage error.
 */
import { Command, type CommanderError, Option } from 'commander';
import { CallRedactError, coerceError } from './errors.js';
import { runDetect } from './commands/detect.js';
import { formatEvalReport, runEval } from './commands/eval.js';
import { loadPolicyFile, parseRegion, withRegion } from './commands/policy-file.js';
import { formatSummary, runRedact } from './commands/redact.js';
import { audioOptionsFromFlags, type AudioFlags } from './commands/audio-options.js';
import { loadSeedsFile } from './commands/seeds-file.js';
import { runDoctor } from './commands/doctor.js';
import { registerVaultCommands } from './commands/vault-cli.js';
import { registerServiceCommands } from './commands/service-cli.js';
import { registerExportCommands } from './commands/export-cli.js';
import { registerArchiveCommands } from './commands/archive-cli.js';
import { registerWebhookCommands } from './commands/webhooks-cli.js';
import { registerCorrectionsCommands } from './commands/corrections-cli.js';
import { loadConfig } from './config.js';
import { createLogger } from './log.js';
import { DEFAULT_POLICY } from './policy.js';
import { TRANSCRIPT_FORMATS, type TranscriptFormat } from './transcript/adapters/types.js';
import { DEFAULT_AUDIO_OPTIONS } from './pipeline/redact-call.js';

const program = new Command()
  .name('callredact')
  .description('Redacts personal data from call recordings and their transcripts.')
  .showHelpAfterError()
  // usage errors exit with 2 (commander has printed the message), help and version with 0
  .exitOverride((err: CommanderError) => {
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

program
  .command('redact')
  .description('redact calls: redacted transcript (same format), bleeped audio and report.json per call')
  .argument('<input>', 'an audio file (with --transcript), a transcript file alone, or a folder of calls')
  .option('-t, --transcript <file>', 'transcript of the audio file')
  .option('-o, --out <dir>', 'output folder (one sub-folder per call)', 'out')
  .addOption(
    new Option('--format <format>', 'transcript format (default: detected)').choices([...TRANSCRIPT_FORMATS]),
  )
  .option('--policy <file>', 'policy JSON (operators per type, thresholds, allow/deny lists)')
  .option('--seeds <file>', 'JSON list of known identifiers to redact everywhere: [{"type","value"}]')
  .option(
    '--region <code>',
    'region assumed for phone numbers said without a country code (ISO 3166-1 alpha-2; default: the policy region, else US)',
    parseRegion,
  )
  .addOption(
    new Option('--bleep <kind>', 'replacement sound').choices(['tone', 'silence', 'noise']).default('tone'),
  )
  .option('--bleep-level <dBFS>', 'tone/noise level', String(DEFAULT_AUDIO_OPTIONS.bleep.levelDb))
  .option(
    '--padding <seconds>',
    'added before and after each span',
    String(DEFAULT_AUDIO_OPTIONS.plan.padding),
  )
  .option(
    '--merge-gap <seconds>',
    'merge spans closer than this',
    String(DEFAULT_AUDIO_OPTIONS.plan.mergeGap),
  )
  .option('--per-channel', 'bleep only the channel of the speaker who said it (stereo calls)')
  .option('--mirror-channels', 'with --per-channel: bleep the other channels too (read-back, cross-talk)')
  .addOption(
    new Option('--audio-format <format>', 'output audio format')
      .choices(['same', 'wav', 'mp3', 'flac', 'opus'])
      .default('same'),
  )
  .option(
    '--require-word-timings',
    'refuse subtitle (cue-level) timings for audio instead of bleeping whole cues',
  )
  .option('--no-audio', 'redact the transcript only, even when audio is present')
  .option('--tenant <name>', 'tenant for tokens (default: $TENANT)')
  .action(
    async (
      input: string,
      opts: AudioFlags & {
        transcript?: string;
        out: string;
        format?: TranscriptFormat;
        policy?: string;
        region?: string;
        seeds?: string;
        audio: boolean;
        tenant?: string;
      },
    ) => {
      const config = loadConfig();
      const logger = createLogger({ level: config.LOG_LEVEL ?? 'error' });
      const summary = await runRedact(
        {
          input,
          transcript: opts.transcript,
          out: opts.out,
          format: opts.format,
          policy: withRegion(await loadPolicyFile(opts.policy), opts.region) ?? DEFAULT_POLICY,
          audio: audioOptionsFromFlags(opts),
          noAudio: !opts.audio,
          tenant: opts.tenant ?? config.TENANT,
          seeds: await loadSeedsFile(opts.seeds),
        },
        config,
        logger,
      );
      process.stdout.write(formatSummary(summary) + '\n');
      if (summary.failed.length > 0) process.exitCode = 1;
    },
  );

program
  .command('doctor')
  .description('print the ffmpeg/ffprobe in use (path, source, version) and the runtime')
  .action(async () => {
    process.stdout.write((await runDoctor(loadConfig())) + '\n');
  });

program
  .command('detect')
  .description('detect PII in canonical transcripts (JSON or JSONL); writes JSONL entities to stdout')
  .argument('<file>', 'transcript file: one JSON object, or JSON Lines with {"id","words"} per line')
  .option('--policy <file>', 'policy JSON (entity selection, thresholds, allow/deny lists)')
  .option(
    '--region <code>',
    'region assumed for phone numbers said without a country code (ISO 3166-1 alpha-2; default: the policy region, else US)',
    parseRegion,
  )
  .action(async (file: string, opts: { policy?: string; region?: string }) => {
    await runDetect(file, process.stdout, withRegion(await loadPolicyFile(opts.policy), opts.region));
  });

program
  .command('eval')
  .description('run detection on labelled calls and print word recall/precision/F2 and misses')
  .argument('<gold>', 'labelled calls, JSONL (id, style, words, labels)')
  .option('--policy <file>', 'policy JSON')
  .option(
    '--region <code>',
    'region assumed for phone numbers said without a country code (ISO 3166-1 alpha-2; default: the policy region, else US)',
    parseRegion,
  )
  .option('--json', 'machine-readable output')
  .addOption(new Option('--missed <n>', 'missed entities to list').default('40'))
  .action(
    async (gold: string, opts: { policy?: string; region?: string; json?: boolean; missed: string }) => {
      const report = await runEval(gold, withRegion(await loadPolicyFile(opts.policy), opts.region));
      process.stdout.write(
        opts.json
          ? JSON.stringify(report, null, 2) + '\n'
          : formatEvalReport(report, { missed: Number(opts.missed) }) + '\n',
      );
    },
  );

registerVaultCommands(program);
registerServiceCommands(program);
registerExportCommands(program);
registerArchiveCommands(program);
registerWebhookCommands(program);
registerCorrectionsCommands(program);

program.parseAsync().catch((err: unknown) => {
  const error = coerceError(err);
  process.stderr.write(`callredact: ${error.message}\n`);
  if (!(error instanceof CallRedactError) || error.code === 'INTERNAL') {
    if (process.env['CALLREDACT_DEBUG']) console.error(err);
  }
  process.exitCode = 1;
});
