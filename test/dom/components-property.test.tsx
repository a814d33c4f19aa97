// Property test over every exported component: generated hostile props
// (values of any type, throwing getters, Proxies whose traps throw, Symbols,
// null-prototype objects, callbacks that throw or reject, translations of the
// wrong type) render on the server and in the DOM, take clicks on every
// button and checkbox, and never throw nor show the developer message.
//
// Left out on purpose: props typed as React nodes (`actions`, `children`; the
// dialog's `trigger` is in, as it falls back to the built-in button) and
// the dialog's `container`, which React and Radix take as they are, and the
// native element props (`id`, `style`, event handlers) that React itself
// checks; `className` is in, as the components merge it with their own.
import '@testing-library/jest-dom/vitest';
import { fc, test } from '@fast-check/vitest';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect } from 'vitest';
import { ConductorErrorAlert } from '../../src/alert/ConductorErrorAlert.js';
import { CopyRequestIdButton } from '../../src/copy/CopyRequestIdButton.js';
import { ConductorErrorDetails } from '../../src/details/ConductorErrorDetails.js';
import { QbdFixSteps } from '../../src/fix-steps/QbdFixSteps.js';
import { ConductorErrorProvider } from '../../src/provider/ConductorErrorProvider.js';
import { DEVELOPER_MESSAGE, errorProp } from '../property/hostile-errors.js';
import {
  callback,
  exotic,
  hostile,
  looseFlag,
  type Make,
  made,
  makeRecord,
  strings,
  text,
} from '../property/hostile-props.js';
import { expectConsole } from '../setup/fail-on-console.js';

/** Props every component that takes an error shares. */
const errorProps = {
  error: errorProp,
  messageIsUserFacing: looseFlag,
  className: text,
};

/** Each exported component with the props it owns, generated. */
const COMPONENTS: [string, ComponentType<Record<string, unknown>>, fc.Arbitrary<Make>][] = [
  [
    'ConductorErrorAlert',
    ConductorErrorAlert as never,
    makeRecord({
      ...errorProps,
      title: text,
      titles: hostile,
      strings,
      onRetry: callback,
      onContactSupport: callback,
      compact: looseFlag,
      showDeveloperDetails: looseFlag,
      autoFocus: looseFlag,
      role: text,
      messageLang: text,
      // Not objects of random keys: those reach the checklist's <div> as the native props they claim to be.
      fixStepsProps: fc.oneof(
        // Less the object with its own `toString`: spread, that is a prop named so on the <div>.
        exotic.filter((make) => {
          try {
            return !Object.hasOwn(make() as object, 'valueOf');
          } catch {
            return true;
          }
        }),
        made(fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string()))),
        makeRecord({ persistKey: hostile, onCheckedChange: callback, onComplete: callback }),
      ),
    }),
  ],
  [
    'ConductorErrorDetails',
    ConductorErrorDetails as never,
    makeRecord({
      ...errorProps,
      title: text,
      titles: hostile,
      strings,
      showDeveloperDetails: looseFlag,
      open: fc.oneof(made(fc.boolean()), hostile),
      defaultOpen: fc.oneof(made(fc.constant(true)), hostile),
      onOpenChange: callback,
      trigger: hostile,
      messageLang: text,
    }),
  ],
  [
    'CopyRequestIdButton',
    CopyRequestIdButton as never,
    makeRecord({
      ...errorProps,
      requestId: text,
      copy: fc.oneof(made(fc.constantFrom('requestId', 'supportDetails')), hostile),
      showRequestId: looseFlag,
      strings,
      onCopy: callback,
      onCopyError: callback,
      resetAfterMs: hostile,
    }),
  ],
  [
    'QbdFixSteps',
    QbdFixSteps as never,
    makeRecord({
      ...errorProps,
      message: text,
      steps: hostile,
      strings,
      persistKey: hostile,
      onCheckedChange: callback,
      onComplete: callback,
    }),
  ],
];

/** The provider's own props, generated: every component above also renders inside one. */
const providerProps = fc.oneof(
  made(fc.constant(undefined)),
  makeRecord({
    locale: hostile,
    strings,
    onRetry: callback,
    onContactSupport: callback,
    onError: callback,
    messageIsUserFacing: looseFlag,
  }),
);

/** Every app-callback failure is reported by design; nothing else may reach the console. */
const REPORTED = /the app's on[A-Z]\w* callback failed/;

describe.each(COMPONENTS)('%s with generated hostile props', (_name, Component, props) => {
  test.prop([props, providerProps], { numRuns: 40, endOnFailure: true })(
    'renders on the server and in the DOM, takes clicks, never throws nor shows the developer message',
    async (makeProps, makeProvider) => {
      const given = makeProps() as Record<string, unknown>;
      const provider = makeProvider() as Record<string, unknown> | undefined;
      const tree = provider ? (
        <ConductorErrorProvider {...provider}>
          <Component {...given} />
        </ConductorErrorProvider>
      ) : (
        <Component {...given} />
      );
      const html = renderToString(tree);
      expect(html).not.toContain(DEVELOPER_MESSAGE);
      const { baseElement } = render(tree);
      // Inside act, with a tick for the lazy dialog that a Details click loads.
      await act(async () => {
        for (const control of baseElement.querySelectorAll('button, input')) fireEvent.click(control);
        await new Promise((done) => setTimeout(done, 0));
      });
      expect(baseElement.textContent).not.toContain(DEVELOPER_MESSAGE);
      expect(baseElement.innerHTML).not.toContain(DEVELOPER_MESSAGE);
      cleanup();
      // Rejected async callbacks report on a later tick.
      await new Promise((done) => setTimeout(done, 0));
      for (const line of expectConsole()) expect(line).toMatch(REPORTED);
    },
    // Forty renders of a component with its dialog open take a few seconds in jsdom.
    60_000,
  );
});
