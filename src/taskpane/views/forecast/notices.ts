/**
 * The notice functions of the pane as one stable object (useNotices() returns a new object on every render, which
 * must not be a dependency of effects that load data: that would load again after every notice).
 */
import { useMemo } from 'react';
import { useNotices, type NoticeApi } from '../../status/StatusProvider';

export function useNoticeActions(): Pick<NoticeApi, 'show' | 'showError'> {
  const { show, showError } = useNotices();
  return useMemo(() => ({ show, showError }), [show, showError]);
}
