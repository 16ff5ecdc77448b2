/**
 * Controls the forecast views share: the phasing profile dropdown (a line's and "accept all"'s), the
 * show/hide toggle of a list or a section, and the change of a set of chosen keys (units, open lines).
 */
import type { ReactNode } from 'react';
import { Button, Dropdown, Field, Option } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { t } from '../../../core/strings';
import type { PhasingProfile } from '../../../core/forecast';

export const PROFILES: readonly PhasingProfile[] = ['budget', 'even', 'lastYear'];

/**
 * The phasing profile of a forecast (how a full-year figure is spread over the remaining months). The value may
 * be 'monthly' (a forecast typed month by month): it is shown as such with no option chosen.
 */
export function PhasingDropdown(props: { value: PhasingProfile | 'monthly'; onSelect: (p: PhasingProfile) => void; className?: string; disabled?: boolean; testId: string }) {
  const { value, onSelect, className, disabled, testId } = props;
  return (
    <Field label={t('forecast.pane.phasing.label')}>
      <Dropdown
        className={className}
        disabled={disabled}
        value={t(`forecast.phasing.${value}`)}
        selectedOptions={[value]}
        onOptionSelect={(_, d) => onSelect(d.optionValue as PhasingProfile)}
        data-testid={testId}
      >
        {PROFILES.map((p) => (
          <Option key={p} value={p}>
            {t(`forecast.phasing.${p}`)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** A text button with a chevron that shows or hides what follows it. */
export function DisclosureButton(props: { open: boolean; onToggle: () => void; testId: string; children: ReactNode }) {
  const { open, onToggle, testId, children } = props;
  return (
    <Button
      appearance="transparent"
      icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
      onClick={onToggle}
      aria-expanded={open}
      style={{ justifyContent: 'flex-start', paddingLeft: 0 }}
      data-testid={testId}
    >
      {children}
    </Button>
  );
}

/** A copy of `set` with `key` in it (member) or not. */
export function withMember<T>(set: ReadonlySet<T>, key: T, member: boolean): Set<T> {
  const n = new Set(set);
  if (member) n.add(key);
  else n.delete(key);
  return n;
}
