/**
 * One chosen file (or sheet/selection) before the import: the detected kind, encoding, delimiter and header row,
 * the column mapping with its confidence (dropdowns to change or confirm it) and the first rows, masked. Every
 * change asks core for a new preview (previewSource), so the first rows follow the choice.
 */
import {
  Badge,
  Button,
  Caption1,
  Card,
  Dropdown,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Subtitle2,
  Text,
  mergeClasses,
} from '@fluentui/react-components';
import { CheckmarkRegular, DeleteRegular, DocumentTableRegular } from '@fluentui/react-icons';
import { t } from '../../../core/strings';
import {
  columnOptions,
  formatLine,
  kindLabel,
  mappingRows,
  sizeLabel,
  usesRememberedMapping,
  type MappingRow,
  type SourcePreview,
} from '../../../core/import';
import { describeError } from '../../status/describeError';
import { useImportStyles } from './styles';

export interface ChosenSource {
  id: number;
  name: string;
  size?: number;
  /** The kind the user chose; undefined = detected. */
  kind?: string;
  /** The user's column choices: field → 0-based column. */
  choices: Record<string, number>;
  preview: SourcePreview | null;
  error: unknown;
  loading: boolean;
}

const FIRST_ROWS_SHOWN = 6;

const badgeColor = (r: MappingRow) =>
  r.state === 'certain' ? 'success'
  : r.state === 'user' || r.state === 'remembered' ? 'brand'
  : r.state === 'unmapped' ? 'informative'
  : r.state === 'missing' ? 'danger'
  : 'warning';

interface Props {
  chosen: ChosenSource;
  kinds: readonly string[];
  disabled: boolean;
  onChoose: (field: string, column: number) => void;
  onConfirm: () => void;
  onKind: (kind: string | undefined) => void;
  onRemove: () => void;
}

export function SourceCard({ chosen, kinds, disabled, onChoose, onConfirm, onKind, onRemove }: Props) {
  const styles = useImportStyles();
  const p = chosen.preview;
  const rows = p ? mappingRows(p) : [];
  const options = p ? columnOptions(p) : [];
  const userChose = Object.keys(chosen.choices).length > 0;
  // Optional fields without a column wait behind a disclosure: the card stays short in a narrow pane.
  const used = rows.filter((r) => r.state !== 'unmapped');
  const unused = rows.filter((r) => r.state === 'unmapped');
  const fieldOfColumn = new Map(rows.filter((r) => r.column >= 0).map((r) => [r.column, r.label]));
  const error = chosen.error ? describeError(chosen.error) : null;
  return (
    <Card className={styles.card} data-testid="import-source" data-file={chosen.name}>
      <div className={styles.spread}>
        <div className={styles.tightStack}>
          <Subtitle2 as="h4" className={mergeClasses(styles.heading, styles.fileName)}>
            <DocumentTableRegular aria-hidden /> {chosen.name}
          </Subtitle2>
          <Caption1 className={styles.muted} data-testid="import-source-format">
            {[chosen.size !== undefined ? sizeLabel(chosen.size) : null, p ? formatLine(p) : null].filter(Boolean).join(' · ')}
          </Caption1>
        </div>
        <Button
          appearance="subtle"
          icon={<DeleteRegular />}
          aria-label={t('import.pane.remove', { file: chosen.name })}
          onClick={onRemove}
          disabled={disabled}
          data-testid="import-source-remove"
        />
      </div>

      {chosen.loading && <Spinner size="tiny" label={t('import.pane.reading')} labelPosition="after" />}
      {error && (
        <MessageBar intent="error" layout="multiline" data-testid="import-source-error">
          <MessageBarBody className={styles.wrap}>
            <Text weight="semibold">{t('import.pane.readFailed')}: </Text>
            {error.message}
            {error.issues.length > 0 && (
              <ul className={styles.list}>
                {error.issues.map((i, n) => (
                  <li key={n}>{i.reason}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}

      {p && (
        <>
          <div className={styles.mapGrid}>
            <Caption1 className={styles.muted}>{t('import.pane.kind')}</Caption1>
            <Dropdown
              className={styles.dropdown}
              data-testid="import-source-kind"
              value={chosen.kind ? kindLabel(chosen.kind) : t('import.pane.kindDetected', { kind: kindLabel(p.kind) })}
              selectedOptions={[chosen.kind ?? '']}
              disabled={disabled}
              onOptionSelect={(_, d) => onKind(d.optionValue ? d.optionValue : undefined)}
            >
              <Option value="" text={t('import.pane.kindDetected', { kind: kindLabel(p.kind) })}>
                {t('import.pane.kindDetected', { kind: kindLabel(p.kind) })}
              </Option>
              {kinds.map((k) => (
                <Option key={k} value={k} text={kindLabel(k)}>
                  {kindLabel(k)}
                </Option>
              ))}
            </Dropdown>
          </div>

          <Subtitle2 as="h5" className={styles.heading}>{t('import.pane.mappingHeading')}</Subtitle2>
          {!p.certain && (
            <MessageBar intent="warning" layout="multiline" data-testid="import-source-uncertain">
              <MessageBarBody className={styles.wrap}>{t('import.pane.mappingUncertain')}</MessageBarBody>
            </MessageBar>
          )}
          {p.certain && usesRememberedMapping(p) && !userChose && (
            <Caption1 className={styles.wrap} data-testid="import-source-remembered">
              {t('import.pane.mappingRemembered')}
            </Caption1>
          )}
          {userChose && (
            <Caption1 className={styles.wrap} data-testid="import-source-will-remember">
              {t('import.pane.mappingWillRemember')}
            </Caption1>
          )}
          <div className={styles.mapGrid} role="group" aria-label={t('import.pane.mappingHeading')}>
            {used.map((r) => (
              <MappingLine key={r.field} row={r} options={options} disabled={disabled} onChoose={onChoose} />
            ))}
          </div>
          {unused.length > 0 && (
            <details className={styles.more} data-testid="import-source-more-fields">
              <summary className={styles.moreSummary}>
                <Caption1>{t('import.pane.moreFields', { count: unused.length })}</Caption1>
              </summary>
              <div className={styles.mapGrid} role="group" aria-label={t('import.pane.moreFieldsLabel')}>
                {unused.map((r) => (
                  <MappingLine key={r.field} row={r} options={options} disabled={disabled} onChoose={onChoose} />
                ))}
              </div>
            </details>
          )}
          {!p.certain && p.missing.length === 0 && (
            <div className={styles.row}>
              <Button icon={<CheckmarkRegular />} onClick={onConfirm} disabled={disabled} data-testid="import-source-confirm">
                {t('import.pane.confirmMapping')}
              </Button>
            </div>
          )}

          <Caption1 as="h5" className={mergeClasses(styles.heading, styles.muted)}>
            {t('import.pane.firstRows')}
          </Caption1>
          <div className={styles.scroll} tabIndex={0} role="region" aria-label={t('import.pane.firstRowsCaption', { count: FIRST_ROWS_SHOWN, file: chosen.name })}>
            <table className={styles.table} data-testid="import-source-rows">
              <thead>
                <tr>
                  {p.headers.map((h, c) => (
                    <th key={c} scope="col" title={h}>
                      {h || '\u00a0'}
                      {fieldOfColumn.has(c) && <span className={styles.fieldTag}>→ {fieldOfColumn.get(c)}</span>}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {p.firstRows.slice(0, FIRST_ROWS_SHOWN).map((row, i) => (
                  <tr key={i}>
                    {p.headers.map((_, c) => (
                      <td key={c} title={row[c] ?? ''}>
                        {row[c] ?? ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Card>
  );
}

function MappingLine({
  row,
  options,
  disabled,
  onChoose,
}: {
  row: MappingRow;
  options: { value: string; text: string }[];
  disabled: boolean;
  onChoose: (field: string, column: number) => void;
}) {
  const styles = useImportStyles();
  const none = t('import.pane.noColumn');
  return (
    <>
      <div className={styles.mapLabel}>
        <Text weight={row.required ? 'semibold' : 'regular'}>{row.label}</Text>
        <Badge
          size="small"
          appearance={row.attention ? 'filled' : 'tint'}
          color={badgeColor(row)}
          data-testid={`import-conf-${row.field}`}
          data-state={row.state}
        >
          {row.confidence}
        </Badge>
      </div>
      <div className={styles.mapControl}>
        <Dropdown
          className={styles.dropdown}
          data-testid={`import-map-${row.field}`}
          aria-label={t('import.pane.columnFor', { field: row.label })}
          value={row.column >= 0 ? row.columnText : none}
          selectedOptions={[String(row.column)]}
          disabled={disabled}
          placeholder={none}
          onOptionSelect={(_, d) => {
            if (d.optionValue !== undefined) onChoose(row.field, Number(d.optionValue));
          }}
        >
          {row.column < 0 && (
            <Option value="-1" text={none}>
              {none}
            </Option>
          )}
          {options.map((o) => (
            <Option key={o.value} value={o.value} text={o.text}>
              {o.text}
            </Option>
          ))}
        </Dropdown>
      </div>
    </>
  );
}
