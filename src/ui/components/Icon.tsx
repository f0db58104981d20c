import type { ReactNode } from 'react';

/**
 * The page's marks as inline SVG, drawn in the text's colour: emoji and symbols such as ℹ or ⛔
 * show as empty boxes where no font has them. Decorative: the words beside say the same.
 */
export type IconName = 'check' | 'cross' | 'warning' | 'danger' | 'info' | 'dot' | 'circle';

const STROKE = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.75,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

const SHAPES: Readonly<Record<IconName, ReactNode>> = {
  check: <path d="M3 8.5l3.2 3.2L13 4.8" {...STROKE} strokeWidth={2.2} />,
  cross: <path d="M4 4l8 8M12 4l-8 8" {...STROKE} strokeWidth={2.2} />,
  warning: (
    <>
      <path d="M8 1.8L14.8 13.7H1.2z" {...STROKE} />
      <path d="M8 6.2v3.6" {...STROKE} />
      <circle cx="8" cy="11.6" r="0.95" fill="currentColor" />
    </>
  ),
  danger: (
    <>
      <path d="M5.3 1.3h5.4l4 4v5.4l-4 4H5.3l-4-4V5.3z" {...STROKE} />
      <path d="M8 4.6v4.2" {...STROKE} />
      <circle cx="8" cy="11.1" r="0.95" fill="currentColor" />
    </>
  ),
  info: (
    <>
      <circle cx="8" cy="8" r="6.6" {...STROKE} />
      <path d="M8 7.2v4.4" {...STROKE} />
      <circle cx="8" cy="4.8" r="0.95" fill="currentColor" />
    </>
  ),
  dot: <circle cx="8" cy="8" r="3" fill="currentColor" />,
  circle: <circle cx="8" cy="8" r="5.6" {...STROKE} />,
};

export function Icon({
  name,
  className,
}: {
  readonly name: IconName;
  readonly className?: string;
}) {
  return (
    <svg
      className={`icon icon-${name}${className ? ` ${className}` : ''}`}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[name]}
    </svg>
  );
}
