/** A data problem, reported as `file › record › field: message`. */
import type { z } from 'zod';

export interface Problem {
  /** Path of the data file, relative to the project root, e.g. `data/muscles/trunk.json`. */
  readonly file: string;
  /** Id of the record at fault, or `(file)` when the file itself is wrong. */
  readonly record: string;
  /** Dotted path of the field inside the record, or `(record)`. */
  readonly field: string;
  readonly message: string;
}

export const formatProblem = (p: Problem): string =>
  `${p.file} › ${p.record} › ${p.field}: ${p.message}`;

/** Error thrown when a dataset cannot be loaded; carries every problem found. */
export class DatasetError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(
      `The dataset has ${problems.length} problem(s):\n` +
        problems.slice(0, 50).map(formatProblem).join('\n'),
    );
    this.name = 'DatasetError';
  }
}

type PathKey = PropertyKey;

/**
 * Converts zod issues on one record into problems. Nested records (a trigger point
 * inside a muscle) are reported under the innermost object that has an `id`.
 */
export function issuesToProblems(
  file: string,
  fallbackRecord: string,
  raw: unknown,
  issues: readonly z.core.$ZodIssue[],
): Problem[] {
  return issues.map((issue) => {
    const { record, rest } = innermostRecord(raw, issue.path, fallbackRecord);
    const field = rest.length > 0 ? rest.map(String).join('.') : '(record)';
    return { file, record, field, message: describeIssue(issue) };
  });
}

function innermostRecord(
  raw: unknown,
  path: readonly PathKey[],
  fallback: string,
): { record: string; rest: PathKey[] } {
  let record = fallback;
  let restStart = 0;
  let node: unknown = raw;
  for (let i = 0; i < path.length; i++) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[path[i] as PropertyKey];
    const id =
      node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof id === 'string' && i < path.length - 1) {
      record = id;
      restStart = i + 1;
    }
  }
  return { record, rest: path.slice(restStart) as PathKey[] };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    return /received undefined/.test(issue.message)
      ? `is required (${issue.expected})`
      : issue.message.replace(/^Invalid input: /, '');
  }
  if (issue.code === 'unrecognized_keys') {
    return `unknown field(s) ${issue.keys.join(', ')}`;
  }
  return issue.message;
}
