/**
 * Style slots the views of the pane share (a 350–450 px pane: one column, nothing wider than the pane). A view
 * spreads them first into its own makeStyles and adds or overrides slots after them.
 */
import { tokens, type GriffelStyle } from '@fluentui/react-components';

export const VIEW_STYLES = {
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  title: { margin: 0 },
  card: { minWidth: 0 },
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  control: { minWidth: 0, width: '100%' },
  wrap: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  strong: { fontWeight: tokens.fontWeightSemibold },
  amount: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  // A list of figures (<dl>): the label, the amount.
  dt: { margin: 0, color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  // A variance's tone (varianceTone in core): under budget, over budget, on budget.
  surplus: { color: tokens.colorPaletteGreenForeground1 },
  deficit: { color: tokens.colorPaletteRedForeground1 },
  even: { color: tokens.colorNeutralForeground2 },
} satisfies Record<string, GriffelStyle>;
