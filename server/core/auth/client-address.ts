import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** An address or a range of them, as TRUSTED_PROXIES lists them: `10.0.0.5`, `10.0.0.0/8`, `fd00::/8`. */
export interface AddressRange {
  address: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

/** `entry` as an address range, or undefined when it is not an IP address or CIDR range. */
export function parseAddressRange(entry: string): AddressRange | undefined {
  const [rawAddress = '', prefixText, ...rest] = entry.trim().split('/');
  if (isIP(rawAddress) === 0 || rest.length > 0) return undefined;
  const address = normalizeAddress(rawAddress) as string;
  const family = isIP(address) === 4 ? 'ipv4' : 'ipv6';
  const bits = family === 'ipv4' ? 32 : 128;
  if (prefixText === undefined) return { address, prefix: bits, family };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) return undefined;
  return { address, prefix: Number(prefixText), family };
}

/**
 * An address as the socket or a proxy wrote it, in one form per address: IPv4-mapped IPv6
 * (`::ffff:10.0.0.1`, what a dual-stack socket reports) becomes IPv4, a port or brackets
 * some proxies add are dropped. Undefined when it is not an IP address.
 */
export function normalizeAddress(text: string | undefined): string | undefined {
  let address = (text ?? '').trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1] as string;
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  if (withPort) address = withPort[1] as string;
  address = address.replace(/%.*$/, '');
  const family = isIP(address);
  if (family === 4) return address;
  if (family !== 6) return undefined;
  const groups = ipv6Groups(address);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    const [high = 0, low = 0] = groups.slice(6);
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
  }
  return groups.map((group) => group.toString(16)).join(':');
}

/** The eight 16-bit groups of a valid IPv6 address. */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const before = head ? head.split(':') : [];
  const after = tail ? tail.split(':') : [];
  const groups = tail === undefined ? before : [...before, ...Array<string>(8 - before.length - after.length).fill('0'), ...after];
  return groups.map((group) => Number.parseInt(group, 16));
}

/**
 * What sign-in attempts from one client are counted under: its IPv4 address, or the /64 of
 * its IPv6 address, since one home or server is routinely given a whole /64 and could
 * otherwise take a fresh address for every guess.
 */
export function throttleKeyOf(address: string): string {
  if (isIP(address) !== 6) return address;
  return `${ipv6Groups(address)
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/**
 * Finds who is asking: the socket's peer, unless that peer is one of the trusted proxies,
 * in which case `X-Forwarded-For` is read from the right, past every trusted proxy, to the
 * first address none of them is. Entries left of that one were written by the client
 * itself and prove nothing, so a client cannot pick the address it is counted under.
 */
export class ClientAddresses {
  private readonly trusted = new BlockList();
  private readonly trustsAny: boolean;

  constructor(trustedProxies: readonly string[] = []) {
    for (const entry of trustedProxies) {
      const range = parseAddressRange(entry);
      if (!range) throw new Error(`"${entry}" is not an IP address or CIDR range.`);
      this.trusted.addSubnet(range.address, range.prefix, range.family);
    }
    this.trustsAny = trustedProxies.length > 0;
  }

  of(req: IncomingMessage): string {
    const peer = normalizeAddress(req.socket.remoteAddress);
    if (!peer) return 'unknown';
    if (!this.trusts(peer)) return peer;
    const header = req.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
    let client = peer;
    for (let index = hops.length - 1; index >= 0; index -= 1) {
      const hop = normalizeAddress(hops[index]);
      // Not an address (or an empty header): the last proxy that could be relied on is the client.
      if (!hop) break;
      client = hop;
      if (!this.trusts(hop)) break;
    }
    return client;
  }

  /** Whether the request came straight from one of the trusted proxies, whose X-Forwarded-* headers may be believed. */
  fromTrustedProxy(req: IncomingMessage): boolean {
    const peer = normalizeAddress(req.socket.remoteAddress);
    return peer !== undefined && this.trusts(peer);
  }

  private trusts(address: string): boolean {
    return this.trustsAny && this.trusted.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
  }
}
