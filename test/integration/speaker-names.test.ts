import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** A canonical transcript whose speaker fields are people's names, as some exports write them. */
const transcript = {
  words: [
    ['hello', 'Agent'],
    ['this', 'Agent'],
    ['is', 'Agent'],
    ['support', 'Agent'],
    ['hi', 'Odalys Fenwick'],
    ['my', 'Odalys Fenwick'],
    ['number', 'Odalys Fenwick'],
    ['is', 'Odalys Fenwick'],
    ['555-0142', 'Odalys Fenwick'],
    ['thanks', 'Bram Okonkwo-Hale'],
  ].map(([text, speaker], i) => ({ text, start: i * 0.5, end: i * 0.5 + 0.4, speaker })),
};

describe('speaker names in a canonical transcript', () => {
  it('reach neither the redacted transcript nor the report', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'callredact-speakers-'));
    writeFileSync(path.join(dir, 'call.json'), JSON.stringify(transcript));
    const out = path.join(dir, 'out');
    const run = await runCli(['redact', path.join(dir, 'call.json'), '--out', out]);
    expect(run.code, run.stderr).toBe(0);

    const callDir = path.join(out, 'call');
    const files = readdirSync(callDir);
    expect(files).toEqual(expect.arrayContaining(['transcript.json', 'report.json']));
    for (const file of files) {
      const text = readFileSync(path.join(callDir, file), 'utf8');
      for (const name of ['Odalys', 'Fenwick', 'Bram', 'Okonkwo']) expect(text, file).not.toContain(name);
    }
    const redacted = JSON.parse(readFileSync(path.join(callDir, 'transcript.json'), 'utf8')) as {
      words: { speaker?: string }[];
    };
    expect([...new Set(redacted.words.map((w) => w.speaker))]).toEqual(['Agent', 'voice-1', 'voice-2']);
    const report = JSON.parse(readFileSync(path.join(callDir, 'report.json'), 'utf8')) as {
      entities: { type: string; speaker: string }[];
    };
    expect(report.entities.find((e) => e.type === 'PHONE_NUMBER')?.speaker).toBe('voice-1');
  });
});
