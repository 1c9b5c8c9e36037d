import { describe, expect, it } from 'vitest';
import { artefactLinks, publishedKinds } from './artefact-links.js';

const entry = { file: 'x', bytes: 1, sha256: '0'.repeat(64) };

describe('artefact links', () => {
  it('links each kind the manifest holds, null for the others', () => {
    const withAudio = publishedKinds({
      artefacts: { 'transcript.json': entry, 'audio.opus': entry, 'report.json': entry },
    });
    expect([...withAudio].sort()).toEqual(['audio', 'report', 'transcript']);
    const textOnly = publishedKinds({ artefacts: { 'transcript.txt': entry, 'report.json': entry } });
    expect(artefactLinks('/v1/calls/c', textOnly)).toEqual({
      transcript: '/v1/calls/c/transcript',
      audio: null,
      report: '/v1/calls/c/report',
    });
    expect(artefactLinks('/b', publishedKinds(null))).toEqual({
      transcript: null,
      audio: null,
      report: null,
    });
  });
});
