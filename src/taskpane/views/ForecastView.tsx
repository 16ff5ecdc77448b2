/**
 * The "Prognos" section of the task pane: forecast (issue 4: each enhetschef's full-year forecast).
 * Until that issue is built it only states what the section will do. This file belongs to that issue; the view
 * gets the workbook with usePort(), runs long work with useLongOperation() and shows errors with useNotices().
 */
import { PlannedSection } from './PlannedSection';

export default function ForecastView() {
  return (
    <PlannedSection
      testId="view-forecast"
      title="pane.forecast.title"
      lead="pane.forecast.lead"
      points={['pane.forecast.point1', 'pane.forecast.point2', 'pane.forecast.point3', 'pane.forecast.point4']}
    />
  );
}
