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
    // What a newcomer needs first, then the components, then everything built from them.
    options: { storySort: { order: ['Getting started', 'Components', 'Layouts', 'Appearance', 'Examples', 'Core'] } },
  },
};

export default preview;
