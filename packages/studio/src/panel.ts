import type {Database} from './db/database.js';
import type {Auth, Role, User} from './auth.js';
import type {RuleContent, RulesRepo} from './rules-repo.js';

export type Outcome = 'aangenomen' | 'afgewezen' | 'vervallen';
export const outcomes: Outcome[] = ['aangenomen', 'afgewezen', 'vervallen'];
/** A decision needs this many panel members who chose the same outcome. */
export const votesNeeded = 2;

export interface Proposal {
  id: number;
  kind: 'nieuw' | 'wijziging' | 'beoordeling';
  rule_id: string;
  rule_file: string;
  content: RuleContent;
  note: string;
  state: 'open' | Outcome;
  created_by: number;
  creator_name: string;
  creator_role: Role;
  created_at: Date;
  decided_at: Date | null;
  decision_text: string | null;
  commit_id: string | null;
  apply_error: string | null;
}

export interface Vote {
  user_id: number;
  display_name: string;
  role: Role;
  outcome: Outcome;
  reason: string;
  created_at: Date;
}

const proposalColumns = `p.*, u.display_name as creator_name, u.role as creator_role`;

export class Panel {
  constructor(
    private readonly db: Database,
    private readonly auth: Auth,
    private readonly rules: RulesRepo,
  ) {}

  async propose(user: User, input: {kind: Proposal['kind']; ruleId: string; file: string; content: RuleContent; note: string}): Promise<number> {
    const [row] = await this.db.query<{id: number}>(
      'insert into proposals (kind, rule_id, rule_file, content, note, created_by, created_at) values ($1, $2, $3, $4, $5, $6, $7) returning id',
      [input.kind, input.ruleId, input.file, JSON.stringify(input.content), input.note, user.id, this.auth.settings.now()],
    );
    await this.auth.audit(user.id, 'voorstel-gedaan', {proposal: row!.id, ruleId: input.ruleId, kind: input.kind});
    return row!.id;
  }

  async proposal(id: number): Promise<Proposal | undefined> {
    const [row] = await this.db.query<Proposal>(`select ${proposalColumns} from proposals p join users u on u.id = p.created_by where p.id = $1`, [id]);
    return row;
  }

  async proposals(filter: {state?: string; ruleId?: string} = {}): Promise<Proposal[]> {
    return this.db.query<Proposal>(
      `select ${proposalColumns} from proposals p join users u on u.id = p.created_by
       where ($1::text is null or p.state = $1) and ($2::text is null or p.rule_id = $2) order by p.id desc`,
      [filter.state ?? null, filter.ruleId ?? null],
    );
  }

  async comments(proposalId: number): Promise<Array<{display_name: string; role: Role; body: string; created_at: Date}>> {
    return this.db.query('select u.display_name, u.role, c.body, c.created_at from comments c join users u on u.id = c.user_id where c.proposal_id = $1 order by c.id', [proposalId]);
  }

  async comment(user: User, proposalId: number, body: string): Promise<void> {
    await this.db.query('insert into comments (proposal_id, user_id, body, created_at) values ($1, $2, $3, $4)', [proposalId, user.id, body, this.auth.settings.now()]);
    await this.auth.audit(user.id, 'reactie', {proposal: proposalId});
  }

  async votes(proposalId: number): Promise<Vote[]> {
    return this.db.query('select v.user_id, u.display_name, u.role, v.outcome, v.reason, v.created_at from votes v join users u on u.id = v.user_id where v.proposal_id = $1 order by v.created_at', [proposalId]);
  }

  /**
   * Record one panel member's choice. When two members chose the same outcome the proposal is decided: an
   * accepted change is written to the rule file, tested and committed before the decision counts.
   */
  vote(user: User, proposalId: number, outcome: Outcome, reason: string): Promise<{decided: boolean; problems?: string[]}> {
    // One vote at a time: two members who choose at the same moment must not write the rule file twice.
    const next = this.queue.then(() => this.voteNow(user, proposalId, outcome, reason));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private queue: Promise<unknown> = Promise.resolve();

  private async voteNow(user: User, proposalId: number, outcome: Outcome, reason: string): Promise<{decided: boolean; problems?: string[]}> {
    const proposal = await this.proposal(proposalId);
    if (!proposal || proposal.state !== 'open') return {decided: false, problems: ['Over dit voorstel is al beslist.']};
    await this.db.query(
      `insert into votes (proposal_id, user_id, outcome, reason, created_at) values ($1, $2, $3, $4, $5)
       on conflict (proposal_id, user_id) do update set outcome = excluded.outcome, reason = excluded.reason, created_at = excluded.created_at`,
      [proposalId, user.id, outcome, reason, this.auth.settings.now()],
    );
    await this.auth.audit(user.id, 'stem', {proposal: proposalId, outcome});
    const agreeing = (await this.votes(proposalId)).filter((vote) => vote.outcome === outcome && vote.role === 'ervaringsdeskundige');
    if (agreeing.length < votesNeeded) return {decided: false};
    return this.decide(proposal, outcome, agreeing);
  }

  private async decide(proposal: Proposal, outcome: Outcome, agreeing: Vote[]): Promise<{decided: boolean; problems?: string[]}> {
    const now = this.auth.settings.now();
    const date = now.toISOString().slice(0, 10);
    const who = agreeing.map((vote) => vote.role).join(' en ');
    const reasons = agreeing.map((vote) => vote.reason.trim()).filter((reason) => reason !== '');
    const decision = `${capital(outcome)} door het panel op ${date} (${who}).${reasons.length > 0 ? ` Redenen: ${reasons.join(' / ')}` : ''}`;
    const changesFile = outcome === 'aangenomen' || (outcome === 'vervallen' && proposal.kind !== 'nieuw');
    let commit: string | undefined;
    if (changesFile) {
      const message = [
        `${capital(outcome)}: regel ${proposal.rule_id} (${kindName[proposal.kind]}, voorstel ${proposal.id})`,
        '',
        decision,
        '',
        `Voorgesteld-door: ${proposal.creator_name} (${proposal.creator_role})`,
        ...agreeing.map((vote) => `Besloten-door: ${vote.display_name} (${vote.role}): ${vote.outcome}`),
        'Vastgelegd-met: Helder Rules Studio',
      ].join('\n');
      const result = await this.rules.apply({
        file: proposal.rule_file,
        ruleId: proposal.rule_id,
        ...(outcome === 'aangenomen' && proposal.kind !== 'beoordeling' ? {content: proposal.content} : {}),
        status: outcome === 'aangenomen' ? 'aangenomen' : 'vervallen',
        provenance: {role: proposal.kind === 'nieuw' ? proposal.creator_role === 'ervaringsdeskundige' ? 'ervaringsdeskundige' : 'communicatieadviseur' : 'ervaringsdeskundige', date, decision},
        commitMessage: message,
      });
      if (!result.ok) {
        await this.db.query('update proposals set apply_error = $2 where id = $1', [proposal.id, result.problems.join('\n')]);
        return {decided: false, problems: result.problems};
      }
      commit = result.commit;
    }
    await this.db.query('update proposals set state = $2, decided_at = $3, decision_text = $4, commit_id = $5, apply_error = null where id = $1', [proposal.id, outcome, now, decision, commit ?? null]);
    await this.auth.audit(null, 'besluit', {proposal: proposal.id, outcome, commit: commit ?? null, by: agreeing.map((vote) => vote.user_id)});
    return {decided: true};
  }
}

const kindName: Record<Proposal['kind'], string> = {nieuw: 'nieuwe regel', wijziging: 'wijziging', beoordeling: 'startset beoordeeld'};
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface FeedbackLine {
  ruleId: string;
  entryId?: string;
  words: string;
  date: string;
}

/** Read a helder-feedback.jsonl file: every good line is kept, every bad line is named by its number. */
export function parseFeedback(text: string): {records: FeedbackLine[]; problems: string[]} {
  const records: FeedbackLine[] = [];
  const problems: string[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    try {
      const value = JSON.parse(line) as Partial<FeedbackLine>;
      const record = feedbackLine(value);
      if (record) records.push(record);
      else problems.push(`Regel ${index + 1}: hier ontbreekt ruleId of date.`);
    } catch {
      problems.push(`Regel ${index + 1}: Helder kan deze regel niet lezen.`);
    }
  }
  return {records, problems};
}

/** Only the rule and the matched words are kept: nothing else of a letter may come in. */
export function feedbackLine(value: Partial<FeedbackLine> | null): FeedbackLine | undefined {
  if (!value || typeof value.ruleId !== 'string' || !/^[a-z0-9-]{1,64}$/.test(value.ruleId)) return undefined;
  if (typeof value.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value.date)) return undefined;
  const entryId = typeof value.entryId === 'string' && /^[a-z0-9-]{1,64}$/.test(value.entryId) ? value.entryId : undefined;
  const words = typeof value.words === 'string' ? value.words.replace(/\s+/g, ' ').trim().slice(0, 80) : '';
  return {ruleId: value.ruleId, ...(entryId ? {entryId} : {}), words, date: value.date};
}

export class FeedbackInbox {
  constructor(private readonly db: Database) {}

  async add(records: FeedbackLine[], source: string): Promise<number> {
    for (const record of records) {
      await this.db.query('insert into feedback (rule_id, entry_id, words, day, source) values ($1, $2, $3, $4, $5)', [record.ruleId, record.entryId ?? null, record.words, record.date, source]);
    }
    return records.length;
  }

  /** Per rule: the total and the count per month, newest rule trouble first. */
  async summary(): Promise<Array<{rule: string; total: number; months: Array<{month: string; count: number}>; words: string[]}>> {
    const rows = await this.db.query<{rule: string; month: string; count: string; words: string[]}>(
      `select coalesce(entry_id, rule_id) as rule, to_char(day, 'YYYY-MM') as month, count(*) as count, array_agg(distinct words) as words
       from feedback group by 1, 2 order by 1, 2`,
    );
    const byRule = new Map<string, {rule: string; total: number; months: Array<{month: string; count: number}>; words: Set<string>}>();
    for (const row of rows) {
      const item = byRule.get(row.rule) ?? {rule: row.rule, total: 0, months: [], words: new Set<string>()};
      item.total += Number(row.count);
      item.months.push({month: row.month, count: Number(row.count)});
      for (const word of row.words) if (word) item.words.add(word);
      byRule.set(row.rule, item);
    }
    return [...byRule.values()].sort((a, b) => b.total - a.total || a.rule.localeCompare(b.rule)).map((item) => ({...item, words: [...item.words].slice(0, 10)}));
  }

  async forRule(ruleId: string): Promise<Array<{month: string; count: number}>> {
    const rows = await this.db.query<{month: string; count: string}>(
      `select to_char(day, 'YYYY-MM') as month, count(*) as count from feedback where coalesce(entry_id, rule_id) = $1 group by 1 order by 1`,
      [ruleId],
    );
    return rows.map((row) => ({month: row.month, count: Number(row.count)}));
  }
}
