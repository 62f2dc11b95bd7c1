import { useCallback } from 'react';
import type { Locale } from '../../__generated__/graphql';
import { navigate, useLocation } from '../../app/router';
import { isLabelKind, type LabelKind, OTHER_LANGUAGES } from './label-rows';

/** Which kind of entry is shown, and whether only those missing a language: in the URL (`?kind=challenge&missing=el`), to share and come back to. */
export interface LabelsView {
  kind: LabelKind;
  /** A language other than English, or null for every entry. */
  missing: Locale | null;
}

export function readLabelsView(params: URLSearchParams): LabelsView {
  const kind = params.get('kind');
  const missing = OTHER_LANGUAGES.find((language) => language === params.get('missing')) ?? null;
  return { kind: isLabelKind(kind) ? kind : 'category', missing };
}

export function writeLabelsView({ kind, missing }: LabelsView): string {
  const params = new URLSearchParams();
  if (kind !== 'category') params.set('kind', kind);
  if (missing) params.set('missing', missing);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The view in the URL, and a way to change it that replaces the URL rather than adding a step to go back through. */
export function useLabelsView(): [LabelsView, (next: LabelsView) => void] {
  const view = readLabelsView(useLocation().searchParams);
  const setView = useCallback((next: LabelsView) => navigate(`${window.location.pathname}${writeLabelsView(next)}`, { replace: true }), []);
  return [view, setView];
}
