import { loadOnce, retryFailedLoads, settledValue } from '../i18n/loaded';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('loadOnce', () => {
  it('loads once, whoever asks and however often', async () => {
    const load = jest.fn(async () => 'texts');
    const texts = loadOnce(load);
    expect(texts()).toBe(texts());
    await expect(texts()).resolves.toBe('texts');
    expect(settledValue(texts())).toBe('texts');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps a failure until asked to try again, so that it can be shown rather than retried without end', async () => {
    let line = 'down';
    const load = jest.fn(async () => {
      if (line === 'down') throw new Error('Failed to fetch dynamically imported module');
      return 'page';
    });
    const page = loadOnce(load);
    await expect(page()).rejects.toThrow('Failed to fetch');
    await settle();
    // Drawn again after the failure: the same failure, not a new fetch.
    await expect(page()).rejects.toThrow('Failed to fetch');
    expect(settledValue(page())).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(1);

    line = 'up';
    retryFailedLoads();
    await expect(page()).resolves.toBe('page');
    expect(load).toHaveBeenCalledTimes(2);
    // A load that succeeded is not loaded again by a later "try again".
    retryFailedLoads();
    await expect(page()).resolves.toBe('page');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
