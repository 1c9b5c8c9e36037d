/**
 * `callredact webhooks verify`: checks a received webhook (its three Standard Webhooks headers and
 * the raw body) against WEBHOOK_SECRET, the way a receiver must: signature and timestamp. Exit 0
 * when valid, 1 with the reason otherwise.
 */
import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import { DEFAULT_TOLERANCE_SECONDS, verifyWebhook } from '../queue/webhook-signature.js';

async function readBody(file: string | undefined): Promise<string> {
  if (file && file !== '-') return fs.readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function registerWebhookCommands(program: Command): void {
  const webhooks = program
    .command('webhooks')
    .description('completion webhooks (Standard Webhooks signatures)');
  webhooks
    .command('verify')
    .description('verify a received webhook against WEBHOOK_SECRET: signature and timestamp')
    .requiredOption('--id <id>', 'the webhook-id header')
    .requiredOption('--timestamp <seconds>', 'the webhook-timestamp header')
    .requiredOption('--signature <value>', 'the webhook-signature header (v1,<base64> ...)')
    .option('--body <file>', 'the raw request body (default: standard input)')
    .option('--tolerance <seconds>', 'accepted clock difference', String(DEFAULT_TOLERANCE_SECONDS))
    .action(
      async (opts: {
        id: string;
        timestamp: string;
        signature: string;
        body?: string;
        tolerance: string;
      }) => {
        const secret = loadConfig().WEBHOOK_SECRET;
        if (!secret) throw new ConfigError('webhooks verify needs WEBHOOK_SECRET');
        const body = await readBody(opts.body);
        verifyWebhook(
          secret,
          { 'webhook-id': opts.id, 'webhook-timestamp': opts.timestamp, 'webhook-signature': opts.signature },
          body,
          { toleranceSeconds: Number(opts.tolerance) },
        );
        process.stdout.write('webhook valid\n');
      },
    );
}
