import { createRequire } from 'node:module';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect } from 'vitest';

/** One operation of GitHub's OpenAPI description, as far as the checks need it. */
interface Operation {
  operationId: string;
  requestBody?: { content?: { 'application/json'?: { schema?: { required?: string[] } } } };
}
type Spec = { paths: Record<string, Record<string, Operation>> };

let routes: Array<{ method: string; re: RegExp; template: string; op: Operation }> | null = null;

/** GitHub's published description (@octokit/openapi), compiled once into route matchers. */
function loadRoutes() {
  if (routes) return routes;
  const spec = createRequire(import.meta.url)('@octokit/openapi/generated/api.github.com.deref.json') as Spec;
  routes = [];
  for (const [template, methods] of Object.entries(spec.paths)) {
    const re = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    for (const [method, op] of Object.entries(methods)) {
      if (['get', 'post', 'put', 'patch', 'delete'].includes(method))
        routes.push({ method: method.toUpperCase(), re, template, op });
    }
  }
  return routes;
}

/** A fault to inject on requests matching `route` ("POST /repos/{owner}/{repo}/statuses/{sha}"). */
export interface Fault {
  route: string;
  kind: '5xx' | 'rate-limit' | 'secondary-limit' | 'read-only';
  times: number;
}

/** A local stand-in for api.github.com that keeps state and checks every request against the description. */
export interface FakeGitHub {
  url: string;
  /** Requests that matched no operation or lacked required body fields. */
  violations: string[];
  requests: Array<{ method: string; route: string; body: unknown }>;
  comments: Array<{ id: number; issue: number; body: string; user: string }>;
  issues: Array<{
    number: number;
    title: string;
    body: string;
    labels: string[];
    assignees: string[];
    state: string;
    /** The author; github-actions[bot] (the workflow token) when not given. */
    user?: string;
  }>;
  labels: Set<string>;
  reactions: Array<{ comment: number; content: string }>;
  statuses: Array<{ sha: string; state: string; context: string; description: string }>;
  permissions: Map<string, string>;
  faults: Fault[];
  /** Who the token is (GraphQL viewer): github-actions[bot] unless a test changes it; null answers an error. */
  viewer: { login: string | null };
  /** Rule types of the repository rulesets per branch; branches not listed get `defaultRules`. */
  branchRules: Map<string, string[]>;
  defaultRules: string[];
  /** Current head commits: pull requests by number, branches by name. */
  pulls: Map<number, string>;
  branches: Map<string, string>;
  close(): Promise<void>;
}

/** The rule types of a ruleset that protects a branch from force pushes and deletion. */
export const PROTECTED_RULES = ['deletion', 'non_fast_forward'];

/**
 * A stand-in API for every test of a file: started before each test, checked after it (every
 * request matched GitHub's description) and closed. The object stays the same from test to test;
 * its fields are the current server's.
 */
export function useFakeGitHub(): FakeGitHub {
  const api = {} as FakeGitHub;
  beforeEach(async () => {
    Object.assign(api, await startFakeGitHub());
  });
  afterEach(async () => {
    expect(api.violations).toEqual([]);
    await api.close();
  });
  return api;
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const table = loadRoutes();
  const state: Omit<FakeGitHub, 'url' | 'close'> = {
    violations: [],
    requests: [],
    comments: [],
    issues: [],
    labels: new Set(),
    reactions: [],
    statuses: [],
    permissions: new Map(),
    faults: [],
    viewer: { login: 'github-actions[bot]' },
    branchRules: new Map(),
    defaultRules: PROTECTED_RULES,
    pulls: new Map(),
    branches: new Map(),
  };
  let nextId = 1000;
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body: unknown = raw ? JSON.parse(raw) : undefined;
    // GraphQL is not part of the REST description; the one query the gate sends is checked here.
    if (method === 'POST' && url.pathname === '/graphql') {
      state.requests.push({ method, route: '/graphql', body });
      const query = (body as { query?: string } | undefined)?.query ?? '';
      if (!/^query \{ viewer \{ login \} \}$/.test(query)) {
        state.violations.push(`POST /graphql: unexpected query ${JSON.stringify(query)}`);
        return send(res, 200, { errors: [{ message: 'unexpected query' }] });
      }
      if (state.viewer.login === null)
        return send(res, 200, {
          data: null,
          errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
        });
      return send(res, 200, { data: { viewer: { login: state.viewer.login } } });
    }
    const route = table.find((r) => r.method === method && r.re.test(url.pathname));
    if (!route) {
      state.violations.push(`${method} ${url.pathname}: no such operation in GitHub's OpenAPI description`);
      return send(res, 404, { message: 'Not Found' });
    }
    const key = `${method} ${route.template}`;
    state.requests.push({ method, route: route.template, body });
    for (const field of route.op.requestBody?.content?.['application/json']?.schema?.required ?? []) {
      if (!body || typeof body !== 'object' || !(field in body))
        state.violations.push(`${key}: required body field "${field}" missing`);
    }
    const fault = state.faults.find((f) => f.route === key && f.times > 0);
    if (fault) {
      fault.times--;
      if (fault.kind === '5xx') return send(res, 502, { message: 'Bad Gateway' });
      if (fault.kind === 'rate-limit') {
        return send(
          res,
          403,
          { message: 'API rate limit exceeded' },
          {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1),
          },
        );
      }
      if (fault.kind === 'secondary-limit') {
        return send(
          res,
          403,
          { message: 'You have exceeded a secondary rate limit' },
          { 'retry-after': '1' },
        );
      }
      return send(
        res,
        403,
        { message: 'Resource not accessible by integration' },
        { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' },
      );
    }
    const parts = url.pathname.split('/');
    const b = (body ?? {}) as Record<string, string>;
    switch (route.op.operationId) {
      case 'repos/get-collaborator-permission-level': {
        const login = parts[5]!;
        const permission = state.permissions.get(login) ?? 'read';
        const legacy = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
        return send(res, 200, { permission: legacy, role_name: permission, user: { login } });
      }
      case 'reactions/create-for-issue-comment':
        state.reactions.push({ comment: Number(parts[6]), content: b.content! });
        return send(res, 201, { id: nextId++, content: b.content });
      case 'issues/create-comment': {
        const id = nextId++;
        state.comments.push({ id, issue: Number(parts[5]), body: b.body!, user: 'github-actions[bot]' });
        return send(res, 201, { id, body: b.body, user: { login: 'github-actions[bot]', type: 'Bot' } });
      }
      case 'issues/list-comments': {
        const all = state.comments.filter((c) => c.issue === Number(parts[5]));
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const more = page * perPage < all.length;
        const link = `<http://${req.headers.host}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
        return send(
          res,
          200,
          slice.map((c) => ({
            id: c.id,
            body: c.body,
            user: { login: c.user, type: c.user.endsWith('[bot]') ? 'Bot' : 'User' },
          })),
          more ? { link } : {},
        );
      }
      case 'issues/update-comment': {
        const c = state.comments.find((x) => x.id === Number(parts[6]));
        if (!c) return send(res, 404, { message: 'Not Found' });
        c.body = b.body!;
        return send(res, 200, { id: c.id, body: c.body });
      }
      case 'issues/list-for-repo': {
        const label = url.searchParams.get('labels');
        const wanted = url.searchParams.get('state') ?? 'open';
        const list = state.issues.filter(
          (i) => (!label || i.labels.includes(label)) && (wanted === 'all' || i.state === wanted),
        );
        return send(
          res,
          200,
          list.map((i) => ({
            number: i.number,
            title: i.title,
            body: i.body,
            state: i.state,
            labels: i.labels.map((name) => ({ name })),
            user: {
              login: i.user ?? 'github-actions[bot]',
              type: (i.user ?? '[bot]').endsWith('[bot]') ? 'Bot' : 'User',
            },
          })),
        );
      }
      case 'issues/create': {
        const req2 = body as { title: string; body?: string; labels?: string[]; assignees?: string[] };
        const issue = {
          number: nextId++,
          title: req2.title,
          body: req2.body ?? '',
          labels: req2.labels ?? [],
          assignees: req2.assignees ?? [],
          state: 'open',
        };
        state.issues.push(issue);
        return send(res, 201, { number: issue.number, title: issue.title });
      }
      case 'issues/update': {
        const issue = state.issues.find((i) => i.number === Number(parts[5]));
        if (!issue) return send(res, 404, { message: 'Not Found' });
        if (b.state) issue.state = b.state;
        return send(res, 200, { number: issue.number, state: issue.state });
      }
      case 'issues/get-label': {
        const name = decodeURIComponent(parts[5]!);
        return state.labels.has(name) ? send(res, 200, { name }) : send(res, 404, { message: 'Not Found' });
      }
      case 'issues/create-label':
        state.labels.add(b.name!);
        return send(res, 201, { name: b.name });
      case 'repos/create-commit-status':
        state.statuses.push({
          sha: parts[5]!,
          state: b.state!,
          context: b.context ?? 'default',
          description: b.description ?? '',
        });
        return send(res, 201, { id: nextId++, state: b.state, context: b.context });
      case 'repos/get-branch-rules': {
        const branch = decodeURIComponent(parts.slice(6).join('/'));
        const types = state.branchRules.get(branch) ?? state.defaultRules;
        return send(
          res,
          200,
          types.map((type) => ({
            type,
            ruleset_source_type: 'Repository',
            ruleset_source: 'octo-org/sealed-app',
            ruleset_id: 1,
          })),
        );
      }
      case 'pulls/get': {
        const head = state.pulls.get(Number(parts[5]));
        return head
          ? send(res, 200, { number: Number(parts[5]), head: { sha: head } })
          : send(res, 404, { message: 'Not Found' });
      }
      case 'repos/get-branch': {
        const head = state.branches.get(decodeURIComponent(parts.slice(5).join('/')));
        return head
          ? send(res, 200, { name: parts[5], commit: { sha: head } })
          : send(res, 404, { message: 'Not Found' });
      }
      default:
        state.violations.push(`${key} (${route.op.operationId}): valid, but this stand-in does not serve it`);
        return send(res, 501, { message: 'not served by the test server' });
    }
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((e) => send(res, 500, { message: String(e) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...state,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
