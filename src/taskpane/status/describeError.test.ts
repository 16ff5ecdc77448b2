// eslint-disable-next-line no-restricted-imports -- a jest (Node) test: a vm context stands in for the preview's other realm
import vm from 'node:vm';
import { CancelledError, UserError, issue } from '../../core/errors';
import { describeError, issueLocation } from './describeError';

describe('describeError', () => {
  it('lists a UserError’s issues with file, row, column and value, and the reason without the location', () => {
    const issues = [
      issue({ file: 'huvudbok.csv', row: 12, column: 'Belopp', value: '12,3,4' }, 'common.cancelled'),
      issue({ file: 'huvudbok.csv', sheet: 'Blad1', row: 3 }, 'common.cancelled'),
    ];
    const n = describeError(new UserError('common.cancelled', undefined, issues));
    expect(n.intent).toBe('error');
    expect(n.title).toBe('Indata togs inte emot');
    expect(n.issues).toHaveLength(2);
    expect(n.issues[0]).toEqual({
      file: 'huvudbok.csv',
      sheet: undefined,
      row: 12,
      column: 'Belopp',
      value: '12,3,4',
      reason: 'Avbrutet av användaren.',
    });
    expect(issueLocation(n.issues[0])).toBe('fil huvudbok.csv · rad 12 · kolumn Belopp');
    expect(issueLocation(n.issues[1])).toBe('fil huvudbok.csv · blad Blad1 · rad 3');
  });

  it('handles a UserError from another realm (the preview iframe) by its shape', () => {
    const foreign = vm.runInNewContext(
      `(() => { const e = new Error('Filen är tom.'); e.name = 'UserError'; e.key = 'x.unknown';
        e.issues = [{ file: 'a.csv', row: 2, reason: 'x.unknownReason', message: 'fil a.csv, rad 2: Tom rad.' }]; return e; })()`,
    );
    expect(foreign instanceof Error).toBe(false);
    const n = describeError(foreign);
    expect(n.message).toBe('Filen är tom.');
    // An unknown reason key falls back to the issue's own formatted message.
    expect(n.issues[0]).toMatchObject({ file: 'a.csv', row: 2, reason: 'fil a.csv, rad 2: Tom rad.' });
  });

  it('shows a cancellation as information and anything else as an internal error', () => {
    expect(describeError(new CancelledError())).toMatchObject({ intent: 'info', title: 'Avbrutet', issues: [] });
    expect(describeError(new TypeError('x is undefined'))).toMatchObject({
      intent: 'error',
      message: 'Ett internt fel uppstod: x is undefined',
    });
    expect(describeError('plain').message).toBe('Ett internt fel uppstod: plain');
  });
});
