/**
 * The "Rapporter" section of the task pane: reports (issue 5: variance sheets, consolidation, forecast accuracy).
 * Until that issue is built it only states what the section will do. This file belongs to that issue; the view
 * gets the workbook with usePort(), runs long work with useLongOperation() and shows errors with useNotices().
 */
import { PlannedSection } from './PlannedSection';

export default function ReportsView() {
  return (
    <PlannedSection
      testId="view-reports"
      title="pane.reports.title"
      lead="pane.reports.lead"
      points={['pane.reports.point1', 'pane.reports.point2', 'pane.reports.point3']}
    />
  );
}
