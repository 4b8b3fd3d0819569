import { ControlButton, Controls } from '@xyflow/react';
import type { Viewport } from '@xyflow/react';
import type { ReactNode, RefObject } from 'react';
import type { RoadmapLayout } from '../../domain';
import { useFitView } from './useFitView';
import type { Insets } from './fit-in';

type Props = {
  /** What `useFitView` keeps fitted, and how: see there. */
  layout: RoadmapLayout;
  wrapper: RefObject<HTMLDivElement | null>;
  insets: Insets;
  initialViewport: Viewport;
  showAllArrows: boolean;
  onShowAllArrows: (on: boolean) => void;
  minimapShown: boolean;
  onMinimapShown: (on: boolean) => void;
};

/**
 * The zoom buttons, with Fit View our own (it leaves the overview map and panels clear), and
 * two view toggles: every arrow at full strength, and the overview map (small windows need
 * its room). The fit after resizes and panels (`useFitView`) comes with them.
 */
export function GraphControls({
  layout,
  wrapper,
  insets,
  initialViewport,
  showAllArrows,
  onShowAllArrows,
  minimapShown,
  onMinimapShown,
}: Props) {
  const { fitView } = useFitView(layout, wrapper, insets, minimapShown, initialViewport);
  return (
    <Controls showInteractive={false} showFitView={false} position="bottom-left">
      <ControlButton onClick={fitView} title="Fit View" aria-label="Fit View">
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path
            d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
          />
        </svg>
      </ControlButton>
      <ViewToggle label="Show all arrows" on={showAllArrows} onChange={onShowAllArrows}>
        <path d="M2 4h8M2 8h10M2 12h6" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M10 1.5 13 4l-3 2.5zM12 5.5 15 8l-3 2.5zM8 9.5l3 2.5-3 2.5z" />
      </ViewToggle>
      <ViewToggle label="Overview map" on={minimapShown} onChange={onMinimapShown}>
        <rect
          x="1.5"
          y="3"
          width="13"
          height="10"
          rx="1.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.4"
        />
        <rect x="7.5" y="7" width="5" height="4" />
      </ViewToggle>
    </Controls>
  );
}

/** A zoom-bar button that turns a view option on and off (pressed while on); `children` draw its icon. */
function ViewToggle({
  label,
  on,
  onChange,
  children,
}: {
  label: string;
  on: boolean;
  onChange: (on: boolean) => void;
  children: ReactNode;
}) {
  return (
    <ControlButton onClick={() => onChange(!on)} title={label} aria-label={label} aria-pressed={on}>
      <svg viewBox="0 0 16 16" aria-hidden="true">
        {children}
      </svg>
    </ControlButton>
  );
}
