/**
 * The React matrix is real: under `PNK_REACT=18.3` or `19.0` (test/react/reactMatrix.ts) every module of the page
 * runs on one React of that version, or this fails. Unset, it checks the newest React, as installed.
 */
import { version as reactVersion, useState } from 'react';
import { version as reactDomVersion } from 'react-dom';
import { version as serverVersion } from 'react-dom/server';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, inject, it } from 'vitest';

declare module 'vitest' {
  interface ProvidedContext {
    reactVersion: string;
  }
}

describe('the React the tests run on', () => {
  it('is the requested version, react-dom and react-dom/server alike', () => {
    const requested = inject('reactVersion');
    expect(requested).toMatch(/^\d+\.\d+\.\d+/);
    expect(reactVersion).toBe(requested);
    expect(reactDomVersion).toBe(requested);
    expect(serverVersion).toBe(requested);
  });

  it('is one React for the test renderer, react-dom and @tanstack/react-query (hooks work across them)', async () => {
    function Probe() {
      const [label] = useState('hooks');
      const { data } = useQuery({ queryKey: ['probe'], queryFn: () => Promise.resolve('one React') });
      return <p>{data ? `${label}: ${data}` : 'loading'}</p>;
    }
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Probe />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('hooks: one React')).toBeInTheDocument();
  });
});
