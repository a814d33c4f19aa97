import { screen } from '@testing-library/dom';
import { useId, useState, version } from 'react';
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import { render18 } from './render.js';

function Probe() {
  const [n] = useState(1);
  return <p id={useId()}>count {n}</p>;
}

it('runs on React 18', () => {
  expect(version).toMatch(/^18\./);
  render18(<Probe />);
  expect(screen.getByText('count 1')).toBeTruthy();
  expect(renderToString(<Probe />)).toContain('count');
});
