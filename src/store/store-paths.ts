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

export function describeIssues(error: z.ZodError): StoreIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path) || '(root)',
    // zod says "Unrecognized key" for a field the schema does not know; say what is done about it.
    problem:
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: samrad does not know ${issue.keys.length > 1 ? 'them' : 'it'} and will not drop ${issue.keys.length > 1 ? 'them' : 'it'} silently; remove or rename ${issue.keys.length > 1 ? 'them' : 'it'}`
        : issue.message,
  }));
}
