import type { z } from 'zod';

export interface StoreIssue {
  path: string;
  problem: string;
}

/** "meetings", 3, "date" → "meetings[3].date" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

/** zod's issues as lines for a person; `prefix` places them in the document (e.g. ["votes", 12]). */
export function describeIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): StoreIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]) || '(root)',
    // zod says "Unrecognized key" for a field the schema does not know; say what is done about it.
    problem:
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: samrad does not know ${issue.keys.length > 1 ? 'them' : 'it'} and will not drop ${issue.keys.length > 1 ? 'them' : 'it'} silently; remove or rename ${issue.keys.length > 1 ? 'them' : 'it'}`
        : issue.message,
  }));
}
