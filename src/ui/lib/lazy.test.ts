import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ViewModel } from '../../core/view/model';
import { Lazy } from '../../core/lazy';
import { KindPanelChunks, KindPanels } from '../features/KindPanels';
import { Content, LearnChunks } from '../features/LearnPanels';
import { KindWords, useKindTables } from './kind-messages';
import { useDeferredModule, useLazy } from './lazy';

/** What a render draws from `useLazy` (renderToString runs the render only, no effects). */
function Probe({ lazy }: { readonly lazy: Lazy<{ readonly text: string }> | undefined }) {
  const { module } = useLazy(lazy);
  return createElement('p', null, module?.text ?? 'loading');
}

describe('useLazy', () => {
  it('draws a module already loaded in the first render, not after an effect', async () => {
    const lazy = new Lazy(() => Promise.resolve({ text: 'the panels' }));
    expect(renderToString(createElement(Probe, { lazy }))).toContain('loading');
    await lazy.get();
    expect(renderToString(createElement(Probe, { lazy }))).toContain('the panels');
    expect(renderToString(createElement(Probe, { lazy: undefined }))).toContain('loading');
  });

  it('useDeferredModule draws nothing before it has loaded', () => {
    function Deferred() {
      const { module } = useDeferredModule(() => Promise.resolve('loaded'));
      return createElement('p', null, module ?? 'loading');
    }
    expect(renderToString(createElement(Deferred))).toContain('loading');
  });
});

describe("a kind's words and panels, once loaded", () => {
  it("an SD-JWT's words are there in the render that reads the SD-JWT", async () => {
    const words = new KindWords();
    function Words() {
      const tables = useKindTables('sd-jwt', 'zh', words);
      return createElement('p', null, tables.sdJwt?.SD_ALG_UNSUPPORTED ?? 'none');
    }
    expect(renderToString(createElement(Words))).toContain('none');
    const { sdJwtZh } = await words.sdJwt.get();
    expect(renderToString(createElement(Words))).toContain(sdJwtZh.SD_ALG_UNSUPPORTED);
  });

  it("a kind's panels are drawn in the render that reads its token", async () => {
    const chunks = new KindPanelChunks();
    const panels = { default: () => createElement('p', null, 'the JWE panels') };
    const jwe = chunks.jwe as unknown as Lazy<typeof panels>;
    Object.assign(jwe, { load: () => Promise.resolve(panels) });
    const view = {
      kind: { kind: 'jwe' },
      token: { cleaned: { text: 'a.b.c.d.e' } },
    } as unknown as ViewModel;
    const page = () =>
      renderToString(
        createElement(KindPanels, {
          view,
          chunks,
          keys: {} as never,
          dispatch: () => undefined,
        }),
      );
    expect(page()).not.toContain('the JWE panels');
    await jwe.get();
    expect(page()).toContain('the JWE panels');
  });
});

describe("a learning view's content, once loaded", () => {
  it("is drawn in the render that reads the token, from the page's holder", async () => {
    const chunks = new LearnChunks();
    const steps = { default: () => createElement('p', null, 'the JWE steps') };
    const jwe = chunks['how.jwe'] as unknown as Lazy<typeof steps>;
    Object.assign(jwe, { load: () => Promise.resolve(steps) });
    const page = () =>
      renderToString(
        createElement(Content<'jwe'>, {
          learn: { kind: 'jwe' } as never,
          chunk: chunks['how.jwe'],
          what: 'How it is made',
        }),
      );
    expect(page()).not.toContain('the JWE steps');
    await jwe.get();
    expect(page()).toContain('the JWE steps');
  });
});
