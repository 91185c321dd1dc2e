import { Prisma } from '../db/prisma.js';
import type { ReportClient, ReportQuery } from './sql.js';

/** What EXPLAIN (ANALYZE, FORMAT JSON) says about one report statement. */
export interface PlanSummary {
  executionMs: number;
  planningMs: number;
  /** Tables read by a Seq Scan anywhere in the plan. */
  seqScans: string[];
  /** Indexes read by Index Scan, Index Only Scan or Bitmap Index Scan. */
  indexes: string[];
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

interface ExplainOutput {
  Plan: PlanNode;
  'Execution Time': number;
  'Planning Time': number;
}

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

export async function explainReport(db: ReportClient, query: ReportQuery<unknown>): Promise<PlanSummary> {
  const rows = await db.$queryRaw<{ 'QUERY PLAN': ExplainOutput[] }[]>(
    Prisma.sql`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.sql}`,
  );
  const output = rows[0]!['QUERY PLAN'][0]!;
  const seqScans = new Set<string>();
  const indexes = new Set<string>();
  walk(output.Plan, (node) => {
    if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) seqScans.add(node['Relation Name']);
    if (node['Index Name']) indexes.add(node['Index Name']);
  });
  return {
    executionMs: output['Execution Time'],
    planningMs: output['Planning Time'],
    seqScans: [...seqScans].sort(),
    indexes: [...indexes].sort(),
  };
}
