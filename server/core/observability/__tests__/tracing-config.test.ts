import { ConfigError, loadConfig } from '../../config';

// OpenTelemetry's own variables, validated at boot like every other setting.
describe('tracing settings', () => {
  it('are off unless an OTLP endpoint or exporter is set', () => {
    expect(loadConfig({}).tracing).toBeUndefined();
    expect(loadConfig({ OTEL_SERVICE_NAME: 'sira', OTEL_TRACES_SAMPLER: 'always_on' }).tracing).toBeUndefined();
  });

  it('send to the endpoint given, at its traces path, as sira-gateway or the subgraph served alone', () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toEqual({
      exporter: { kind: 'otlp', url: 'http://collector:4318/v1/traces' },
      serviceName: 'sira-gateway',
      sampler: 'parentbased_always_on',
      samplerRatio: 1,
    });
    const subgraph = loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://tempo.example/otlp/traces', SERVE_SUBGRAPH: 'engagement' });
    expect(subgraph.tracing).toMatchObject({
      exporter: { kind: 'otlp', url: 'https://tempo.example/otlp/traces' },
      serviceName: 'sira-engagement',
    });
    expect(loadConfig({ OTEL_TRACES_EXPORTER: 'otlp' }).tracing?.exporter).toEqual({
      kind: 'otlp',
      url: 'http://localhost:4318/v1/traces',
    });
    expect(loadConfig({ OTEL_TRACES_EXPORTER: 'console', OTEL_SERVICE_NAME: 'sira-eu-1' }).tracing).toMatchObject({
      exporter: { kind: 'console' },
      serviceName: 'sira-eu-1',
    });
  });

  it('are turned off by OTEL_TRACES_EXPORTER=none or OTEL_SDK_DISABLED=true, whatever the endpoint', () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_EXPORTER: 'none' }).tracing).toBeUndefined();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }).tracing).toBeUndefined();
  });

  it('keep a share of traces with a ratio sampler', () => {
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_SAMPLER: 'parentbased_traceidratio' };
    expect(loadConfig({ ...env, OTEL_TRACES_SAMPLER_ARG: '0.1' }).tracing).toMatchObject({
      sampler: 'parentbased_traceidratio',
      samplerRatio: 0.1,
    });
  });

  it('refuse what is not a setting', () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(ConfigError);
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318,http://b:4318' })).toThrow(
      'OTEL_EXPORTER_OTLP_ENDPOINT must be one URL, e.g. http://127.0.0.1:4318; got "http://a:4318,http://b:4318".',
    );
    expect(() => loadConfig({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(
      'OTEL_TRACES_EXPORTER must be one of otlp, console, none; got "zipkin".',
    );
    expect(() => loadConfig({ ...endpoint, OTEL_TRACES_SAMPLER: 'sometimes' })).toThrow(/^OTEL_TRACES_SAMPLER must be one of/);
    expect(() => loadConfig({ ...endpoint, OTEL_TRACES_SAMPLER_ARG: '2' })).toThrow(
      'OTEL_TRACES_SAMPLER_ARG must be a number from 0 to 1, e.g. 1; got "2".',
    );
  });
});
