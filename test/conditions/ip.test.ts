import assert from 'node:assert/strict';
import { BlockList, isIPv4, isIPv6 } from 'node:net';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { blockContains, formatAddress, hasHostBits, networkBlock, nonPublicRange, parseAddress, parseIpBlock } from '../../server/service/conditions/ip';

const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((b) => b.join('.'));
const ipv6 = fc.ipV6();

void describe('ip parser against node:net', () => {
  void it('accepts exactly the IPv4 addresses node accepts', () => {
    fc.assert(fc.property(fc.oneof(ipv4, fc.ipV4Extended(), fc.string({ maxLength: 16 })), (s) => {
      assert.equal(parseAddress(s)?.version === 4, isIPv4(s), s);
    }), { numRuns: 2000 });
  });

  void it('accepts exactly the IPv6 addresses node accepts (zone IDs aside: IAM has none)', () => {
    const mangled = ipv6.chain((s) => fc.nat(s.length).map((i) => s.slice(0, i) + s.slice(i + 1)));
    fc.assert(fc.property(fc.oneof(ipv6, mangled, fc.string({ maxLength: 40, unit: fc.constantFrom(...'0123456789abcdefABCDEF:.g') })), (s) => {
      assert.equal(parseAddress(s)?.version === 6, isIPv6(s) && !s.includes('%'), s);
    }), { numRuns: 3000 });
  });

  void it('formats IPv6 so that node reads back the same address', () => {
    fc.assert(fc.property(ipv6, (s) => {
      const parsed = parseAddress(s);
      assert.ok(parsed);
      const formatted = formatAddress(6, parsed.bytes);
      assert.ok(isIPv6(formatted), formatted);
      assert.deepEqual(parseAddress(formatted)?.bytes, parsed.bytes);
    }));
  });

  void it('tests containment as net.BlockList does', () => {
    fc.assert(fc.property(fc.oneof(ipv4.map((a) => [a, 4] as const), ipv6.map((a) => [a, 6] as const)), fc.nat(128), fc.oneof(ipv4, ipv6), ([net, v], p, probe) => {
      const prefix = v === 4 ? p % 33 : p;
      const parsed = parseIpBlock(`${net}/${prefix}`);
      assert.ok(parsed.ok);
      const list = new BlockList();
      list.addSubnet(net, prefix, v === 4 ? 'ipv4' : 'ipv6');
      const address = parseAddress(probe);
      assert.ok(address);
      const nodeSays = address.version === v && list.check(probe, v === 4 ? 'ipv4' : 'ipv6');
      assert.equal(blockContains(parsed.block, address), nodeSays, `${net}/${prefix} ∋ ${probe}`);
    }), { numRuns: 2000 });
  });

  void it('the network address of a block holds the block and has no host bits', () => {
    fc.assert(fc.property(fc.oneof(ipv4, ipv6), fc.nat(128), (a, p) => {
      const width = a.includes(':') ? 128 : 32;
      const parsed = parseIpBlock(`${a}/${p % (width + 1)}`);
      assert.ok(parsed.ok);
      const network = parseIpBlock(networkBlock(parsed.block));
      assert.ok(network.ok);
      assert.equal(hasHostBits(network.block), false);
      assert.ok(blockContains(network.block, parsed.block));
    }));
  });
});

void describe('ip parser vectors', () => {
  const cases: [string, string | undefined][] = [
    ['10.0.0.5/8', '10.0.0.0/8'],
    ['192.168.1.77/24', '192.168.1.0/24'],
    ['203.0.113.0/24', undefined],
    ['0.0.0.0/0', undefined],
    ['1.2.3.4/32', undefined],
    ['2001:db8::1/32', '2001:db8::/32'],
    ['2001:db8:0:0:1::/64', '2001:db8::/64'],
    ['::ffff:10.1.2.3/104', '::ffff:a00:0/104'],
  ];
  for (const [text, network] of cases) {
    void it(`${text} -> ${network ?? 'no host bits'}`, () => {
      const parsed = parseIpBlock(text);
      assert.ok(parsed.ok);
      assert.equal(hasHostBits(parsed.block), network !== undefined);
      if (network) assert.equal(networkBlock(parsed.block), network);
    });
  }

  void it('rejects bad prefixes and addresses with the reason', () => {
    assert.deepEqual(['1.2.3.4/33', '1.2.3.4/', '1.2.3.4/08', '::/129', '1.2.3.4/-1'].map((t) => {
      const r = parseIpBlock(t);
      return r.ok ? 'ok' : r.error;
    }), ['prefix', 'prefix', 'prefix', 'prefix', 'prefix']);
    assert.deepEqual(['1.2.3', '256.1.1.1', '01.2.3.4', '1::2::3', 'fe80::1%eth0', ''].map((t) => {
      const r = parseIpBlock(t);
      return r.ok ? 'ok' : r.error;
    }), ['address', 'address', 'address', 'address', 'address', 'address']);
  });

  void it('classifies private and reserved blocks, and not public ones', () => {
    const name = (t: string) => {
      const r = parseIpBlock(t);
      assert.ok(r.ok);
      return nonPublicRange(r.block)?.name;
    };
    assert.match(name('10.1.2.3') ?? '', /private/);
    assert.match(name('172.31.0.0/16') ?? '', /private/);
    assert.match(name('192.168.0.0/16') ?? '', /private/);
    assert.match(name('127.0.0.1') ?? '', /loopback/);
    assert.match(name('fd00::/8') ?? '', /unique local/);
    assert.equal(name('172.32.0.1'), undefined);
    assert.equal(name('0.0.0.0/0'), undefined);
    assert.equal(name('10.0.0.0/7'), undefined);
    assert.equal(name('8.8.8.8'), undefined);
    assert.equal(name('2600:1f18::/32'), undefined);
  });
});
