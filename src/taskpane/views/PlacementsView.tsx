/**
 * The "Placeringar" section of the task pane: placements (issue 6: the placement register and its cost projection).
 * Until that issue is built it only states what the section will do. This file belongs to that issue; the view
 * gets the workbook with usePort(), runs long work with useLongOperation() and shows errors with useNotices().
 */
import { PlannedSection } from './PlannedSection';

export default function PlacementsView() {
  return (
    <PlannedSection
      testId="view-placements"
      title="pane.placements.title"
      lead="pane.placements.lead"
      points={['pane.placements.point1', 'pane.placements.point2', 'pane.placements.point3']}
    />
  );
}
