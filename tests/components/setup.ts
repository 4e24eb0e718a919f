import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setLabelMeasurer } from '../../src/components/label-measure';
import { estimateTextWidth } from '../../src/timeline/layout';

// jsdom has no fonts and no canvas: labels are measured by the character estimate.
setLabelMeasurer(estimateTextWidth);

afterEach(() => cleanup());
