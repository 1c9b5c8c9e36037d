/**
 * A folder of redacted outputs as `callredact redact --out OUT` writes them: OUT/<call>/ with
 * transcript.<ext>, audio.<ext>, report.json and manifest.json (or one such call folder). Only
 * published calls (manifest present) are read, and every artefact must match its manifest entry
 * (size and sha256): an export never reads a half-written or edited output.
 *
 * With `originals`, the raw transcripts the outputs were made from (the folder given to `redact`,
 * paired by base name as `redact` pairs them) feed the export verification.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { Report } from '../pipeline/report.js';
import { MANIFEST_FILE, readManifest, sha256File, type Manifest } from '../storage/publish.js';
import { TRANSCRIPT_EXTENSIONS } from '../commands/collect-calls.js';
import type { ExportSource, RawTranscript, SourceCall, SourceCallRef } from './source.js';

const exists = (file: string): Promise<boolean> =>
  fs.stat(file).then(
    () => true,
    () => false,
  );

export interface FolderSourceOptions {
  /** folder of the raw transcripts the outputs were made from */
  originals?: string;
}

export class FolderSource implements ExportSource {
  readonly kind = 'folder';
  readonly verification;

  constructor(
    readonly dir: string,
    private readonly options: FolderSourceOptions = {},
  ) {
    this.verification = options.originals ? ('originals' as const) : ('redetect' as const);
  }

  private folderOf(ref: SourceCallRef, single: boolean): string {
    return single ? this.dir : path.join(this.dir, ref.name);
  }

  /** the folder is itself one call's output folder */
  private isSingleCall(): Promise<boolean> {
    return exists(path.join(this.dir, MANIFEST_FILE));
  }

  async list(): Promise<{ calls: SourceCallRef[]; skipped: { name: string; reason: string }[] }> {
    const stat = await fs.stat(this.dir).catch(() => null);
    if (!stat?.isDirectory()) throw new InputError(`${this.dir}: not a folder of redacted outputs`);
    if (await this.isSingleCall()) return { calls: [{ name: path.basename(this.dir) }], skipped: [] };
    const entries = (await fs.readdir(this.dir, { withFileTypes: true }))
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
    const calls: SourceCallRef[] = [];
    const skipped: { name: string; reason: string }[] = [];
    for (const name of entries) {
      if (await exists(path.join(this.dir, name, MANIFEST_FILE))) calls.push({ name });
      else skipped.push({ name, reason: 'not published (no manifest.json)' });
    }
    if (calls.length === 0 && skipped.length === 0)
      throw new InputError(`${this.dir}: no redacted call folders found`);
    return { calls, skipped };
  }

  async open(ref: SourceCallRef): Promise<SourceCall> {
    const dir = this.folderOf(ref, await this.isSingleCall());
    const manifest = await readManifest(dir);
    if (!manifest) throw new InputError(`${dir}: not published (no manifest.json)`);
    const reportText = await checkedText(dir, manifest, 'report.json');
    let report: Report;
    try {
      report = JSON.parse(reportText) as Report;
    } catch (err) {
      throw new InputError(`${dir}/report.json: not valid JSON`, { cause: err });
    }
    if (report.version !== 1 || typeof report.callId !== 'string' || !Array.isArray(report.entities))
      throw new InputError(`${dir}/report.json: not a callredact report (version 1)`);
    if (report.callId !== manifest.callId)
      throw new InputError(`${dir}: report and manifest name different calls`);
    const transcriptFile = report.transcript.file;
    const raw = await checkedText(dir, manifest, transcriptFile);
    let audioPath: string | null = null;
    if (report.audio) {
      audioPath = path.join(dir, report.audio.file);
      await checkArtefact(dir, manifest, report.audio.file);
    }
    const originals = this.options.originals;
    return {
      name: ref.name,
      callId: report.callId,
      report,
      transcript: { raw, format: report.transcript.format, file: path.join(dir, transcriptFile) },
      audioPath,
      rawTranscript: async (): Promise<RawTranscript | null> => {
        if (!originals) return null;
        for (const ext of TRANSCRIPT_EXTENSIONS) {
          const file = path.join(originals, ref.name + ext);
          if (await exists(file))
            return { raw: await fs.readFile(file, 'utf8'), format: report.transcript.format, source: file };
        }
        throw new InputError(`${originals}: no original transcript for call ${ref.name}`);
      },
    };
  }
}

async function checkArtefact(dir: string, manifest: Manifest, name: string): Promise<string> {
  const entry = manifest.artefacts[name];
  const file = path.join(dir, name);
  if (!entry) throw new InputError(`${dir}: ${name} is not listed in manifest.json`);
  const stat = await fs.stat(file).catch(() => null);
  if (!stat || stat.size !== entry.bytes || (await sha256File(file)) !== entry.sha256)
    throw new InputError(`${file}: does not match manifest.json (changed after publication)`);
  return file;
}

async function checkedText(dir: string, manifest: Manifest, name: string): Promise<string> {
  return fs.readFile(await checkArtefact(dir, manifest, name), 'utf8');
}
