/**
 * `collection.aggregate()...end()` sends `stages: [{ stageKey: '$match', stageValue: '<EJSON>' }, ...]`.
 * The pipeline runs through mingo; `$lookup` / `$unionWith` / `$graphLookup` read the other collections'
 * committed documents. Write stages and geo/text/script features are refused.
 */
import { Aggregator, ProcessingMode } from 'mingo';
import { MINGO_OPTIONS } from './mingo-setup';
import { compileQuery } from './find';
import { cloneValue, parseEJSONField, isPlainObject } from '../ejson-codec';
import { GatewayError, invalidParam } from '../errors';
import type { Doc } from '../document-rules';

const SUPPORTED_STAGES = new Set([
  '$addFields', '$bucket', '$bucketAuto', '$count', '$facet', '$graphLookup', '$group', '$limit', '$lookup', '$match',
  '$project', '$redact', '$replaceRoot', '$replaceWith', '$sample', '$set', '$setWindowFields', '$skip', '$sort',
  '$sortByCount', '$unionWith', '$unset', '$unwind', '$densify', '$fill', '$documents',
]);

/**
 * Stages that only read their input documents (they build new ones or reorder the array). A pipeline made of
 * these alone cannot modify the stored documents, so they need not be copied first — copying 100k stored
 * documents per call dominated a dashboard's $match + $group.
 */
const READ_ONLY_STAGES = new Set(['$match', '$group', '$count', '$sortByCount', '$sort', '$skip', '$limit']);

export type Pipeline = Array<Record<string, unknown>>;

export function parseStages(stages: unknown): Pipeline {
  if (!Array.isArray(stages)) throw invalidParam('stages must be an array');
  return stages.map((stage, i) => {
    if (!isPlainObject(stage) || typeof stage.stageKey !== 'string') throw invalidParam(`stages[${i}] must be { stageKey, stageValue }`);
    const key = stage.stageKey;
    if (!SUPPORTED_STAGES.has(key)) {
      if (key.startsWith('$')) throw new GatewayError('DATABASE_REQUEST_FAILED', `aggregation stage ${key} is not supported by the local gateway`);
      throw invalidParam(`unknown aggregation stage ${key}`);
    }
    return { [key]: parseEJSONField(stage.stageValue, `stages[${i}].${key}`) };
  });
}

export interface AggregateSource {
  /** Candidate documents of the aggregated collection for a leading $match. */
  candidates(query: Record<string, unknown>): Doc[];
  /** All documents of another collection ([] when it does not exist), for $lookup and friends. */
  collection(name: string): Doc[];
}

export function runAggregation(pipeline: Pipeline, source: AggregateSource): unknown[] {
  let input: Doc[];
  let rest = pipeline;
  const first = pipeline[0];
  if (first && '$match' in first && isPlainObject(first.$match)) {
    const where = first.$match;
    const matcher = compileQuery(where);
    input = source.candidates(where).filter((d) => matcher.test(d));
    rest = pipeline.slice(1);
  } else {
    input = source.candidates({});
  }
  for (const stage of rest) if ('$match' in stage && isPlainObject(stage.$match)) compileQuery(stage.$match);
  if (rest.length === 0) return input;
  try {
    const readOnly = rest.every((stage) => Object.keys(stage).every((k) => READ_ONLY_STAGES.has(k)));
    const aggregator = new Aggregator(rest, {
      ...MINGO_OPTIONS,
      // Stages must not modify the stored documents: inputs are cloned (unless every stage only reads them),
      // looked-up collections too.
      processingMode: readOnly ? ProcessingMode.CLONE_OFF : ProcessingMode.CLONE_INPUT,
      collectionResolver: (name: string) => cloneValue(source.collection(name)),
    });
    return aggregator.run(input);
  } catch (e) {
    if (e instanceof GatewayError) throw e;
    throw invalidParam(`aggregation failed: ${(e as Error).message}`);
  }
}
