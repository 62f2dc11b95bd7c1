// Checks the container and cluster files against the server's own configuration, so a
// renamed setting or moved file shows up here rather than at deploy time. Needs no Docker.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { type Config, ConfigError, loadConfig, SUBGRAPH_NAMES, type SubgraphName } from '../../server/core/config';
import { isKnownErrorCode } from '../../server/core/errors';
import { collectProcessMetrics, metricsRegistry } from '../../server/core/observability/metrics';

const ROOT = path.resolve(__dirname, '../..');
const DOCKER_DIR = path.join(ROOT, 'docker');
const K8S_DIR = path.join(DOCKER_DIR, 'k8s');
const IMAGE = 'sira-monitor/server:latest';
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Every environment variable name the server reads, taken from the source of its config. */
function configEnvNames(source: string): Set<string> {
  const names = new Set<string>();
  for (const match of source.matchAll(/\benv\.([A-Z][A-Z0-9_]*)/g)) names.add(match[1] as string);
  for (const match of source.matchAll(/\benv,\s*'([A-Z][A-Z0-9_]*)'/g)) names.add(match[1] as string);
  for (const match of source.matchAll(/\benv,\s*`\$\{upper\}(_[A-Z0-9_]+)`/g)) {
    for (const name of SUBGRAPH_NAMES) names.add(`${name.toUpperCase()}${match[1]}`);
  }
  return names;
}
const KNOWN_ENV = configEnvNames(read('server/core/config.ts'));

/** Where the gateway expects each subgraph served apart, as composed into the committed supergraph (accounts runs in the gateway). */
function supergraphUrls(): Record<SubgraphName, string> {
  const urls: Partial<Record<SubgraphName, string>> = {};
  for (const match of read('schema/supergraph.graphql').matchAll(/@join__graph\(name: "(\w+)", url: "([^"]+)"\)/g)) {
    if (SUBGRAPH_NAMES.includes(match[1] as SubgraphName)) urls[match[1] as SubgraphName] = match[2] as string;
  }
  return urls as Record<SubgraphName, string>;
}
const SUBGRAPH_URLS = supergraphUrls();
/** The same as the gateway's configuration holds them: a list of instances per subgraph. */
const SUBGRAPH_URL_LISTS = Object.fromEntries(Object.entries(SUBGRAPH_URLS).map(([name, url]) => [name, [url]]));

/** `server/dist/x/y.js` is built from `server/x/y.ts`. */
function sourceOfBuiltScript(script: string): string | undefined {
  const match = /^server\/dist\/(.+)\.js$/.exec(script);
  return match ? `server/${match[1]}.ts` : undefined;
}

describe('what the checks rely on', () => {
  it('reads the setting names out of server/core/config.ts', () => {
    for (const name of [
      'DATABASE_URL',
      'PORT',
      'SEED',
      'SERVE_SUBGRAPH',
      'GEOGRAPHY_URL',
      'ENGAGEMENT_DATABASE_URL',
      'EVALUATION_URL',
      'EVALUATION_DATABASE_URL',
    ]) {
      expect(KNOWN_ENV).toContain(name);
    }
  });

  it('reads the subgraph URLs out of the supergraph', () => {
    expect(Object.keys(SUBGRAPH_URLS).sort()).toEqual([...SUBGRAPH_NAMES].sort());
  });
});

// ---------------------------------------------------------------- Dockerfile

interface Instruction {
  keyword: string;
  args: string;
}

function parseDockerfile(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    if (/^\s*#/.test(raw)) continue;
    const line = raw.trimEnd();
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1)} `;
      continue;
    }
    current = `${current}${line}`.trim();
    if (current) {
      const match = /^(\S+)\s*([\s\S]*)$/.exec(current) as RegExpExecArray;
      instructions.push({ keyword: (match[1] as string).toUpperCase(), args: match[2] as string });
    }
    current = '';
  }
  return instructions;
}

/** Arguments of an instruction in either the JSON (exec) or the shell form. */
function words(args: string): string[] {
  return args.startsWith('[') ? (JSON.parse(args) as string[]) : args.split(/\s+/).filter(Boolean);
}

interface Copy {
  from: string | undefined;
  sources: string[];
  destination: string;
}

function parseCopy(args: string): Copy {
  const tokens = words(args);
  const flags = tokens.filter((token) => token.startsWith('--'));
  const paths = tokens.filter((token) => !token.startsWith('--'));
  const from = flags.find((flag) => flag.startsWith('--from='))?.slice('--from='.length);
  return { from, sources: paths.slice(0, -1), destination: paths[paths.length - 1] ?? '' };
}

function envAssignments(args: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const match of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S+)/g)) {
    env[match[1] as string] = (match[2] as string).replace(/^"|"$/g, '');
  }
  return env;
}

/** The environment the image gives every container, before a service's own settings. */
function imageEnvironment(): Record<string, string> {
  const instructions = parseDockerfile(read('docker/Dockerfile'));
  const finalStage = instructions.slice(instructions.map((i) => i.keyword).lastIndexOf('FROM') + 1);
  return Object.assign({}, ...finalStage.filter((i) => i.keyword === 'ENV').map((i) => envAssignments(i.args)));
}
const IMAGE_ENV = imageEnvironment();

/** Names that hold a credential: their values must come from a secret, never from the files. */
const SECRET_NAME = /SECRET|PASSWORD|DATABASE_URL$/;
/** A postgres:// URL with a password written in it, in lines that are not comments. */
function literalDatabasePasswords(text: string): string[] {
  const lines = text.split('\n').filter((line) => !/^\s*#/.test(line));
  return lines.flatMap((line) => [...line.matchAll(/postgres(?:ql)?:\/\/[^\s:@/]+:([^\s@]+)@/g)].map((m) => m[1] as string));
}

describe('docker/Dockerfile', () => {
  const instructions = parseDockerfile(read('docker/Dockerfile'));
  const lastFrom = instructions.map((i) => i.keyword).lastIndexOf('FROM');
  const finalStage = instructions.slice(lastFrom + 1);
  const inFinal = (keyword: string) => finalStage.filter((i) => i.keyword === keyword);
  const workdir = inFinal('WORKDIR').at(-1)?.args ?? '/';
  const inImage = (p: string) => path.posix.resolve(workdir, p);
  const finalCopies = inFinal('COPY').map((i) => parseCopy(i.args));

  it('has a FROM and a CMD or ENTRYPOINT in the final stage', () => {
    expect(lastFrom).toBeGreaterThanOrEqual(0);
    expect(inFinal('CMD').length + inFinal('ENTRYPOINT').length).toBeGreaterThan(0);
  });

  it('runs the final stage as a user other than root', () => {
    const user = inFinal('USER').at(-1)?.args.split(':')[0];
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
  });

  it('copies only repository paths that exist', () => {
    const sources = instructions
      .filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD')
      .map((i) => parseCopy(i.args))
      .filter((copy) => copy.from === undefined)
      .flatMap((copy) => copy.sources);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect({ source, exists: existsSync(path.join(ROOT, source)) }).toEqual({ source, exists: true });
  });

  it('starts a script that is built from a source file and copied into the final stage', () => {
    const command = words((inFinal('CMD').at(-1) ?? inFinal('ENTRYPOINT').at(-1))?.args ?? '[]');
    const script = command.find((word) => word.endsWith('.js'));
    expect(script).toBeDefined();
    const source = sourceOfBuiltScript(script as string);
    expect(source && existsSync(path.join(ROOT, source))).toBe(true);
    const copied = finalCopies.some((copy) => !path.posix.relative(inImage(copy.destination), inImage(script as string)).startsWith('..'));
    expect(copied).toBe(true);
  });

  it('points SUPERGRAPH_PATH at the supergraph copied into the image', () => {
    const env = Object.assign({}, ...inFinal('ENV').map((i) => envAssignments(i.args))) as Record<string, string>;
    expect(env.SUPERGRAPH_PATH).toBeDefined();
    const target = inImage(env.SUPERGRAPH_PATH as string);
    const provided = finalCopies
      .filter((copy) => copy.from === undefined)
      .flatMap((copy) =>
        copy.sources.map((source) => {
          const relative = path.posix.relative(inImage(copy.destination), target);
          return !relative.startsWith('..') && existsSync(path.join(ROOT, source, relative));
        }),
      );
    expect(provided).toContain(true);
    expect(read('schema/supergraph.graphql')).toContain('@join__graph');
  });

  it('declares a health check on /health', () => {
    const healthcheck = inFinal('HEALTHCHECK').at(-1)?.args ?? '';
    expect(healthcheck).toContain('/health');
  });

  it('keeps local build output and data out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim().replace(/^\*\*\//, ''));
    for (const entry of ['node_modules', 'dist', '.data', '.git', 'test-results']) expect(ignored).toContain(entry);
  });
});

// ---------------------------------------------------------------- compose

interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number)[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: unknown; disable?: boolean; timeout?: string };
  command?: string | string[];
  profiles?: string[];
}

function rawEnvironmentOf(service: ComposeService): Record<string, string> {
  const raw = service.environment ?? {};
  if (Array.isArray(raw)) {
    return Object.fromEntries(raw.map((entry) => [entry.split('=')[0] as string, entry.split('=').slice(1).join('=')]));
  }
  return Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, String(value ?? '')]));
}

/** Compose's interpolation from docker/.env: ${NAME}, ${NAME:-default}, ${NAME:?message}, $$. */
function interpolate(value: string, variables: Record<string, string>): string {
  return value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g, (whole, name, operator, argument) => {
    if (whole === '$$') return '$';
    const set = variables[name as string];
    const missing = set === undefined || (operator?.startsWith(':') && set === '');
    if (!missing) return set as string;
    if (operator?.endsWith('?')) throw new Error(`required variable ${name} is missing a value: ${argument}`);
    return operator?.endsWith('-') ? (argument as string) : '';
  });
}

/** The secrets docker/.env would hold, once filled in as docker/.env.example asks. */
const COMPOSE_SECRETS: Record<string, string> = {
  JWT_SECRET: 'compose-test-secret-of-at-least-thirty-two-characters',
  POSTGRES_PASSWORD: 'composeTestPassword0123',
};

function environmentOf(service: ComposeService, variables = COMPOSE_SECRETS): Record<string, string> {
  return Object.fromEntries(Object.entries(rawEnvironmentOf(service)).map(([name, value]) => [name, interpolate(value, variables)]));
}

/** Variable names docker/.env.example lists, set or commented out, and the values it gives. */
function envExample(): Record<string, string> {
  const listed: Record<string, string> = {};
  for (const match of read('docker/.env.example').matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=(.*)$/gm))
    listed[match[1] as string] = match[2] as string;
  return listed;
}

function dependenciesOf(service: ComposeService): Record<string, string | undefined> {
  const raw = service.depends_on ?? {};
  if (Array.isArray(raw)) return Object.fromEntries(raw.map((name) => [name, undefined]));
  return Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, value.condition]));
}

describe('docker/compose.yaml', () => {
  const compose = parse(readFileSync(path.join(DOCKER_DIR, 'compose.yaml'), 'utf8'), { merge: true }) as {
    services?: Record<string, ComposeService>;
  };
  const services = compose.services ?? {};
  const service = (name: string) => services[name] ?? {};
  const env = (name: string) => environmentOf(service(name));
  const serverServices = Object.entries(services).filter(([, s]) => s.build !== undefined || s.image === IMAGE);
  const imageHasHealthcheck = parseDockerfile(read('docker/Dockerfile')).some((i) => i.keyword === 'HEALTHCHECK');
  const configOf = (name: string): Config => loadConfig({ ...IMAGE_ENV, ...env(name) });
  const composeText = readFileSync(path.join(DOCKER_DIR, 'compose.yaml'), 'utf8');

  it('has the database, every subgraph, the gateway and the seed job', () => {
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining(['postgres', 'redis', 'geography', 'engagement', 'evaluation', 'gateway', 'seed']),
    );
    expect(service('postgres').image).toMatch(/^postgres:15/);
  });

  it.each([...SUBGRAPH_NAMES])('serves the %s subgraph where the supergraph routes it', (name) => {
    const url = new URL(SUBGRAPH_URLS[name]);
    expect(services[url.hostname]).toBeDefined();
    const config = configOf(url.hostname);
    expect(config.serveSubgraph).toBe(name);
    expect(config.port).toBe(Number(url.port));
    expect(config.database.kind).toBe('url');
    // Seeding needs every subgraph in one process: the seed service does it.
    expect(config.seed).toBe('none');
  });

  it('runs the gateway over the subgraph URLs of the supergraph, published on port 4000', () => {
    const config = configOf('gateway');
    expect(config.serveSubgraph).toBeUndefined();
    expect(config.subgraphUrls).toEqual(SUBGRAPH_URL_LISTS);
    expect(config.subgraphUrls).toEqual({
      geography: ['http://geography:4001/graphql'],
      engagement: ['http://engagement:4002/graphql'],
      evaluation: ['http://evaluation:4003/graphql'],
    });
    expect(config.port).toBe(4000);
    expect((service('gateway').ports ?? []).map(String)).toContain('4000:4000');
    for (const name of SUBGRAPH_NAMES)
      expect({ name, condition: dependenciesOf(service('gateway'))[name] }).toEqual({ name, condition: 'service_healthy' });
  });

  it('seeds with a command built from a source file, only when asked for', () => {
    const seed = service('seed');
    expect(seed.profiles).toContain('seed');
    const command = Array.isArray(seed.command) ? seed.command : words(seed.command ?? '');
    const script = command.find((word) => word.endsWith('.js')) ?? '';
    const source = sourceOfBuiltScript(script);
    expect(source && existsSync(path.join(ROOT, source))).toBe(true);
    expect(configOf('seed').database.kind).toBe('url');
  });

  it('builds every server service from a Dockerfile that exists, with the repository as context', () => {
    expect(serverServices.length).toBeGreaterThanOrEqual(5);
    for (const [name, s] of serverServices) {
      const build = typeof s.build === 'string' ? { context: s.build } : (s.build ?? {});
      const context = path.resolve(DOCKER_DIR, build.context ?? '.');
      const dockerfile = path.resolve(context, build.dockerfile ?? 'Dockerfile');
      expect({ name, context }).toEqual({ name, context: ROOT });
      expect({ name, dockerfile, exists: existsSync(dockerfile) }).toEqual({ name, dockerfile, exists: true });
    }
  });

  it('sets only environment variables the server knows, with values it accepts', () => {
    for (const [name] of serverServices) {
      for (const variable of Object.keys(env(name)))
        expect({ service: name, variable, known: KNOWN_ENV.has(variable) }).toEqual({ service: name, variable, known: true });
      expect(() => configOf(name)).not.toThrow();
    }
  });

  it('writes no password or secret in the file: each comes from docker/.env, which git ignores', () => {
    expect(literalDatabasePasswords(composeText)).toEqual([]);
    const required = new Set([...composeText.matchAll(/\$\{([A-Z_][A-Z0-9_]*):\?[^}]*docker\/\.env[^}]*\}/g)].map((m) => m[1] as string));
    expect([...required].sort()).toEqual(['JWT_SECRET', 'POSTGRES_PASSWORD']);
    for (const [name, s] of Object.entries(services)) {
      for (const [variable, value] of Object.entries(rawEnvironmentOf(s))) {
        if (!SECRET_NAME.test(variable)) continue;
        // The secret part is a variable docker/.env must set: the whole value, or a URL's password.
        const secretPart = variable.endsWith('DATABASE_URL') ? /^postgres:\/\/[^@]*?:(\$\{[^}]*\})@/.exec(value)?.[1] : value;
        expect({ name, variable, secretPart }).toEqual({ name, variable, secretPart: expect.stringMatching(/^\$\{[A-Z_]+:\?[^}]+\}$/) });
      }
    }
    // docker/.env.example names each secret and gives none a value; docker/.env is never committed.
    const example = envExample();
    for (const variable of required) expect({ variable, example: example[variable] }).toEqual({ variable, example: '' });
    const ignored = read('.gitignore')
      .split('\n')
      .map((line) => line.trim());
    expect(ignored.includes('.env') || ignored.includes('docker/.env')).toBe(true);
  });

  it('gives every server service the same JWT_SECRET from docker/.env, and runs each in production', () => {
    expect(serverServices.map(([name]) => name).sort()).toEqual(['engagement', 'evaluation', 'gateway', 'geography', 'seed']);
    for (const [name, s] of serverServices) {
      expect({ name, secret: rawEnvironmentOf(s).JWT_SECRET }).toEqual({ name, secret: expect.stringMatching(/^\$\{JWT_SECRET:\?.+\}$/) });
      expect({ name, nodeEnv: { ...IMAGE_ENV, ...env(name) }.NODE_ENV, production: configOf(name).production }).toEqual({
        name,
        nodeEnv: 'production',
        production: true,
      });
      expect(configOf(name).jwtSecret).toBe(COMPOSE_SECRETS.JWT_SECRET);
    }
  });

  it('starts each server service once docker/.env is filled in, and refuses to without JWT_SECRET', () => {
    for (const [name, s] of serverServices) {
      expect(() => configOf(name)).not.toThrow();
      // Compose itself stops first, saying where to set it...
      expect(() => environmentOf(s, { ...COMPOSE_SECRETS, JWT_SECRET: '' })).toThrow(
        'required variable JWT_SECRET is missing a value: set JWT_SECRET in docker/.env',
      );
      // ...and the server would not start without it either.
      const { JWT_SECRET: _secret, ...withoutSecret } = { ...IMAGE_ENV, ...env(name) };
      expect(() => loadConfig(withoutSecret)).toThrow(ConfigError);
      expect(() => loadConfig(withoutSecret)).toThrow('NODE_ENV=production needs JWT_SECRET');
    }
    expect(() => environmentOf(service('postgres'), { ...COMPOSE_SECRETS, POSTGRES_PASSWORD: '' })).toThrow(
      'required variable POSTGRES_PASSWORD is missing a value',
    );
  });

  it('connects to the compose PostgreSQL with its credentials, after it is healthy', () => {
    const postgres = env('postgres');
    for (const [name] of serverServices) {
      const url = env(name).DATABASE_URL;
      if (url === undefined) continue;
      const parsed = new URL(url);
      expect({ name, host: parsed.hostname, user: parsed.username, password: parsed.password, db: parsed.pathname.slice(1) }).toEqual({
        name,
        host: 'postgres',
        user: postgres.POSTGRES_USER,
        password: postgres.POSTGRES_PASSWORD,
        db: postgres.POSTGRES_DB,
      });
      expect({ name, condition: dependenciesOf(service(name)).postgres }).toEqual({ name, condition: 'service_healthy' });
    }
  });

  it('reports a server service healthy once it is ready (/ready), within the check timeout', () => {
    for (const [name, s] of serverServices) {
      if (s.healthcheck?.disable === true) continue;
      expect({ name, test: JSON.stringify(s.healthcheck?.test ?? '') }).toEqual({ name, test: expect.stringContaining('/ready') });
      const seconds = Number(/^(\d+)s$/.exec(String(s.healthcheck?.timeout))?.[1] ?? 30);
      expect({ name, checkOutlastsReady: seconds * 1000 > configOf(name).readyTimeoutMs }).toEqual({ name, checkOutlastsReady: true });
    }
  });

  it('waits only on health checks that exist', () => {
    for (const [name, s] of Object.entries(services)) {
      for (const [dependency, condition] of Object.entries(dependenciesOf(s))) {
        expect({ name, dependency, defined: services[dependency] !== undefined }).toEqual({ name, dependency, defined: true });
        if (condition !== 'service_healthy') continue;
        const target = service(dependency);
        const healthy =
          target.healthcheck?.disable !== true &&
          (target.healthcheck?.test !== undefined || (serverServices.some(([n]) => n === dependency) && imageHasHealthcheck));
        expect({ name, dependency, healthy }).toEqual({ name, dependency, healthy: true });
      }
    }
  });
});

// ---------------------------------------------------------------- Kubernetes

interface K8sObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; labels?: Record<string, string> };
  data?: Record<string, string>;
  resources?: string[];
  spec?: {
    replicas?: number;
    selector?: Record<string, string> | { matchLabels?: Record<string, string> };
    ports?: { port?: number }[];
    template?: { metadata?: { labels?: Record<string, string> }; spec?: { containers?: K8sContainer[] } };
  };
}
interface K8sEnv {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { name: string; key: string } };
}
interface Probe {
  httpGet?: { path?: string };
  timeoutSeconds?: number;
}
interface K8sContainer {
  image?: string;
  env?: K8sEnv[];
  ports?: { containerPort?: number }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
}

describe('docker/k8s', () => {
  const files = readdirSync(K8S_DIR).filter((file) => /\.ya?ml$/.test(file));
  const objects: (K8sObject & { file: string })[] = [];
  const parseErrors: string[] = [];
  for (const file of files) {
    for (const doc of parseAllDocuments(readFileSync(path.join(K8S_DIR, file), 'utf8'))) {
      parseErrors.push(...doc.errors.map((error) => `${file}: ${error.message}`));
      objects.push({ ...(doc.toJS() as K8sObject), file });
    }
  }
  const find = (kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata?.name === name);
  const configMaps = objects.filter((o) => o.kind === 'ConfigMap');
  const containerOf = (name: string) => find('Deployment', name)?.spec?.template?.spec?.containers?.[0] ?? {};

  /** Stand-ins for the Secrets docker/README.md says to create: the only ones a manifest may read. */
  const SECRET_VALUES: Record<string, string> = {
    'sira-database/url': 'postgres://user:secret@database:5432/sira',
    'sira-jwt/secret': 'k8s-test-secret-of-at-least-thirty-two-characters',
  };
  const containers = objects.flatMap((o) => (o.spec?.template?.spec?.containers ?? []).map((container) => ({ o, container })));

  /** The container's environment over the image's, with a stand-in for each Secret value. */
  function environmentOf(container: K8sContainer, secrets = SECRET_VALUES): Record<string, string> {
    const env: Record<string, string> = { ...IMAGE_ENV };
    for (const entry of container.env ?? []) {
      const fromConfigMap = entry.valueFrom?.configMapKeyRef;
      const fromSecret = entry.valueFrom?.secretKeyRef;
      if (fromSecret) {
        const value = secrets[`${fromSecret.name}/${fromSecret.key}`];
        if (value !== undefined) env[entry.name] = value;
      } else if (fromConfigMap)
        env[entry.name] = String(configMaps.find((c) => c.metadata?.name === fromConfigMap.name)?.data?.[fromConfigMap.key]);
      else env[entry.name] = String(entry.value);
    }
    return env;
  }

  it('parses, and every document names its apiVersion, kind and name', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(parseErrors).toEqual([]);
    for (const o of objects) {
      expect({ file: o.file, apiVersion: typeof o.apiVersion, kind: typeof o.kind, name: typeof o.metadata?.name }).toEqual({
        file: o.file,
        apiVersion: 'string',
        kind: 'string',
        name: 'string',
      });
    }
  });

  it('lists only files that exist in the kustomization', () => {
    for (const kustomization of objects.filter((o) => o.kind === 'Kustomization')) {
      for (const resource of kustomization.resources ?? []) expect(files).toContain(resource);
    }
  });

  it('applies every Deployment, Service and ConfigMap through the kustomization', () => {
    const listed = objects.filter((o) => o.kind === 'Kustomization').flatMap((o) => o.resources ?? []);
    for (const o of objects.filter((o) => ['Deployment', 'Service', 'ConfigMap'].includes(o.kind ?? ''))) {
      expect({ kind: o.kind, name: o.metadata?.name, listed: listed.includes(o.file) }).toEqual({
        kind: o.kind,
        name: o.metadata?.name,
        listed: true,
      });
    }
  });

  it.each([...SUBGRAPH_NAMES])('deploys the %s subgraph behind the Service the supergraph routes to', (name) => {
    const url = new URL(SUBGRAPH_URLS[name]);
    const container = containerOf(url.hostname);
    const config = loadConfig(environmentOf(container));
    expect(config.serveSubgraph).toBe(name);
    expect(config.port).toBe(Number(url.port));
    expect(container.ports?.map((p) => p.containerPort)).toContain(config.port);
    expect(find('Service', url.hostname)?.spec?.ports?.map((p) => p.port)).toContain(config.port);
  });

  it('runs two gateway replicas over the supergraph subgraph URLs', () => {
    expect(find('Deployment', 'gateway')?.spec?.replicas).toBe(2);
    const config = loadConfig(environmentOf(containerOf('gateway')));
    // One URL per subgraph: a Service balances over a subgraph's replicas.
    expect(config.subgraphUrls).toEqual(SUBGRAPH_URL_LISTS);
    expect(find('Service', 'gateway')?.spec?.ports?.map((p) => p.port)).toContain(config.port);
  });

  it('gives every Deployment the server image, known settings, health probes and a matching Service', () => {
    const deployments = objects.filter((o) => o.kind === 'Deployment');
    expect(deployments.map((d) => d.metadata?.name).sort()).toEqual(['engagement', 'evaluation', 'gateway', 'geography']);
    for (const deployment of deployments) {
      const name = deployment.metadata?.name as string;
      const container = containerOf(name);
      expect({ name, image: container.image }).toEqual({ name, image: IMAGE });
      // Liveness touches nothing but the process; readiness checks the databases or subgraphs.
      expect({ name, readiness: container.readinessProbe?.httpGet?.path, liveness: container.livenessProbe?.httpGet?.path }).toEqual({
        name,
        readiness: '/ready',
        liveness: '/health',
      });
      // Kubernetes gives a probe 1 s unless told: /ready must have time to say which check timed out.
      const readyTimeoutMs = loadConfig(environmentOf(container)).readyTimeoutMs;
      expect({ name, probeOutlastsChecks: (container.readinessProbe?.timeoutSeconds ?? 1) * 1000 > readyTimeoutMs }).toEqual({
        name,
        probeOutlastsChecks: true,
      });
      for (const entry of container.env ?? [])
        expect({ name, variable: entry.name, known: KNOWN_ENV.has(entry.name) }).toEqual({ name, variable: entry.name, known: true });
      const labels = deployment.spec?.template?.metadata?.labels ?? {};
      const selector = (find('Service', name)?.spec?.selector ?? { none: 'none' }) as Record<string, string>;
      for (const [key, value] of Object.entries(selector)) expect({ name, key, value: labels[key] }).toEqual({ name, key, value });
    }
  });

  it('takes DATABASE_URL from a Secret and every ConfigMap key it reads from a ConfigMap here', () => {
    for (const o of objects) {
      for (const container of o.spec?.template?.spec?.containers ?? []) {
        for (const entry of container.env ?? []) {
          if (/DATABASE_URL$/.test(entry.name))
            expect({ file: o.file, secret: entry.valueFrom?.secretKeyRef !== undefined }).toEqual({ file: o.file, secret: true });
          const ref = entry.valueFrom?.configMapKeyRef;
          if (ref) expect(configMaps.find((c) => c.metadata?.name === ref.name)?.data?.[ref.key]).toBeDefined();
        }
      }
    }
    expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
  });

  it('writes no password or secret in the manifests: each comes from a Secret created apart', () => {
    for (const file of files)
      expect({ file, passwords: literalDatabasePasswords(readFileSync(path.join(K8S_DIR, file), 'utf8')) }).toEqual({
        file,
        passwords: [],
      });
    for (const { o, container } of containers) {
      for (const entry of container.env ?? []) {
        if (!SECRET_NAME.test(entry.name)) continue;
        const ref = entry.valueFrom?.secretKeyRef;
        expect({ file: o.file, variable: entry.name, fromSecret: ref ? `${ref.name}/${ref.key}` in SECRET_VALUES : false }).toEqual({
          file: o.file,
          variable: entry.name,
          fromSecret: true,
        });
      }
    }
  });

  it('gives the gateway, every subgraph and the seed Job the same JWT_SECRET from a Secret, in production', () => {
    const named = containers.map(({ o }) => o.metadata?.name).sort();
    expect(named).toEqual(['engagement', 'evaluation', 'gateway', 'geography', 'sira-seed']);
    for (const { o, container } of containers) {
      const ref = container.env?.find((entry) => entry.name === 'JWT_SECRET')?.valueFrom?.secretKeyRef;
      expect({ file: o.file, ref }).toEqual({ file: o.file, ref: { name: 'sira-jwt', key: 'secret' } });
      const config = loadConfig(environmentOf(container));
      expect({ file: o.file, production: config.production, secret: config.jwtSecret }).toEqual({
        file: o.file,
        production: true,
        secret: SECRET_VALUES['sira-jwt/secret'],
      });
    }
  });

  it('starts each container with its Secrets, and refuses to start one without JWT_SECRET', () => {
    const { 'sira-jwt/secret': _jwt, ...withoutJwt } = SECRET_VALUES;
    for (const { container } of containers) {
      expect(() => loadConfig(environmentOf(container))).not.toThrow();
      expect(() => loadConfig(environmentOf(container, withoutJwt))).toThrow(`NODE_ENV=production needs JWT_SECRET`);
      // Every process holds data (the gateway, the accounts) and needs DATABASE_URL in production: no embedded PostgreSQL.
      const { 'sira-database/url': _url, ...withoutDatabase } = SECRET_VALUES;
      expect(() => loadConfig(environmentOf(container, withoutDatabase))).toThrow('NODE_ENV=production needs DATABASE_URL');
    }
  });
});

describe('docker/prometheus/alerts.yml', () => {
  interface Rule {
    alert: string;
    expr: string;
    annotations: { summary?: string; description?: string };
  }
  const rules = (parse(read('docker/prometheus/alerts.yml')) as { groups: { rules: Rule[] }[] }).groups.flatMap((group) => group.rules);

  it('alerts on metrics the server exposes, by labels they have, and says what users meet and where to look', () => {
    collectProcessMetrics();
    expect(rules.length).toBeGreaterThan(5);
    for (const rule of rules) {
      expect(rule.alert).toMatch(/^Sira[A-Z]\w+$/);
      expect(rule.annotations.summary).toBeTruthy();
      expect(rule.annotations.description).toBeTruthy();
      for (const [, name, selector] of rule.expr.matchAll(/\b((?:sira|nodejs|process)_[a-z0-9_]+)(?:\{([^}]*)\})?/g)) {
        const histogram = /_(bucket|count|sum)$/.test(name as string);
        const metric = metricsRegistry.getSingleMetric((name as string).replace(/_(bucket|count|sum)$/, ''));
        expect({ rule: rule.alert, name, exposed: metric !== undefined }).toEqual({ rule: rule.alert, name, exposed: true });
        const labels = (metric as unknown as { labelNames: string[] }).labelNames;
        for (const [, label, value] of (selector ?? '').matchAll(/(\w+)\s*=~?\s*"([^"]*)"/g)) {
          expect([...labels, ...(histogram ? ['le'] : [])]).toContain(label);
          if (label === 'code') expect(isKnownErrorCode(value)).toBe(true);
        }
      }
    }
    // The ones an operator cannot do without.
    expect(rules.map((rule) => rule.alert)).toEqual(
      expect.arrayContaining(['SiraServerDown', 'SiraServerErrors', 'SiraPublicationBuildFailing', 'SiraDatabasePoolExhausted']),
    );
  });
});
