import { analyseImport, bytesSource } from '../../../core/import';
import { MemoryPort } from '../../../core/import/testing/memoryPort.test-util';
import { SLICE_BYTES, fileSource, sha256Hex, textFileSource } from './fileSources';

const NOW = '2026-04-02T10:00:00+02:00';

function ledgerText(rows: number): string {
  const lines = ['Period;Ansvar;Konto;Text;Belopp'];
  for (let i = 0; i < rows; i++) lines.push(`2026${String((i % 3) + 1).padStart(2, '0')};52110;46311;Placering nr ${i} – vecka;${(i % 97) + 1},25`);
  return lines.join('\r\n') + '\r\n';
}

describe('browser file sources', () => {
  it('reads a text file in slices and hashes it with Web Crypto (SHA-256)', async () => {
    const bytes = new TextEncoder().encode(ledgerText(20_000));
    expect(bytes.length).toBeGreaterThan(2 * SLICE_BYTES);
    const file = new File([bytes], 'huvudbok.csv');
    const src = textFileSource(file);
    const sizes: number[] = [];
    for await (const c of src.chunks()) sizes.push(c.length);
    expect(sizes.slice(0, -1).every((n) => n === SLICE_BYTES)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(bytes.length);
    // The FIPS 180-2 test vector, then the file's hash against the same function.
    expect(await sha256Hex(new TextEncoder().encode('abc').buffer as ArrayBuffer)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const expected = await sha256Hex(bytes.buffer as ArrayBuffer);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
    expect(await (src.hash as () => Promise<string>)()).toBe(expected);
  });

  it('gives the same reconciliation as the bytes in memory, with progress by bytes', async () => {
    const bytes = new TextEncoder().encode(ledgerText(12_000));
    const progress: number[] = [];
    const a = await analyseImport(new MemoryPort(), [fileSource(new File([bytes], 'a.csv'))], {
      now: NOW,
      onProgress: (p) => progress.push(p.bytesRead ?? -1),
    });
    const b = await analyseImport(new MemoryPort(), [bytesSource('a.csv', bytes, 1 << 20, 'x')], { now: NOW });
    expect(a.reconciliation.files[0].totalOre).toBe(b.reconciliation.files[0].totalOre);
    expect(a.reconciliation.files[0].rowsImported).toBe(12_000);
    expect(a.reconciliation.files[0].hash).toBe(await sha256Hex(bytes.buffer as ArrayBuffer));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[progress.length - 1]).toBe(bytes.length);
  });

  it('stops between slices when cancelled', async () => {
    const bytes = new TextEncoder().encode(ledgerText(20_000));
    const signal = { aborted: false };
    const run = analyseImport(new MemoryPort(), [fileSource(new File([bytes], 'a.csv'))], {
      now: NOW,
      signal,
      onProgress: () => {
        signal.aborted = true;
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'CancelledError' });
  });
});
