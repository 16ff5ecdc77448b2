/**
 * The "Import" section of the task pane: import (issue 3: general-ledger and Stratsys-style extracts, reconciled to the öre).
 * Until that issue is built it only states what the section will do. This file belongs to that issue; the view
 * gets the workbook with usePort(), runs long work with useLongOperation() and shows errors with useNotices().
 */
import { PlannedSection } from './PlannedSection';

export default function ImportView() {
  return (
    <PlannedSection
      testId="view-import"
      title="pane.import.title"
      lead="pane.import.lead"
      points={['pane.import.point1', 'pane.import.point2', 'pane.import.point3', 'pane.import.point4']}
    />
  );
}
