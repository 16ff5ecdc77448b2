import { findPreviewHost, isPreviewUrl, PREVIEW_HOST_GLOBAL } from './previewHost';

describe('preview host discovery', () => {
  it('recognises the preview by ?host=preview only', () => {
    expect(isPreviewUrl('?host=preview')).toBe(true);
    expect(isPreviewUrl('?lang=en&host=preview')).toBe(true);
    expect(isPreviewUrl('?host=previews')).toBe(false);
    expect(isPreviewUrl('?_host_Info=Excel$Win32$16.01$sv-SE')).toBe(false);
    expect(isPreviewUrl('')).toBe(false);
  });

  it('finds the host API in the parent window, and nothing at the top level or across origins', () => {
    const host = { apiVersion: 1 };
    const parent = { [PREVIEW_HOST_GLOBAL]: host };
    const child = { parent } as unknown as Window;
    expect(findPreviewHost(child)).toBe(host);

    const top = {} as { parent?: unknown };
    top.parent = top;
    expect(findPreviewHost(top as unknown as Window)).toBeNull();

    const crossOrigin = {
      parent: new Proxy(
        {},
        {
          get: () => {
            throw new Error('SecurityError');
          },
        },
      ),
    } as unknown as Window;
    expect(findPreviewHost(crossOrigin)).toBeNull();

    const wrongVersion = { parent: { [PREVIEW_HOST_GLOBAL]: { apiVersion: 2 } } } as unknown as Window;
    expect(findPreviewHost(wrongVersion)).toBeNull();
  });
});
