import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/**
 * Where an issue is, in the words of the brief's example "disciplines 第 12 行 name": the table, the 1-based
 * row a person counts, then the field path inside the record.
 */
function location(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === 'tables' && parts.length >= 3 && /^\d+$/.test(parts[2]!)) {
    const field = parts.slice(3).join('.');
    return `${parts[1]} 第 ${Number(parts[2]) + 1} 行${field ? ` ${field}` : ''}`;
  }
  return parts.length > 0 ? parts.join('.') : '文件内容';
}

/** One issue as a short Chinese sentence; a field that is absent says so instead of "应为文字". */
export function describeIssue(issue: Issue): string {
  const missing = issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined;
  return `${location(issue.path)}: ${missing ? '缺少此项' : issue.message}`;
}

/** The first problem in full, and how many more there are: enough to find the spot, short enough to read. */
export function summarize(problems: readonly string[]): string {
  const [first = '内容无效'] = problems;
  return problems.length > 1 ? `${first}（另有 ${problems.length - 1} 处问题）` : first;
}

export function describeIssues(issues: readonly Issue[]): string {
  return summarize(issues.map(describeIssue));
}
