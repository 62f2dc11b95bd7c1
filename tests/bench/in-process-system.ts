// The system as the bench scripts that time it from inside start it: in this process, over a
// bench database, its answers not cached (serverEnv), as in production, on a free port.
import { loadConfig } from '../../server/core/config';
import { startSystem } from '../../server/system';
import { serverEnv } from './processes';

export function startInProcessSystem(databaseUrl: string, extra: Record<string, string> = {}) {
  const env = serverEnv(databaseUrl, { PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', ...extra });
  return startSystem(loadConfig({ ...process.env, ...env }), () => {});
}
