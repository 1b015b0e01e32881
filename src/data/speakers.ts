import type { Speaker } from './types';

/**
 * Everyone who makes a claim on the site: people, organisations, panels, papers and the
 * source articles' own authors. Claims name their speaker by id, so the explorer can
 * filter by speaker and both locales show the same person.
 */
const list: readonly Speaker[] = [
  // Papers and their authors
  { id: 'coveney-succi', kind: 'paper', name: { en: 'Coveney & Succi', 'zh-Hans': 'Coveney 与 Succi' }, role: { en: 'Peter V. Coveney and Sauro Succi, authors of arXiv 2507.19703', 'zh-Hans': 'Peter V. Coveney 与 Sauro Succi，arXiv 2507.19703 的作者' } },
  { id: 'limits-paper', kind: 'paper', name: { en: 'Mohsin et al. (limits paper)', 'zh-Hans': 'Mohsin 等（极限论文）' }, role: { en: 'Authors of "On the Fundamental Limits of LLMs at Scale" (arXiv 2511.12869)', 'zh-Hans': '《On the Fundamental Limits of LLMs at Scale》（arXiv 2511.12869）的作者' } },
  { id: 'kaplan-et-al', kind: 'paper', name: { en: 'Kaplan et al.', 'zh-Hans': 'Kaplan 等' }, role: { en: 'OpenAI authors of the 2020 scaling-laws paper', 'zh-Hans': '2020 年扩展定律论文的 OpenAI 作者' } },
  { id: 'hoffmann-et-al', kind: 'paper', name: { en: 'Hoffmann et al. (Chinchilla)', 'zh-Hans': 'Hoffmann 等（Chinchilla）' }, role: { en: 'DeepMind authors of the 2022 compute-optimal paper', 'zh-Hans': '2022 年计算最优论文的 DeepMind 作者' } },
  { id: 'epoch-ai', kind: 'organisation', name: { en: 'Epoch AI (Besiroglu et al.)', 'zh-Hans': 'Epoch AI（Besiroglu 等）' }, role: { en: 'Research group that refitted the Chinchilla law in 2024', 'zh-Hans': '2024 年重新拟合 Chinchilla 定律的研究机构' } },
  { id: 'jack-morris', kind: 'person', name: { en: 'Jack Morris', 'zh-Hans': 'Jack Morris' }, role: { en: 'Researcher; first author of "How much do language models memorize?"', 'zh-Hans': '研究者，《How much do language models memorize?》第一作者' } },

  // Source articles' authors (when the claim is the article's own judgement)
  { id: 'editor-degenerative-ai', kind: 'editor', name: { en: 'Academic Headlines (学术头条)', 'zh-Hans': '学术头条' }, role: { en: 'Editors of the August 2025 report on Coveney & Succi', 'zh-Hans': '2025 年 8 月介绍 Coveney 与 Succi 论文的报道编辑' } },
  { id: 'editor-scaling-not-dead', kind: 'editor', name: { en: 'Author of "Scaling Law is dead, long live Scaling Law"', 'zh-Hans': '《Scaling Law 死了，Scaling Law 万岁》作者' }, role: { en: 'Unnamed commentator, December 2025', 'zh-Hans': '未署名评论者，2025 年 12 月' } },
  { id: 'editor-fundamental-limits', kind: 'editor', name: { en: 'NLP-blog editors (深度学习自然语言处理)', 'zh-Hans': '深度学习自然语言处理编辑部' }, role: { en: 'Editors of the November 2025 summary of the limits paper', 'zh-Hans': '2025 年 11 月极限论文解读的编辑' } },
  { id: 'editor-performance-plateau', kind: 'editor', name: { en: 'Author of the "Performance Plateau" topic page', 'zh-Hans': '“模型表现触顶了吗”主题页作者' }, role: { en: 'Unnamed curator of a living topic page (last updated May 2026)', 'zh-Hans': '持续更新主题页的未署名整理者（最近更新于 2026 年 5 月）' } },
  { id: 'editor-post-scaling', kind: 'editor', name: { en: 'Author of the post-scaling strategy guide', 'zh-Hans': '后 Scaling 策略指南作者' }, role: { en: 'Unnamed author of a study note on post-scaling strategies', 'zh-Hans': '一篇后 Scaling 策略学习笔记的未署名作者' } },

  // People
  { id: 'gary-marcus', kind: 'person', name: { en: 'Gary Marcus', 'zh-Hans': 'Gary Marcus（加里·马库斯）' }, role: { en: 'Cognitive scientist and long-time critic of deep-learning scaling', 'zh-Hans': '认知科学家，长期批评深度学习的规模路线' } },
  { id: 'ilya-sutskever', kind: 'person', name: { en: 'Ilya Sutskever', 'zh-Hans': 'Ilya Sutskever（伊利亚·苏茨克维）' }, role: { en: 'Co-founder of Safe Superintelligence (SSI); formerly OpenAI chief scientist', 'zh-Hans': 'Safe Superintelligence（SSI）联合创始人；前 OpenAI 首席科学家' } },
  { id: 'oriol-vinyals', kind: 'person', name: { en: 'Oriol Vinyals', 'zh-Hans': 'Oriol Vinyals' }, role: { en: 'VP of Research at Google DeepMind and Gemini co-lead', 'zh-Hans': 'Google DeepMind 研究副总裁、Gemini 联合负责人' } },
  { id: 'google', kind: 'organisation', name: { en: 'Google / Google DeepMind', 'zh-Hans': 'Google / Google DeepMind' }, role: { en: 'Maker of Gemini 3', 'zh-Hans': 'Gemini 3 的开发者' } },
  { id: 'demis-hassabis', kind: 'person', name: { en: 'Demis Hassabis', 'zh-Hans': 'Demis Hassabis（戴密斯·哈萨比斯）' }, role: { en: 'CEO of Google DeepMind', 'zh-Hans': 'Google DeepMind CEO' } },
  { id: 'jensen-huang', kind: 'person', name: { en: 'Jensen Huang', 'zh-Hans': '黄仁勋' }, role: { en: 'CEO of NVIDIA', 'zh-Hans': '英伟达 CEO' } },
  { id: 'sam-altman', kind: 'person', name: { en: 'Sam Altman', 'zh-Hans': 'Sam Altman（萨姆·奥尔特曼）' }, role: { en: 'CEO of OpenAI', 'zh-Hans': 'OpenAI CEO' } },
  { id: 'elon-musk', kind: 'person', name: { en: 'Elon Musk', 'zh-Hans': '马斯克' }, role: { en: 'Founder of xAI', 'zh-Hans': 'xAI 创始人' } },
  { id: 'xai', kind: 'organisation', name: { en: 'xAI', 'zh-Hans': 'xAI' }, role: { en: 'Elon Musk’s AI company; operator of the Colossus cluster', 'zh-Hans': '马斯克的 AI 公司，Colossus 集群的运营方' } },
  { id: 'frontier-labs', kind: 'group', name: { en: 'Frontier labs (OpenAI, Google, Anthropic, Microsoft)', 'zh-Hans': '前沿实验室（OpenAI、Google、Anthropic、微软）' }, role: { en: 'Builders of the largest models and data centres', 'zh-Hans': '最大模型与数据中心的建设者' } },
  { id: 'nvidia', kind: 'organisation', name: { en: 'NVIDIA', 'zh-Hans': '英伟达' }, role: { en: 'Maker of the GPUs every scaling curve runs on', 'zh-Hans': '各条扩展曲线都离不开的 GPU 供应商' } },
  { id: 'ibm-moe-panel', kind: 'group', name: { en: 'IBM "Mixture of Experts" panel', 'zh-Hans': 'IBM《Mixture of Experts》播客嘉宾' }, role: { en: 'Guests of IBM’s podcast discussing Gemini 3', 'zh-Hans': '在 IBM 播客中讨论 Gemini 3 的嘉宾' } },
  { id: 'yann-lecun', kind: 'person', name: { en: 'Yann LeCun', 'zh-Hans': 'Yann LeCun（杨立昆）' }, role: { en: 'Turing Award laureate; founder of AMI, a world-model company', 'zh-Hans': '图灵奖得主；世界模型公司 AMI 的创办人' } },
  { id: 'fei-fei-li', kind: 'person', name: { en: 'Fei-Fei Li', 'zh-Hans': '李飞飞' }, role: { en: 'Stanford professor; co-founder of World Labs', 'zh-Hans': '斯坦福大学教授；World Labs 联合创始人' } },
  { id: 'deepseek', kind: 'organisation', name: { en: 'DeepSeek', 'zh-Hans': 'DeepSeek（深度求索）' }, role: { en: 'Chinese AI lab; maker of DeepSeek-V3.2 and R1', 'zh-Hans': '中国 AI 公司，DeepSeek-V3.2 与 R1 的开发者' } },
  { id: 'bob-mcgrew', kind: 'person', name: { en: 'Bob McGrew', 'zh-Hans': 'Bob McGrew' }, role: { en: 'Former chief research officer of OpenAI', 'zh-Hans': '前 OpenAI 首席研究官' } },
  { id: 'brad-lightcap', kind: 'person', name: { en: 'Brad Lightcap', 'zh-Hans': 'Brad Lightcap' }, role: { en: 'COO of OpenAI', 'zh-Hans': 'OpenAI 首席运营官' } },
  { id: 'winston-weinberg', kind: 'person', name: { en: 'Winston Weinberg', 'zh-Hans': 'Winston Weinberg' }, role: { en: 'CEO and co-founder of Harvey (legal AI)', 'zh-Hans': '法律 AI 公司 Harvey 的 CEO 兼联合创始人' } },
  { id: 'vibe-check-panel', kind: 'group', name: { en: 'AI Vibe Check panel', 'zh-Hans': 'AI Vibe Check 嘉宾' }, role: { en: 'Researchers on the AI Vibe Check podcast', 'zh-Hans': 'AI Vibe Check 播客中的几位研究者' } },
  { id: 'joelle-pineau', kind: 'person', name: { en: 'Joelle Pineau', 'zh-Hans': 'Joelle Pineau' }, role: { en: 'Chief AI Officer of Cohere; formerly head of Meta’s FAIR', 'zh-Hans': 'Cohere 首席 AI 官；前 Meta FAIR 负责人' } },
  { id: 'casado-wang', kind: 'group', name: { en: 'Martin Casado and Sarah Wang (a16z)', 'zh-Hans': 'Martin Casado 与 Sarah Wang（a16z）' }, role: { en: 'General partners at Andreessen Horowitz', 'zh-Hans': 'Andreessen Horowitz 普通合伙人' } },
  { id: 'fulford-kim', kind: 'group', name: { en: 'Isa Fulford and Christina Kim (OpenAI)', 'zh-Hans': 'Isa Fulford 与 Christina Kim（OpenAI）' }, role: { en: 'OpenAI researchers who worked on GPT-5', 'zh-Hans': '参与 GPT-5 的 OpenAI 研究员' } },
  { id: 'ari-morcos', kind: 'person', name: { en: 'Ari Morcos', 'zh-Hans': 'Ari Morcos' }, role: { en: 'CEO and co-founder of DatologyAI', 'zh-Hans': 'DatologyAI CEO 兼联合创始人' } },
  { id: 'eric-zelikman', kind: 'person', name: { en: 'Eric Zelikman', 'zh-Hans': 'Eric Zelikman' }, role: { en: 'Co-founder of humans&', 'zh-Hans': 'humans& 联合创始人' } },
  { id: 'openai', kind: 'organisation', name: { en: 'OpenAI', 'zh-Hans': 'OpenAI' }, role: { en: 'Maker of GPT-4.5, GPT-5 and the o1 series', 'zh-Hans': 'GPT-4.5、GPT-5 与 o1 系列的开发者' } },
  { id: 'meta', kind: 'organisation', name: { en: 'Meta', 'zh-Hans': 'Meta' }, role: { en: 'Maker of the Llama models', 'zh-Hans': 'Llama 系列模型的开发者' } },
  { id: 'google-deepmind-alphaevolve', kind: 'organisation', name: { en: 'Google DeepMind (AlphaEvolve team)', 'zh-Hans': 'Google DeepMind（AlphaEvolve 团队）' }, role: { en: 'Authors of AlphaEvolve', 'zh-Hans': 'AlphaEvolve 的作者' } },
  { id: 'richard-sutton', kind: 'person', name: { en: 'Richard S. Sutton', 'zh-Hans': 'Richard S. Sutton（理查德·萨顿）' }, role: { en: 'Reinforcement-learning researcher; author of "The Bitter Lesson" (2019)', 'zh-Hans': '强化学习研究者，《苦涩的教训》（The Bitter Lesson，2019）作者' } },
  { id: 'site-editors', kind: 'editor', name: { en: 'This site’s editors', 'zh-Hans': '本站编辑' }, role: { en: 'Our own reading of the primary sources', 'zh-Hans': '本站对一手资料的解读' } },
];

export const SPEAKERS: ReadonlyMap<string, Speaker> = new Map(list.map((s) => [s.id, s]));
export const SPEAKER_LIST: readonly Speaker[] = list;
