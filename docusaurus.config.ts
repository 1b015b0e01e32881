import path from 'node:path';
import { makeConfig } from './src/config/site-config';

export default makeConfig({ siteDir: __dirname, sidebarPath: path.join(__dirname, 'sidebars.ts') });
