import { memo } from 'react';

/** A one-line key to the marks, so a newcomer can read the chart at once. Static, so drawn once. */
export const Legend = memo(function Legend() {
  return (
    <ul className="legend" aria-label="How to read the timeline">
      <li>
        <svg width="20" height="20" aria-hidden="true" className="legend-mark">
          <circle className="badge" cx="10" cy="10" r="9" />
          <text className="count" x="10" y="10" dy="0.35em" textAnchor="middle">
            2
          </text>
        </svg>
        a day; the number is how many sources back it
      </li>
      <li>
        <svg width="34" height="14" aria-hidden="true" className="legend-mark">
          <rect className="legend-soft" x="1" y="2" width="32" height="10" rx="5" />
        </svg>
        a month or part of one (approximate)
      </li>
      <li>
        <svg width="34" height="14" aria-hidden="true" className="legend-mark">
          <rect className="legend-range" x="1" y="2" width="32" height="10" rx="3" />
        </svg>
        a date range
      </li>
      <li>
        <span aria-hidden="true" className="legend-warn">
          ⚠
        </span>{' '}
        sources disagree about the date
      </li>
    </ul>
  );
});
