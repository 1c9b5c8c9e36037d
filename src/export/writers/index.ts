/** The dataset writers, one module per format. */
import { hfWriter } from './hf.js';
import { kaldiWriter } from './kaldi.js';
import { lhotseWriter } from './lhotse.js';
import { nemoWriter } from './nemo.js';
import type { DatasetFormat, DatasetWriter } from './types.js';
import { webdatasetWriter } from './webdataset.js';

export { DATASET_FORMATS, type DatasetFormat, type DatasetWriter, type ExportedUtterance } from './types.js';
export { DEFAULT_SHARD_BYTES } from './webdataset.js';

export function datasetWriter(format: DatasetFormat, options: { shardBytes?: number } = {}): DatasetWriter {
  switch (format) {
    case 'nemo':
      return nemoWriter;
    case 'hf':
      return hfWriter;
    case 'kaldi':
      return kaldiWriter;
    case 'lhotse':
      return lhotseWriter;
    case 'webdataset':
      return webdatasetWriter(options.shardBytes);
  }
}
