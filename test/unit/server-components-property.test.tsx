// Property test over the Server Component entry: each component given
// generated hostile props neither throws nor lets the developer message
// cross, neither in the props its Client Component receives (what React
// serializes into the RSC payload) nor in the HTML it renders.
import { fc, test } from '@fast-check/vitest';
import type { ReactElement, ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect } from 'vitest';
import {
  ConductorErrorAlert,
  ConductorErrorDetails,
  CopyRequestIdButton,
  QbdFixSteps,
} from '../../src/server/index.js';
import { DEVELOPER_MESSAGE, errorProp } from '../property/hostile-errors.js';
import { looseFlag, type Make, made, makeRecord } from '../property/hostile-props.js';
import { expectConsole } from '../setup/fail-on-console.js';

/**
 * What a Server Component can pass: data React can serialize (no callbacks,
 * no Proxies, which React's own serializer would refuse), of any shape. The
 * `error` is the exception: the wrappers read it on the server, so it may be
 * anything at all, and the opt-ins are never `true`.
 */
const data = made(fc.jsonValue());
const crossingText = fc.oneof(made(fc.string()), data);
const shared = { error: errorProp, messageIsUserFacing: looseFlag, className: crossingText };

const SERVER_COMPONENTS: [string, (props: never) => ReactNode, fc.Arbitrary<Make>][] = [
  [
    'ConductorErrorAlert',
    ConductorErrorAlert,
    makeRecord({ ...shared, showDeveloperDetails: looseFlag, title: crossingText, compact: data, strings: data }),
  ],
  [
    'ConductorErrorDetails',
    ConductorErrorDetails,
    makeRecord({ ...shared, showDeveloperDetails: looseFlag, title: crossingText, strings: data }),
  ],
  [
    'CopyRequestIdButton',
    CopyRequestIdButton,
    makeRecord({ ...shared, requestId: crossingText, copy: crossingText, strings: data }),
  ],
  [
    'QbdFixSteps',
    QbdFixSteps,
    makeRecord({ ...shared, message: crossingText, steps: data, persistKey: data, strings: data }),
  ],
];

/** Every app-callback failure is reported by design; nothing else may reach the console. */
const REPORTED = /the app's on[A-Z]\w* callback failed/;

describe.each(SERVER_COMPONENTS)('%s (react-server) with generated hostile props', (_name, Component, props) => {
  test.prop([props], { numRuns: 80 })('never throws, and the developer message never crosses', (make) => {
    const given = make() as never;
    const element = Component(given) as ReactElement<Record<string, unknown>>;
    // What crosses: the props of the Client Component it returns, as React would serialize them.
    const crossing = JSON.stringify(element.props);
    expect(crossing).not.toContain(DEVELOPER_MESSAGE);
    expect(renderToString(element)).not.toContain(DEVELOPER_MESSAGE);
    for (const line of expectConsole()) expect(line).toMatch(REPORTED);
  });
});
