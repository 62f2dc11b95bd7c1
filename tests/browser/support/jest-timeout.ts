// Jest reads testTimeout from the root configuration only; a browser test starts a server
// and Chromium, which can take longer than the other projects' limit on a busy machine.
jest.setTimeout(120_000);
