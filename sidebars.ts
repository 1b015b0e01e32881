import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

/** Three themes, each a group whose landing page is its index; then the bibliography. */
const sidebars: SidebarsConfig = {
  main: [
    'index',
    {
      type: 'category',
      label: 'Limits',
      link: { type: 'doc', id: 'limits/index' },
      collapsed: false,
      items: ['limits/degenerative-ai', 'limits/fundamental-limits'],
    },
    {
      type: 'category',
      label: 'Camps',
      link: { type: 'doc', id: 'camps/index' },
      collapsed: false,
      items: ['camps/scaling-not-dead', 'camps/performance-plateau'],
    },
    {
      type: 'category',
      label: 'Strategies',
      link: { type: 'doc', id: 'strategies/index' },
      collapsed: false,
      items: ['strategies/post-scaling-playbook'],
    },
    'sources',
  ],
};

export default sidebars;
