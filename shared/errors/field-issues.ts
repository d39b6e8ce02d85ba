import type { z } from 'zod';
import type { FieldIssue } from './app-error';

/** zod issues → field-level messages the form, CLI and function all show the same way. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(整体)', message: i.message }));
}
