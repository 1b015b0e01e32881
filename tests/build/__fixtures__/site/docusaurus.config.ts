import { makeConfig } from '../../../../src/config/site-config';

// A small site built by the same rules as the real one; tests copy it and break one thing.
export default makeConfig({ siteDir: __dirname, search: false, minimal: true });
