import type { IncomingMessage } from 'node:http';
import { ClientAddresses, normalizeAddress, parseAddressRange, throttleKeyOf } from '../client-address';

const request = (peer: string | undefined, forwardedFor?: string) =>
  ({ socket: { remoteAddress: peer }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as IncomingMessage;

describe('client addresses', () => {
  it('writes each address one way: IPv4-mapped IPv6 as IPv4, without port or brackets', () => {
    expect(normalizeAddress('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(normalizeAddress('::ffff:c000:207')).toBe('192.0.2.7');
    expect(normalizeAddress('192.0.2.7:51234')).toBe('192.0.2.7');
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8:0:0:0:0:0:1');
    expect(normalizeAddress('2001:db8:0:0:0:0:0:1')).toBe(normalizeAddress('2001:db8::1'));
    expect(normalizeAddress('unknown')).toBeUndefined();
    expect(normalizeAddress('192.0.2')).toBeUndefined();
  });

  it('counts an IPv6 client by its /64, which one machine may hold whole', () => {
    expect(throttleKeyOf('192.0.2.7')).toBe('192.0.2.7');
    expect(throttleKeyOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(throttleKeyOf('2001:db8:1:2:bbbb::9')).toBe(throttleKeyOf('2001:db8:1:2:aaaa::1'));
    expect(throttleKeyOf('2001:db8:1:3::1')).not.toBe(throttleKeyOf('2001:db8:1:2::1'));
  });

  it('reads addresses and CIDR ranges, and nothing else', () => {
    expect(parseAddressRange('10.0.0.0/8')).toEqual({ address: '10.0.0.0', prefix: 8, family: 'ipv4' });
    expect(parseAddressRange('192.168.1.10')).toEqual({ address: '192.168.1.10', prefix: 32, family: 'ipv4' });
    expect(parseAddressRange('fd00::/8')).toMatchObject({ prefix: 8, family: 'ipv6' });
    for (const wrong of ['10.0.0.0/33', 'fd00::/129', '10.0.0.0/8/1', 'proxy.internal', '10.0.0.1:80', '10.0.0.0/x', '']) {
      expect(parseAddressRange(wrong)).toBeUndefined();
    }
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(new ClientAddresses().of(request('192.0.2.7', '198.51.100.1'))).toBe('192.0.2.7');
    expect(new ClientAddresses(['10.0.0.0/8']).of(request('::ffff:192.0.2.7', '198.51.100.1'))).toBe('192.0.2.7');
    expect(new ClientAddresses().of(request(undefined))).toBe('unknown');
  });

  it('takes the client from X-Forwarded-For past every trusted proxy, never an address the client wrote itself', () => {
    const clients = new ClientAddresses(['10.0.0.0/8', '192.168.1.10']);
    expect(clients.of(request('10.1.2.3', '198.51.100.1'))).toBe('198.51.100.1');
    // The client wrote the first entry; the proxy appended the address it saw.
    expect(clients.of(request('10.1.2.3', '203.0.113.66, 198.51.100.1'))).toBe('198.51.100.1');
    // Two proxies: the load balancer in 10/8 and an ingress at 192.168.1.10.
    expect(clients.of(request('192.168.1.10', '203.0.113.66, 198.51.100.1, 10.9.9.9'))).toBe('198.51.100.1');
    expect(clients.of(request('::ffff:10.1.2.3', '[2001:db8::5]:4431'))).toBe('2001:db8:0:0:0:0:0:5');
    // Nothing usable: the trusted proxy nearest the client is what is known.
    expect(clients.of(request('10.1.2.3'))).toBe('10.1.2.3');
    expect(clients.of(request('10.1.2.3', 'somewhere, 10.9.9.9'))).toBe('10.9.9.9');
  });
});
