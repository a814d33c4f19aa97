// Each step's parts: its text cut into plain words, menu paths and labels, in
// order, as a UI draws them. No word around a chip may go missing.
import { describe, expect, it } from 'vitest';
import { parseFixSteps } from '../../src/core/parse/index.js';
import type { FixStepPart } from '../../src/core/types.js';

const text = (words: string): FixStepPart => ({ kind: 'text', text: words });
const menu = (written: string, items: string[]): FixStepPart => ({ kind: 'menu', text: written, items });
const label = (written: string, name: string): FixStepPart => ({ kind: 'label', text: written, label: name });

describe('parseFixSteps parts', () => {
  it.each([
    [
      'a menu name written twice, the words before the path kept',
      'Navigate to Edit, then Edit > Preferences > Integrated Applications.',
      [
        [
          text('Navigate to Edit, then '),
          menu('Edit > Preferences > Integrated Applications', ['Edit', 'Preferences', 'Integrated Applications']),
        ],
      ],
    ],
    [
      'items quoted one by one, the quotes in the path, and a label in the next step',
      "Select 'Edit' > 'Preferences' and click 'OK'.",
      [
        [text('Select '), menu("'Edit' > 'Preferences'", ['Edit', 'Preferences'])],
        [text('click '), label("'OK'", 'OK')],
      ],
    ],
    [
      'bold items, and a bold label',
      'Go to **File** > **Utilities**, then click **Rebuild Data**.',
      [
        [text('Go to '), menu('**File** > **Utilities**', ['File', 'Utilities'])],
        [text('click '), label('**Rebuild Data**', 'Rebuild Data')],
      ],
    ],
    [
      'a path in brackets, the brackets left as words, and a label with its period inside the quotes',
      'Open QuickBooks (File > Update Web Services) and click “Update Now.”',
      [
        [text('Open QuickBooks ('), menu('File > Update Web Services', ['File', 'Update Web Services']), text(')')],
        [text('click '), label('“Update Now.”', 'Update Now')],
      ],
    ],
    [
      'a path in backticks, and italics, which are no label',
      'Choose `Edit > Preferences` and tick *Allow access*.',
      [[text('Choose '), menu('`Edit > Preferences`', ['Edit', 'Preferences'])], [text('tick *Allow access*')]],
    ],
    [
      'two labels with words between them',
      "click 'Yes' or 'No'",
      [[text('click '), label("'Yes'", 'Yes'), text(' or '), label("'No'", 'No')]],
    ],
    [
      'a label wrapped over two lines, named on one',
      "ensure 'Allow this\n  application to log in' is checked",
      [
        [
          text('ensure '),
          label("'Allow this\n  application to log in'", 'Allow this application to log in'),
          text(' is checked'),
        ],
      ],
    ],
    [
      'two paths in one step',
      'Go to Edit > Preferences, then Company > Users.',
      [
        [
          text('Go to '),
          menu('Edit > Preferences', ['Edit', 'Preferences']),
          text(', then '),
          menu('Company > Users', ['Company', 'Users']),
        ],
      ],
    ],
  ])('cuts %s', (_shape, message, parts) => {
    const steps = parseFixSteps(message).steps;
    expect(steps.map((step) => step.parts)).toEqual(parts);
    for (const step of steps) {
      expect(step.parts.map((part) => part.text).join('')).toBe(step.text);
    }
  });

  it('derives the menu path and the labels from the parts', () => {
    const [step] = parseFixSteps("Go to 'Edit' > 'Preferences' to find 'Company Preferences' and 'Users'.").steps;
    expect(step?.menuPath).toEqual(['Edit', 'Preferences']);
    expect(step?.labels).toEqual(['Company Preferences', 'Users']);
    expect(step?.parts.map((part) => part.kind)).toEqual(['text', 'menu', 'text', 'label', 'text', 'label']);
  });
});
