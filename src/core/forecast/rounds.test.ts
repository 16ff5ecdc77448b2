import { editRefusal, nextStatus, parseRound, previousRound, roundLabel } from './rounds';
import { UserError } from '../errors';

describe('rounds', () => {
  it('parses round keys and names them in Swedish', () => {
    expect(parseRound('2025-03')).toEqual({ key: '2025-03', year: 2025, elapsed: 3 });
    expect(roundLabel('2025-03')).toBe('Prognos mars 2025');
    expect(roundLabel('2025-12')).toBe('Prognos december 2025');
    for (const bad of ['2025-13', '2025-3', 'mars', '202503', '']) {
      expect(() => parseRound(bad)).toThrow(expect.objectContaining({ key: 'forecast.error.badRound' }));
    }
  });

  it('starts a round from the latest earlier round of the same year', () => {
    const rounds = ['2024-11', '2025-02', '2025-03', '2025-05', 'x'];
    expect(previousRound(rounds, '2025-04')).toBe('2025-03');
    expect(previousRound(rounds, '2025-03')).toBe('2025-02');
    expect(previousRound(rounds, '2025-02')).toBeNull(); // last year's rounds do not carry over
    expect(previousRound([], '2025-02')).toBeNull();
  });
});

describe('workflow', () => {
  it('goes utkast → inlämnad → godkänd and back with reopen', () => {
    expect(nextStatus('draft', 'submit')).toBe('submitted');
    expect(nextStatus('submitted', 'approve')).toBe('approved');
    expect(nextStatus('approved', 'reopen')).toBe('draft');
    expect(nextStatus('submitted', 'reopen')).toBe('draft');
  });

  it('refuses the other transitions with a reason', () => {
    const key = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof UserError ? e.key : 'other';
      }
      return 'none';
    };
    expect(key(() => nextStatus('draft', 'approve'))).toBe('forecast.workflow.notSubmitted');
    expect(key(() => nextStatus('approved', 'submit'))).toBe('forecast.workflow.locked');
    expect(key(() => nextStatus('submitted', 'submit'))).toBe('forecast.workflow.alreadySubmitted');
    expect(key(() => nextStatus('approved', 'approve'))).toBe('forecast.workflow.alreadyApproved');
    expect(key(() => nextStatus('draft', 'reopen'))).toBe('forecast.workflow.notSubmitted');
  });

  it('allows edits in drafts only', () => {
    expect(editRefusal('draft')).toBeNull();
    expect(editRefusal('submitted')).toBe('forecast.workflow.submittedLocked');
    expect(editRefusal('approved')).toBe('forecast.workflow.locked');
  });
});
