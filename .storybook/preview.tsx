import type { Preview } from '@storybook/react-vite';
import { globalTypes, initialGlobals, withEnvironment } from './environment.js';

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes,
  initialGlobals,
  decorators: [withEnvironment],
  parameters: {
    // Any axe violation fails the story's test, not just a panel warning.
    a11y: { test: 'error' },
  },
};

export default preview;
