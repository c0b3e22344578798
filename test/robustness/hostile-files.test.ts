import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { FileNotRead, MAX_FILE_BYTES, readPolicyFile } from '../../server/files/readPolicyFile';

const POSIX = process.platform !== 'win32';
const POLICY = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';
const outside = mkdtempSync(join(tmpdir(), 'connect-iam-outside-'));
const root = mkdtempSync(join(tmpdir(), 'connect-iam-workspace-'));
mkdirSync(join(root, 'policies'));
writeFileSync(join(root, 'policies', 'chat.json'), POLICY);
writeFileSync(join(outside, 'secret.json'), POLICY);
after(() => [root, outside].forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Reads within a time bound: a device or FIFO must be refused, not read or waited on. */
function refusal(path: string, options: Parameters<typeof readPolicyFile>[1] = {}): string {
  const started = performance.now();
  try {
    readPolicyFile(path, options);
  } catch (error) {
    assert.ok(error instanceof FileNotRead, `expected a FileNotRead, got ${String(error)}`);
    assert.ok(performance.now() - started < 1000, `refusing ${path} took ${(performance.now() - started).toFixed(0)} ms`);
    return error.message;
  }
  assert.fail(`${path} was read`);
}

void describe('reading policy files named by tests files or on the command line', () => {
  void it('reads a regular file inside the workspace folder, also by a relative path through a link that stays inside', () => {
    assert.equal(readPolicyFile(join(root, 'policies', 'chat.json'), { root }), POLICY);
    if (POSIX) {
      symlinkSync(join(root, 'policies'), join(root, 'linked'));
      assert.equal(readPolicyFile(join(root, 'linked', 'chat.json'), { root }), POLICY);
    }
  });

  void it('refuses devices without reading them', { skip: !POSIX }, () => {
    assert.match(refusal('/dev/zero'), /a device, not a regular file/);
    assert.match(refusal('/dev/zero', { root }), /outside the workspace folder/);
  });

  void it('refuses a FIFO without waiting for a writer', { skip: !POSIX }, () => {
    const fifo = join(root, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    assert.match(refusal(fifo), /a FIFO, not a regular file/);
    assert.match(refusal(fifo, { root }), /a FIFO, not a regular file/);
  });

  void it('refuses a *.json link to a device, followed or not', { skip: !POSIX }, () => {
    symlinkSync('/dev/zero', join(root, 'zero.json'));
    assert.match(refusal(join(root, 'zero.json')), /a device, not a regular file/);
    assert.match(refusal(join(root, 'zero.json'), { root }), /a symbolic link leads it outside the workspace folder/);
  });

  void it('refuses paths outside the workspace folder: by "..", absolute, or through a link', () => {
    assert.match(refusal(join(root, '..', 'elsewhere', 'p.json'), { root }), /outside the workspace folder/);
    assert.match(refusal(join(outside, 'secret.json'), { root }), /outside the workspace folder/);
    if (POSIX) {
      symlinkSync(outside, join(root, 'escape'));
      assert.match(refusal(join(root, 'escape', 'secret.json'), { root }), /a symbolic link leads it outside/);
    }
  });

  void it('refuses UNC and device-namespace paths before touching them', () => {
    for (const path of ['\\\\attacker.example\\share\\p.json', '//attacker.example/share/p.json', '\\\\?\\C:\\p.json', '\\\\.\\pipe\\p']) {
      assert.match(refusal(path), /network or device path/);
    }
  });

  void it('refuses a file above the size cap without reading it', () => {
    const big = join(root, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, MAX_FILE_BYTES + 1);
    assert.match(refusal(big, { root }), /larger than the 5\.0 MB Connect IAM reads/);
  });

  void it('decodes UTF-16 with a byte-order mark (Windows PowerShell 5.1) and UTF-8 with one; refuses binary files', () => {
    const utf16 = join(root, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(POLICY, 'utf16le')]));
    assert.equal(readPolicyFile(utf16, { root }), POLICY);
    const utf16be = join(root, 'utf16be.json');
    writeFileSync(utf16be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(POLICY, 'utf16le').swap16()]));
    assert.equal(readPolicyFile(utf16be, { root }), POLICY);
    const utf8Bom = join(root, 'bom.json');
    writeFileSync(utf8Bom, `\uFEFF${POLICY}`);
    assert.equal(readPolicyFile(utf8Bom, { root }), POLICY);
    const noBom = join(root, 'utf16-no-bom.json');
    writeFileSync(noBom, Buffer.from(POLICY, 'utf16le'));
    assert.match(refusal(noBom, { root }), /UTF-16 without a byte-order mark/);
    const binary = join(root, 'image.json');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    assert.match(refusal(binary, { root }), /NUL bytes/);
    const latin1 = join(root, 'latin1.json');
    writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    assert.match(refusal(latin1, { root }), /not valid UTF-8/);
  });
});
