import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ConductorErrorAlert } from '../../src/index.js';
import { ERROR_FIXTURES, type ErrorFixture } from '../fixtures/errors.js';
import { fixtureShapes } from '../fixtures/shapes.js';

/**
 * The shape a card passes to the alert: rotated through the shapes each fixture
 * exists in, so the gallery also shows that every shape reads the same.
 */
function shapeFor(fixture: ErrorFixture, index: number) {
  const shapes = fixtureShapes(fixture).filter(({ value }) => typeof value === 'object');
  return shapes[index % shapes.length] ?? { shape: 'error object', value: fixture.body };
}

/** One card per documented Conductor error type and code. */
function Gallery() {
  return (
    <div style={{ display: 'grid', gap: '1.5rem', gridTemplateColumns: 'repeat(auto-fill, minmax(22rem, 1fr))' }}>
      {ERROR_FIXTURES.map((fixture, index) => {
        const { shape, value } = shapeFor(fixture, index);
        const headingId = `card-${fixture.id}`;
        return (
          <article
            key={fixture.id}
            aria-labelledby={headingId}
            style={{ display: 'grid', gap: '0.5rem', alignContent: 'start' }}
          >
            <h2 id={headingId} style={{ fontSize: '1rem', margin: 0 }}>
              {fixture.label}
            </h2>
            <p style={{ margin: 0, fontSize: '0.875rem' }}>
              <code>{fixture.body.type}</code> as {shape}
            </p>
            <ConductorErrorAlert error={value} onRetry={() => undefined} />
          </article>
        );
      })}
    </div>
  );
}

const meta = {
  title: 'Examples/All errors',
  component: Gallery,
  parameters: { layout: 'padded' },
  tags: ['!autodocs'],
} satisfies Meta<typeof Gallery>;

export default meta;

/** Every fixture: the seed, each documented code, a masked message and a client-side connection failure. */
export const AllErrors: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const cards = canvas.getAllByRole('article');
    await expect(cards).toHaveLength(ERROR_FIXTURES.length);
    for (const [index, card] of cards.entries()) {
      const fixture = ERROR_FIXTURES[index] as ErrorFixture;
      const alert = card.querySelector('[data-slot="alert"]');
      const severity = fixture.body.type === 'INTEGRATION_CONNECTION_ERROR' ? 'warning' : 'error';
      await expect(alert).toHaveAttribute('data-severity', severity);
      // Whatever the shape, the developer message never reaches the page.
      await expect(card).not.toHaveTextContent(fixture.body.message);
    }
  },
};
