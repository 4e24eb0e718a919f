import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setLabelMeasurer } from '../../src/components/label-measure';
import { estimateTextWidth } from '../../src/timeline/layout';

// jsdom has no fonts and no canvas: labels are measured by the character estimate.
setLabelMeasurer(estimateTextWidth);

afterEach(() => cleanup());

// jsdom lays nothing out and logs "Not implemented" for window.scrollTo (the list scrolls a selected row into
// view): a no-op keeps the run's output to real problems. Tests that care about scrolling spy on it.
window.scrollTo = (() => undefined) as typeof window.scrollTo;
