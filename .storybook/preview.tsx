// Every story sees the library's own stylesheet, as an app that imports
// `conductor-error-ui/styles.css` would.
import '../src/styles.css';
import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Any axe violation fails the story's test, not just a panel warning.
    a11y: { test: 'error' },
  },
};

export default preview;
